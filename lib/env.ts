// Every environment variable the app reads, parsed once with zod. Development defaults mean
// `npm start` needs no .env; a bad value stops start-up with a message naming the variable.
import { z } from 'zod';

const DEV_SECRET = 'rehabit-development-secret-do-not-use-in-production';

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgresql:// URL' })
    .default('postgresql://postgres:postgres@127.0.0.1:54329/rehabit'),
  // Connections per app process, and how long a request waits for one (a query or a transaction's
  // start) before it is answered 503 BUSY; see docs/decisions/016-contention.md.
  DATABASE_POOL_MAX: positiveInt.default(20),
  DATABASE_POOL_TIMEOUT_MS: positiveInt.default(10_000),
  NEXTAUTH_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).default('http://localhost:3000'),
  NEXTAUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  SMTP_PORT: port.default(1025),
  MAIL_FROM: z.string().min(3).default('Rehabit <no-reply@rehabit.test>'),
  AUTH_MAX_FAILURES: positiveInt.default(5),
  AUTH_FAILURE_WINDOW_MINUTES: positiveInt.default(15),
  SIGNUPS_PER_HOUR_PER_IP: positiveInt.default(20),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  // Stripe: real test keys work unchanged; locally the SDK talks to stripe-mock instead.
  STRIPE_SECRET_KEY: z.string().regex(/^(sk|rk)_(test|live)_\w+$/, 'must be a Stripe secret key (sk_test_…)').default('sk_test_RehabitLocalDevelopment'),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_', 'must start with whsec_').default('whsec_rehabit_local_webhook_secret'),
  STRIPE_API_HOST: z.string().min(1).optional(),
  STRIPE_API_PORT: port.optional(),
  STRIPE_API_PROTOCOL: z.enum(['http', 'https']).optional(),
  /** Shows the local test-payment page instead of Stripe's hosted Checkout. Never in production. */
  PAYMENTS_LOCAL_CHECKOUT: z.enum(['true', 'false']).default('false'),
  // LiveKit: unset URL = video not configured (the visit page says so).
  LIVEKIT_URL: z.url({ protocol: /^wss?$/, error: 'must be a ws:// or wss:// URL' }).optional(),
  LIVEKIT_API_KEY: z.string().min(1).default('devkey'),
  LIVEKIT_API_SECRET: z.string().min(32, 'must be at least 32 characters').default('rehabit-local-livekit-secret-0123456789'),
});

export type Env = Omit<z.infer<typeof schema>, 'NEXTAUTH_SECRET'> & { NEXTAUTH_SECRET: string };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Treat empty strings as unset, as a shell `FOO=` usually means.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => {
      const key = i.path.join('.');
      const got = cleaned[key];
      return `${key}: ${i.message}${got === undefined ? '' : ` (got "${got}")`}`;
    }));
  }
  const parsed = result.data;
  if (!parsed.NEXTAUTH_SECRET && parsed.NODE_ENV === 'production') {
    throw new ConfigError(['NEXTAUTH_SECRET: required in production (`npm start` generates one under .data/)']);
  }
  if (parsed.PAYMENTS_LOCAL_CHECKOUT === 'true' && parsed.STRIPE_SECRET_KEY.startsWith('sk_live_')) {
    throw new ConfigError(['PAYMENTS_LOCAL_CHECKOUT: must be false with a live Stripe key']);
  }
  return { ...parsed, NEXTAUTH_SECRET: parsed.NEXTAUTH_SECRET ?? DEV_SECRET };
}

let cached: Env | undefined;

/** The validated configuration, parsed on first use (so `next build` does not need runtime secrets). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
