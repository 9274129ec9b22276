// What the admin forms share besides their calls (those go through app/_components/api-client.ts)
// and their state (use-save-form.ts): a problem's sentence under its field, and the time-zone choices.

/** "ZIP code must be 5 digits." from the schema's or the server's message and the field's label. */
export function fieldMessage(message: string, label: string): string {
  const text = /^(must|is)\b/.test(message) ? `${label} ${message}` : message;
  return text.endsWith('.') ? text : `${text}.`;
}

export const US_ZONES: readonly string[] = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
];

/** The US zones, plus the current value if it is another one, so editing never loses it. */
export const zoneChoices = (current?: string | null) =>
  current && !US_ZONES.includes(current) ? [current, ...US_ZONES] : [...US_ZONES];

/** A zone as a select option ("America/New York"). */
export const zoneOptions = (current?: string | null) =>
  zoneChoices(current).map((z) => ({ value: z, label: z.replace('_', ' ') }));
