'use client';
// The numbers behind a chart, as a table: always in the page for screen readers (visually hidden),
// shown to everyone with "Show the numbers".
import { useId, useState, type ReactNode } from 'react';

export function ChartNumbers({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  const id = useId();
  return (
    <>
      <button
        type="button"
        className="button-secondary button-small"
        aria-expanded={shown}
        aria-controls={id}
        onClick={() => setShown(!shown)}
      >
        {shown ? 'Hide the numbers' : 'Show the numbers'}
      </button>
      <div id={id} className={shown ? 'table-scroll' : 'sr-only'}>
        {children}
      </div>
    </>
  );
}
