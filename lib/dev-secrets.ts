// The development secrets printed in this repository (defaults, scripts, docker-compose). Anyone
// can read them, so a deployment must never run on one: parseEnv() refuses them when deployed.
// No imports here: proxy.ts and the start scripts read these without lib/env.ts's zod parse.
export const DEV_NEXTAUTH_SECRET = 'rehabit-development-secret-do-not-use-in-production';
export const DEV_STRIPE_SECRET_KEY = 'sk_test_RehabitLocalDevelopment';
export const DEV_STRIPE_WEBHOOK_SECRET = 'whsec_rehabit_local_webhook_secret';
export const DEV_LIVEKIT_API_KEY = 'devkey';
export const DEV_LIVEKIT_API_SECRET = 'rehabit-local-livekit-secret-0123456789';

/** Every published value, by the variable it must not be used for once deployed. */
export const PUBLISHED_SECRETS: Record<string, readonly string[]> = {
  // docker-compose.yml's fallback and scripts/test.ts's fixed test secret are published too.
  NEXTAUTH_SECRET: [
    DEV_NEXTAUTH_SECRET,
    'change-me-to-a-long-random-string-of-32+chars',
    'rehabit-test-secret-0123456789abcdef0123456789',
  ],
  STRIPE_SECRET_KEY: [DEV_STRIPE_SECRET_KEY, 'sk_test_123'],
  STRIPE_WEBHOOK_SECRET: [DEV_STRIPE_WEBHOOK_SECRET, 'whsec_test_secret'],
  LIVEKIT_API_KEY: [DEV_LIVEKIT_API_KEY],
  LIVEKIT_API_SECRET: [DEV_LIVEKIT_API_SECRET],
};
