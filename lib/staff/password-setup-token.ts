// The one-time secret in a "set your password" link. Only its SHA-256 is stored, so a copy of the
// database does not let anyone set a password.
import { createHash, randomBytes } from 'node:crypto';

/** How long an invitation link works. */
export const PASSWORD_SETUP_TTL_HOURS = 72;

export const hashSetupToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function newSetupToken(now: Date): { token: string; tokenHash: string; expiresAt: Date } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashSetupToken(token), expiresAt: new Date(now.getTime() + PASSWORD_SETUP_TTL_HOURS * 3_600_000) };
}
