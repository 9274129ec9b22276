import { describe, expect, it } from 'vitest';
import {
  EMAIL_VERIFICATION_TTL_HOURS,
  newVerificationSecret,
  parseVerificationToken,
  secretMatches,
  verificationLinkToken,
} from './verification-token';

describe('email verification tokens', () => {
  const now = new Date('2026-12-05T12:00:00Z');

  it('stores only a hash of the secret, and the secret matches its own hash only', () => {
    const a = newVerificationSecret(now);
    const b = newVerificationSecret(now);
    expect(a.secretHash).not.toContain(a.secret);
    expect(a.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(secretMatches(a.secret, a.secretHash)).toBe(true);
    expect(secretMatches(b.secret, a.secretHash)).toBe(false);
    expect(secretMatches(a.secret, 'not-a-hash')).toBe(false);
  });

  it('expires a day after it is made', () => {
    expect(newVerificationSecret(now).expiresAt.getTime() - now.getTime()).toBe(EMAIL_VERIFICATION_TTL_HOURS * 3_600_000);
    expect(EMAIL_VERIFICATION_TTL_HOURS).toBe(24);
  });

  it('reads back the link token it wrote, and nothing else', () => {
    const { secret } = newVerificationSecret(now);
    const token = verificationLinkToken('cmabc123', secret);
    expect(parseVerificationToken(token)).toEqual({ id: 'cmabc123', secret });
    for (const bad of ['', 'cmabc123', `cmabc123.${secret}x`, `CMABC.${secret}`, `a.b.${secret}`, `../x.${secret}`]) {
      expect(parseVerificationToken(bad)).toBeNull();
    }
  });
});
