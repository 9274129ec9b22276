// Where a sign-in, sign-up or email-verification link sends the browser next: only this site.
import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from './safe-callback';

describe('safeCallbackPath', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeCallbackPath('/book?visitType=a&day=2026-12-07#times')).toBe('/book?visitType=a&day=2026-12-07#times');
    expect(safeCallbackPath('/patient')).toBe('/patient');
  });

  it.each([
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    '/..//evil.example',
    '/.//evil.example',
    '/%2e%2e//evil.example',
    'javascript:alert(1)',
    'book',
    '',
  ])('sends %j to the fallback, never another host', (value) => {
    expect(safeCallbackPath(value, '/dashboard')).toBe('/dashboard');
  });

  it('ignores a repeated parameter (an array) and a missing one', () => {
    expect(safeCallbackPath(['/a', '/b'])).toBe('/dashboard');
    expect(safeCallbackPath(undefined)).toBe('/dashboard');
  });
});
