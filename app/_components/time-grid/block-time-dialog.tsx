'use client';

// Blocking time on the calendar: time off through POST /api/availability/time-off, which refuses
// (409) to cover booked visits, so nothing booked is silently left outside the therapist's hours.
import { useId, useState, type FormEvent } from 'react';
import { GridDialog } from './grid-dialog';
import { blockTime } from './schedule-actions';
import { instantOfInputs } from './zone-input';
import { formText } from '@/app/_components/form-text';

export function BlockTimeDialog({
  zone,
  initial,
  onDone,
  onClose,
}: {
  zone: string;
  initial: { date: string; from: string; to: string };
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const id = useId();
  const [error, setError] = useState('');
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const date = formText(form, 'date');
    const from = formText(form, 'from');
    const to = formText(form, 'to');
    const start = instantOfInputs(date, from, zone);
    const end = instantOfInputs(date, to, zone);
    if (start === null || end === null) {
      setError(`That time does not exist in ${zone} (the clocks skip it).`);
      return;
    }
    if (end <= start) {
      setError('The end must be after the start.');
      return;
    }
    setPending(true);
    setError('');
    const res = await blockTime(start, end, formText(form, 'reason'));
    setPending(false);
    if (!res.ok) {
      setError(
        res.code === 'ORPHANED_APPOINTMENTS'
          ? 'Not blocked: booked visits fall in that time. Move or cancel them first.'
          : `Not blocked: ${res.message}`,
      );
      return;
    }
    onDone(`Blocked ${date} ${from}–${to}.`);
  }

  return (
    <GridDialog title="Block time" onClose={onClose}>
      <form onSubmit={onSubmit} className="tg-form">
        <p className="hint">Time off in {zone}: no one can book you then.</p>
        <div className="field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input id={`${id}-date`} name="date" type="date" required defaultValue={initial.date} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>From</label>
          <input id={`${id}-from`} name="from" type="time" required step={300} defaultValue={initial.from} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>To</label>
          <input id={`${id}-to`} name="to" type="time" required step={300} defaultValue={initial.to} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-reason`}>Reason (optional)</label>
          <input id={`${id}-reason`} name="reason" maxLength={200} />
        </div>
        <p className="form-error" role="alert">
          {error}
        </p>
        <div className="actions">
          <button type="submit" disabled={pending}>
            {pending ? 'Blocking…' : 'Block this time'}
          </button>
          <button type="button" className="button-secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </GridDialog>
  );
}
