import { describe, expect, it } from 'vitest';
import { clientIp } from './client-ip';

describe('clientIp', () => {
  it('takes the first X-Forwarded-For hop from fetch Headers or a plain object', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.7, 10.0.0.1' }))).toBe('203.0.113.7');
    expect(clientIp({ 'x-forwarded-for': ['198.51.100.2'] })).toBe('198.51.100.2');
  });

  it('falls back to one local key when no proxy header is present', () => {
    expect(clientIp(new Headers())).toBe('local');
    expect(clientIp(undefined)).toBe('local');
  });
});
