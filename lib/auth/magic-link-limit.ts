// Requests for an emailed sign-in link are limited per address asked for and per client address,
// counted whether or not the address has an account (so the limit reveals nothing either). Per
// email it stops mail-bombing one inbox; per client address it stops one caller walking a list.
import { env } from '../env';
import { addHit } from './rate-limit';
import { PER_ADDRESS_FACTOR } from './sign-in-throttle';

/** Links per email address per window: enough for "it did not arrive, send another". */
export const MAGIC_LINKS_PER_EMAIL = 3;

const windowMs = () => env().AUTH_FAILURE_WINDOW_MINUTES * 60_000;

/** Counts a request for a link to this email; false past the limit. */
export async function admitMagicLinkForEmail(email: string): Promise<boolean> {
  return (await addHit(`magic:email:${email.trim().toLowerCase()}`, windowMs())) <= MAGIC_LINKS_PER_EMAIL;
}

/** Counts a request for a link from this client address; false past the limit. */
export async function admitMagicLinkFromAddress(ip: string): Promise<boolean> {
  return (await addHit(`magic:ip:${ip}`, windowMs())) <= env().AUTH_MAX_FAILURES * PER_ADDRESS_FACTOR;
}
