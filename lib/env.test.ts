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
    } catch (e) {
      error = e;
    }
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

  describe('when deployed', () => {
    const own = {
      NEXTAUTH_SECRET: 'a-long-random-secret-of-our-own-0123456789',
      STRIPE_SECRET_KEY: 'sk_test_OurOwnStripeTestKey',
      STRIPE_WEBHOOK_SECRET: 'whsec_our_own',
      LIVEKIT_URL: 'wss://video.rehabit.example',
      LIVEKIT_API_KEY: 'APIourown',
      LIVEKIT_API_SECRET: 'our-own-livekit-secret-0123456789abcdef',
    };
    const problemsOf = (source: Record<string, string>): string[] => {
      try {
        parseEnv(source);
        return [];
      } catch (e) {
        return (e as ConfigError).problems;
      }
    };

    it('keeps a localhost start on its development defaults', () => {
      expect(problemsOf({ PAYMENTS_LOCAL_CHECKOUT: 'true', NEXTAUTH_URL: 'http://127.0.0.1:3000' })).toEqual([]);
      expect(problemsOf({ NEXTAUTH_URL: 'http://rehabit.localhost:3000' })).toEqual([]);
    });

    it('refuses every published development secret, naming each variable', () => {
      const problems = problemsOf({ NEXTAUTH_URL: 'https://rehabit.example', LIVEKIT_URL: 'wss://video.rehabit.example' });
      expect(problems.map((p) => p.split(':')[0])).toEqual([
        'NEXTAUTH_SECRET',
        'STRIPE_SECRET_KEY',
        'STRIPE_WEBHOOK_SECRET',
        'LIVEKIT_API_KEY',
        'LIVEKIT_API_SECRET',
      ]);
      expect(problems[1]).toContain('published development value');
      expect(problems[1]).toContain('https://rehabit.example');
    });

    it('refuses the development session secret even when it is set explicitly', () => {
      const problems = problemsOf({
        ...own,
        NEXTAUTH_URL: 'https://rehabit.example',
        NEXTAUTH_SECRET: 'rehabit-development-secret-do-not-use-in-production',
      });
      expect(problems).toEqual([expect.stringMatching(/^NEXTAUTH_SECRET: is a published development value/)]);
      expect(
        problemsOf({
          ...own,
          NEXTAUTH_URL: 'https://rehabit.example',
          STRIPE_WEBHOOK_SECRET: 'whsec_rehabit_local_webhook_secret',
        }),
      ).toEqual([expect.stringMatching(/^STRIPE_WEBHOOK_SECRET:/)]);
    });

    it('counts REHABIT_DEPLOYED=true as deployed on a localhost URL', () => {
      expect(problemsOf({ REHABIT_DEPLOYED: 'true' }).map((p) => p.split(':')[0])).toContain('NEXTAUTH_SECRET');
      expect(problemsOf({ ...own, REHABIT_DEPLOYED: 'true' })).toEqual([]);
    });

    it('refuses the local test-payment page', () => {
      expect(problemsOf({ ...own, NEXTAUTH_URL: 'https://rehabit.example', PAYMENTS_LOCAL_CHECKOUT: 'true' })).toEqual([
        expect.stringMatching(/^PAYMENTS_LOCAL_CHECKOUT: the local test-payment page must be off/),
      ]);
    });

    it('starts with secrets of its own; LiveKit defaults only matter once video is configured', () => {
      expect(parseEnv({ ...own, NEXTAUTH_URL: 'https://rehabit.example' }).NEXTAUTH_SECRET).toBe(own.NEXTAUTH_SECRET);
      const { LIVEKIT_URL: _, LIVEKIT_API_KEY: __, LIVEKIT_API_SECRET: ___, ...noVideo } = own;
      expect(problemsOf({ ...noVideo, NEXTAUTH_URL: 'https://rehabit.example' })).toEqual([]);
    });
  });

  it('reads the trusted proxies as a list and refuses a malformed range', () => {
    expect(parseEnv({}).TRUSTED_PROXIES).toEqual([]);
    expect(parseEnv({ TRUSTED_PROXIES: '10.0.0.0/8, fd00::/8,192.0.2.1' }).TRUSTED_PROXIES).toEqual([
      '10.0.0.0/8',
      'fd00::/8',
      '192.0.2.1',
    ]);
    expect(() => parseEnv({ TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(/TRUSTED_PROXIES: must be a comma-separated list/);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: '-1' })).toThrow(/TRUSTED_PROXY_HOPS/);
  });

  it('treats an empty variable as unset', () => {
    expect(parseEnv({ SMTP_PORT: '' }).SMTP_PORT).toBe(1025);
  });
});
