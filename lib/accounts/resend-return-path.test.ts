// The path a new verification link brings the patient back to: a path on this site, as a browser
// would resolve it (dot segments could otherwise turn it into `//another.host`).
import { describe, expect, it } from 'vitest';
import { resendVerificationInput } from './schemas';

const ok = (returnTo: string) => resendVerificationInput.safeParse({ returnTo }).success;

describe('resendVerificationInput.returnTo', () => {
  it('accepts the booking page with its choices', () => {
    expect(ok('/book?visitType=abc&therapist=def')).toBe(true);
  });
  it.each([
    '//evil.example',
    '/\\evil.example',
    '/..//evil.example',
    '/.//evil.example',
    '/%2e%2e//evil.example',
    'https://evil.example',
  ])('refuses %j', (path) => {
    expect(ok(path)).toBe(false);
  });
});
