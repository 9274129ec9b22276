// A text field of a submitted form: FormData.get gives a File for file inputs and null when absent.
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
