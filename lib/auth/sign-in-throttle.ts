// Password sign-in attempts are counted per email and per client address *before* the password is
// checked, inside next-auth's authorize() (lib/auth/options.ts), so no body format or route can
// skip the count, and parallel guesses each take a place in the count (one atomic upsert each)
// instead of all reading "under the limit" first. Past the limit the attempt is refused without
// checking the password (and gives its place back). A success gives its place back and clears the
// email's count. So the counts are "passwords checked and found wrong, or being checked".
import { env } from '../env';
import { addHit, clearHits, countHits, removeHit } from './rate-limit';

// A client address gets more room than one email: a clinic's front desk shares one address.
export const PER_ADDRESS_FACTOR = 4;

/** What authorize() throws when refused; the route turns it into 429 RATE_LIMITED. */
export const SIGN_IN_RATE_LIMITED = 'RATE_LIMITED';

function windowMs(): number {
  return env().AUTH_FAILURE_WINDOW_MINUTES * 60_000;
}

const emailKey = (email: string) => `signin:email:${email.trim().toLowerCase()}`;
const addressKey = (ip: string) => `signin:ip:${ip}`;

/** Counts one attempt and says whether it may go on to the password check. */
export async function admitSignInAttempt(email: string, ip: string): Promise<boolean> {
  const max = env().AUTH_MAX_FAILURES;
  const [byAddress, byEmail] = await Promise.all([addHit(addressKey(ip), windowMs()), addHit(emailKey(email), windowMs())]);
  if (byEmail <= max && byAddress <= max * PER_ADDRESS_FACTOR) return true;
  // Refused without a password check: hand both places back, so the counts stay "passwords
  // checked" and someone hammering a locked account does not also lock out their front desk.
  await Promise.all([removeHit(addressKey(ip), windowMs()), removeHit(emailKey(email), windowMs())]);
  return false;
}

/** A correct password: the attempt was no attack, and earlier failures on this email are forgiven. */
export async function forgiveSignInAttempt(email: string, ip: string): Promise<void> {
  await Promise.all([clearHits(emailKey(email)), removeHit(addressKey(ip), windowMs())]);
}

/** Whether the next attempt for this email from this address would be refused. */
export async function isSignInThrottled(email: string | null, ip: string): Promise<boolean> {
  const max = env().AUTH_MAX_FAILURES;
  const [byEmail, byAddress] = await Promise.all([
    email ? countHits(emailKey(email), windowMs()) : Promise.resolve(0),
    countHits(addressKey(ip), windowMs()),
  ]);
  return byEmail >= max || byAddress >= max * PER_ADDRESS_FACTOR;
}
