// Where a patient was in the booking flow when the booking waited for their email to be verified.
// Kept in localStorage (the emailed link usually opens in a new tab, which has a sessionStorage of
// its own), only as a path on this site, and forgotten after a day (a link lasts 24 hours).
import { safeCallbackPath } from '../safe-callback';

const KEY = 'rehabit:verify-email-return';
const DAY_MS = 24 * 3_600_000;

export function rememberPendingBooking(path: string): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify({ path, savedAt: Date.now() }));
  } catch {
    /* storage switched off: the link's own `next` still brings the patient back */
  }
}

/** The remembered path (then forgotten), or null. */
export function takePendingBooking(): string | null {
  try {
    const raw = window.localStorage.getItem(KEY);
    window.localStorage.removeItem(KEY);
    if (!raw) return null;
    const { path, savedAt } = JSON.parse(raw) as { path?: unknown; savedAt?: unknown };
    if (typeof path !== 'string' || typeof savedAt !== 'number' || Date.now() - savedAt > DAY_MS) return null;
    const safe = safeCallbackPath(path, '');
    return safe || null;
  } catch {
    return null;
  }
}
