// What the admin forms share besides their calls (those go through app/_components/api-client.ts):
// the server's per-field message under its field, and the time-zone choices.
import type { FieldErrors } from '@/app/_components/field-errors';

export type { FieldErrors };

/** "ZIP code must be 5 digits." from the field's label and the server's message. */
export function fieldMessage(errors: FieldErrors, field: string, label: string): string | undefined {
  const message = errors[field];
  if (!message) return undefined;
  const text = /^(must|is)\b/.test(message) ? `${label} ${message}` : message;
  return text.endsWith('.') ? text : `${text}.`;
}

export const US_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
] as const;

/** The US zones, plus the current value if it is another one, so editing never loses it. */
export const zoneChoices = (current?: string | null) =>
  current && !(US_ZONES as readonly string[]).includes(current) ? [current, ...US_ZONES] : [...US_ZONES];
