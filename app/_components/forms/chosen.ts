// Radios in a server-rendered form are left uncontrolled and read when the form is sent, so a
// choice made before hydration counts (decision 034). No zod here: this is in the first load.

/** The value of one radio group in a form element ('' or absent: nothing chosen). */
export function chosen(form: HTMLFormElement, name: string): string | null {
  const value = new FormData(form).get(name);
  return typeof value === 'string' && value !== '' ? value : null;
}
