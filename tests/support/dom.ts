// Small readers for component tests (no jest-dom): what a screen reader would hear beside a field.

/** The text of the elements an element's aria-describedby points at, joined by spaces. */
export function description(el: Element): string {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '')
    .join(' ');
}

/** Whether a checkbox or radio is checked (fails loudly for anything else). */
export function isChecked(el: Element): boolean {
  if (!(el instanceof HTMLInputElement)) throw new Error(`${el.tagName} is not an input`);
  return el.checked;
}
