// The one-time secret in a "verify your email" link (decision 045). The link carries
// `<row id>.<secret>`: the id finds the row, and the secret's SHA-256 is compared with the stored
// one in constant time. Only the hash is stored, so a copy of the database verifies nobody.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** How long a verification link works. */
export const EMAIL_VERIFICATION_TTL_HOURS = 24;

const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function newVerificationSecret(now: Date): { secret: string; secretHash: string; expiresAt: Date } {
  const secret = randomBytes(32).toString('base64url');
  return {
    secret,
    secretHash: hashSecret(secret),
    expiresAt: new Date(now.getTime() + EMAIL_VERIFICATION_TTL_HOURS * 3_600_000),
  };
}

export const verificationLinkToken = (id: string, secret: string) => `${id}.${secret}`;

/** `<id>.<secret>` split, or null for anything else. */
export function parseVerificationToken(token: string): { id: string; secret: string } | null {
  const match = /^([a-z0-9]{1,40})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? { id: match[1]!, secret: match[2]! } : null;
}

/** Whether the secret hashes to the stored hash; the same time whatever the answer. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === given.length && timingSafeEqual(given, stored);
}
