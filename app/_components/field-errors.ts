// The server's validation issues by form field: `details: [{ path: 'body.zip', message }]` →
// `{ zip: message }`, the first message a field. Apart from api-client.ts so that only forms that
// show messages under their fields carry it.
export type FieldErrors = Partial<Record<string, string>>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function fieldErrors(details: unknown): FieldErrors {
  const errors: FieldErrors = {};
  const list: unknown[] = Array.isArray(details) ? details : [];
  for (const d of list) {
    if (!isRecord(d) || typeof d.path !== 'string' || typeof d.message !== 'string') continue;
    const field = d.path.replace(/^body\./, '').split('.')[0];
    if (field && !errors[field]) errors[field] = d.message;
  }
  return errors;
}
