'use client';

// A modal dialog on the platform's <dialog>: focus moves in and is trapped, Escape closes it, and
// focus returns to what opened it.
import { useEffect, useRef, type ReactNode } from 'react';

export function GridDialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!opener.current && document.activeElement instanceof HTMLElement) opener.current = document.activeElement;
    if (dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('input, select, button')?.focus();
    }
    // Leaving the DOM takes the dialog out of the top layer; then focus goes back where it came from
    // (checked after the commit, so a remount in development does not count as leaving).
    return () => {
      setTimeout(() => {
        if (!dialog?.isConnected) opener.current?.focus();
      }, 0);
    };
  }, []);
  const headingId = `dialog-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <dialog ref={ref} className="tg-dialog" aria-labelledby={headingId} onClose={onClose}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </dialog>
  );
}
