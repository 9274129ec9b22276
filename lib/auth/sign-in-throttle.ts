// Failed sign-ins are counted per email and per client address; past the limit, sign-in answers
// 429 before any password is checked. A success clears the email's count.
import { env } from '../env';
import { addHit, clearHits, countHits } from './rate-limit';

// A client address gets more room than one email: a clinic's front desk shares one address.
const PER_ADDRESS_FACTOR = 4;

function windowMs(): number {
  return env().AUTH_FAILURE_WINDOW_MINUTES * 60_000;
}

const emailKey = (email: string) => `signin:email:${email.trim().toLowerCase()}`;
const addressKey = (ip: string) => `signin:ip:${ip}`;

export async function isSignInThrottled(email: string | null, ip: string): Promise<boolean> {
  const max = env().AUTH_MAX_FAILURES;
  const [byEmail, byAddress] = await Promise.all([
    email ? countHits(emailKey(email), windowMs()) : Promise.resolve(0),
    countHits(addressKey(ip), windowMs()),
  ]);
  return byEmail >= max || byAddress >= max * PER_ADDRESS_FACTOR;
}

export async function recordFailedSignIn(email: string, ip: string): Promise<void> {
  await Promise.all([addHit(emailKey(email), windowMs()), addHit(addressKey(ip), windowMs())]);
}

export async function recordSuccessfulSignIn(email: string): Promise<void> {
  await clearHits(emailKey(email));
}
