// Browser-side JSON calls for the admin forms, keeping the server's per-field messages
// (`details: [{ path: 'body.zip', message: 'must be 5 digits' }]`) so each can sit under its field.
import { NETWORK_MESSAGE } from '@/app/_components/auth-requests';

export type FieldErrors = Partial<Record<string, string>>;

export interface SendResult<T> {
  ok: boolean;
  status: number;
  data: T | null;
  code: string;
  message: string;
  fieldErrors: FieldErrors;
  details: unknown;
}

interface ErrorShape {
  error?: { code?: string; message?: string; details?: unknown };
}

export async function sendJson<T>(path: string, method: 'POST' | 'PATCH' | 'DELETE', body?: unknown): Promise<SendResult<T>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      cache: 'no-store',
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, data: null, code: 'NETWORK', message: NETWORK_MESSAGE, fieldErrors: {}, details: null };
  }
  const json = (await res.json().catch(() => null)) as unknown;
  if (res.ok) return { ok: true, status: res.status, data: json as T, code: '', message: '', fieldErrors: {}, details: null };
  const error = (json as ErrorShape | null)?.error;
  const fieldErrors: FieldErrors = {};
  if (Array.isArray(error?.details)) {
    for (const d of error.details as { path?: string; message?: string }[]) {
      const field = d.path?.replace(/^body\./, '').split('.')[0];
      if (field && d.message && !fieldErrors[field]) fieldErrors[field] = d.message;
    }
  }
  return {
    ok: false,
    status: res.status,
    data: null,
    code: error?.code ?? 'HTTP_ERROR',
    message: error?.message ?? 'Something went wrong on our side. Please try again.',
    fieldErrors,
    details: error?.details,
  };
}

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
