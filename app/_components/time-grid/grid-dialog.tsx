'use client';

// A modal dialog on the platform's <dialog>: focus moves in and is trapped, Escape closes it, and
// focus returns to what opened it.
import { useEffect, useRef, type ReactNode } from 'react';

export function GridDialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => { dialog?.close(); opener?.focus(); };
  }, []);
  const headingId = `dialog-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <dialog ref={ref} className="tg-dialog" aria-labelledby={headingId} onClose={onClose}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </dialog>
  );
}
