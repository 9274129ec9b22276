'use client';

/** Opens the browser's print dialog (the page's print CSS leaves only the receipt). */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()}>
      Print receipt
    </button>
  );
}
