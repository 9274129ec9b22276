import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from './env';

describe('parseEnv', () => {
  it('starts with no configuration at all, on local defaults', () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe('postgresql://postgres:postgres@127.0.0.1:54329/rehabit');
    expect(env.SMTP_PORT).toBe(1025);
    expect(env.NEXTAUTH_URL).toBe('http://localhost:3000');
    expect(env.NEXTAUTH_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it('names every bad variable and what was wrong, without a stack trace in the message', () => {
    let error: unknown;
    try {
      parseEnv({ SMTP_PORT: 'abc', DATABASE_URL: 'mysql://x', NEXTAUTH_SECRET: 'short' });
    } catch (e) { error = e; }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/^Invalid configuration:/);
    expect(message).toContain('SMTP_PORT');
    expect(message).toContain('(got "abc")');
    expect(message).toContain('DATABASE_URL: must be a postgresql:// URL');
    expect(message).toContain('NEXTAUTH_SECRET: must be at least 32 characters');
    expect(message).not.toMatch(/\n\s+at /);
  });

  it('refuses to run in production on the development session secret', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/NEXTAUTH_SECRET: required in production/);
    expect(parseEnv({ NODE_ENV: 'production', NEXTAUTH_SECRET: 'x'.repeat(40) }).NEXTAUTH_SECRET).toBe('x'.repeat(40));
  });

  it('treats an empty variable as unset', () => {
    expect(parseEnv({ SMTP_PORT: '' }).SMTP_PORT).toBe(1025);
  });
});
