'use client';

// What to do with empty time just dragged over: block it (time off) or book a patient into it.
import { GridDialog } from './grid-dialog';

export function NewTimeDialog({
  label,
  onBlock,
  onBook,
  onClose,
}: {
  label: string;
  onBlock: () => void;
  onBook: () => void;
  onClose: () => void;
}) {
  return (
    <GridDialog title="Use this time" onClose={onClose}>
      <p>{label}</p>
      <div className="actions">
        <button type="button" onClick={onBook}>
          Book a patient
        </button>
        <button type="button" className="button-secondary" onClick={onBlock}>
          Block this time
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </GridDialog>
  );
}
