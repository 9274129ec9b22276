import { describe, expect, it } from 'vitest';
import { hashSetupToken, newSetupToken, PASSWORD_SETUP_TTL_HOURS } from './password-setup-token';

describe('password setup tokens', () => {
  it('are 32 random bytes, stored only as their SHA-256, and expire after the invitation window', () => {
    const now = new Date('2026-11-26T12:00:00Z');
    const a = newSetupToken(now);
    const b = newSetupToken(now);
    expect(Buffer.from(a.token, 'base64url')).toHaveLength(32);
    expect(a.token).not.toBe(b.token);
    expect(a.tokenHash).toBe(hashSetupToken(a.token));
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.tokenHash).not.toContain(a.token);
    expect(a.expiresAt.getTime() - now.getTime()).toBe(PASSWORD_SETUP_TTL_HOURS * 3_600_000);
  });
});
