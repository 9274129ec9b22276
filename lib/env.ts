// Every environment variable the app reads, parsed once with zod. Development defaults mean
// `npm start` needs no .env; a bad value stops start-up with a message naming the variable.
import { isIP } from 'node:net';
import { z } from 'zod';
import {
  DEV_LIVEKIT_API_KEY,
  DEV_LIVEKIT_API_SECRET,
  DEV_NEXTAUTH_SECRET,
  DEV_STRIPE_SECRET_KEY,
  DEV_STRIPE_WEBHOOK_SECRET,
  PUBLISHED_SECRETS,
} from './dev-secrets';

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();
const isCidr = (entry: string) => {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
  return family !== 0 && rest.length === 0 && /^\d*$/.test(prefix ?? '') && bits >= 0 && bits <= (family === 6 ? 128 : 32);
};
const cidrList = z
  .string()
  .transform((raw) =>
    raw
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean),
  )
  .refine((list) => list.every(isCidr), 'must be a comma-separated list of addresses or CIDR ranges (10.0.0.0/8, fd00::/8)');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgresql:// URL' })
    .default('postgresql://postgres:postgres@127.0.0.1:54329/rehabit'),
  // Connections per app process, and how long a request waits for one (a query or a transaction's
  // start) before it is answered 503 BUSY; see docs/decisions/016-contention.md.
  DATABASE_POOL_MAX: positiveInt.default(20),
  DATABASE_POOL_TIMEOUT_MS: positiveInt.default(10_000),
  /** `true` marks a deployment even on a localhost URL (e.g. behind a tunnel): see deploymentProblems(). */
  REHABIT_DEPLOYED: z.enum(['true', 'false']).default('false'),
  // Who may tell us the client's address (X-Forwarded-For); by default nobody. See lib/auth/client-ip.ts.
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  TRUSTED_PROXIES: cidrList.default([]),
  NEXTAUTH_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).default('http://localhost:3000'),
  NEXTAUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  SMTP_PORT: port.default(1025),
  MAIL_FROM: z.string().min(3).default('Rehabit <no-reply@rehabit.test>'),
  AUTH_MAX_FAILURES: positiveInt.default(5),
  AUTH_FAILURE_WINDOW_MINUTES: positiveInt.default(15),
  SIGNUPS_PER_HOUR_PER_IP: positiveInt.default(20),
  /** This app node's name, answered in an X-Rehabit-Node header by scripts/serve.ts (cluster profile). */
  REHABIT_NODE_NAME: z
    .string()
    .regex(/^[\w.-]{1,64}$/, 'must be 1–64 letters, digits or . _ -')
    .optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  // Stripe: real test keys work unchanged; locally the SDK talks to stripe-mock instead.
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_\w+$/, 'must be a Stripe secret key (sk_test_…)')
    .default(DEV_STRIPE_SECRET_KEY),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_', 'must start with whsec_').default(DEV_STRIPE_WEBHOOK_SECRET),
  STRIPE_API_HOST: z.string().min(1).optional(),
  STRIPE_API_PORT: port.optional(),
  STRIPE_API_PROTOCOL: z.enum(['http', 'https']).optional(),
  /** Shows the local test-payment page instead of Stripe's hosted Checkout. Never in production. */
  PAYMENTS_LOCAL_CHECKOUT: z.enum(['true', 'false']).default('false'),
  // LiveKit: unset URL = video not configured (the visit page says so).
  LIVEKIT_URL: z.url({ protocol: /^wss?$/, error: 'must be a ws:// or wss:// URL' }).optional(),
  // Where therapists' browsers connect, when not LIVEKIT_URL: another node of the same LiveKit
  // cluster (same key, rooms shared through its Redis). The cluster profile sends patients to one
  // node and therapists to the other to prove a room spans nodes (docs/decisions/021).
  LIVEKIT_STAFF_URL: z.url({ protocol: /^wss?$/, error: 'must be a ws:// or wss:// URL' }).optional(),
  LIVEKIT_API_KEY: z.string().min(1).default(DEV_LIVEKIT_API_KEY),
  LIVEKIT_API_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEV_LIVEKIT_API_SECRET),
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
    throw new ConfigError(
      result.error.issues.map((i) => {
        const key = i.path.join('.');
        const got = cleaned[key];
        return `${key}: ${i.message}${got === undefined ? '' : ` (got "${got}")`}`;
      }),
    );
  }
  const parsed = result.data;
  const refused = deploymentProblems(parsed);
  if (refused.length) throw new ConfigError(refused);
  if (!parsed.NEXTAUTH_SECRET && parsed.NODE_ENV === 'production') {
    throw new ConfigError(['NEXTAUTH_SECRET: required in production (`npm start` generates one under .data/)']);
  }
  if (parsed.PAYMENTS_LOCAL_CHECKOUT === 'true' && parsed.STRIPE_SECRET_KEY.startsWith('sk_live_')) {
    throw new ConfigError(['PAYMENTS_LOCAL_CHECKOUT: must be false with a live Stripe key']);
  }
  return { ...parsed, NEXTAUTH_SECRET: parsed.NEXTAUTH_SECRET ?? DEV_NEXTAUTH_SECRET };
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A deployment: told so, or reachable at a name other than this machine's loopback. */
export function isDeployed(config: { NEXTAUTH_URL: string; REHABIT_DEPLOYED: 'true' | 'false' }): boolean {
  const host = new URL(config.NEXTAUTH_URL).hostname;
  return config.REHABIT_DEPLOYED === 'true' || !(LOCAL_HOSTS.has(host) || host.endsWith('.localhost'));
}

/**
 * What a deployment must not run with: any secret published in this repository (lib/dev-secrets.ts)
 * and the local test-payment page. `npm start` on localhost keeps its defaults.
 */
function deploymentProblems(parsed: z.infer<typeof schema>): string[] {
  if (!isDeployed(parsed)) return [];
  const why = `deployed (NEXTAUTH_URL ${parsed.NEXTAUTH_URL}${parsed.REHABIT_DEPLOYED === 'true' ? ', REHABIT_DEPLOYED=true' : ''})`;
  const problems: string[] = [];
  if (!parsed.NEXTAUTH_SECRET) problems.push(`NEXTAUTH_SECRET: required when ${why}`);
  // LiveKit's key and secret are only used once video is configured.
  const inUse = (name: string) => !name.startsWith('LIVEKIT_') || Boolean(parsed.LIVEKIT_URL);
  for (const [name, values] of Object.entries(PUBLISHED_SECRETS)) {
    const value = parsed[name as keyof typeof parsed];
    if (typeof value === 'string' && values.includes(value) && inUse(name)) {
      problems.push(`${name}: is a published development value; set your own when ${why}`);
    }
  }
  if (parsed.PAYMENTS_LOCAL_CHECKOUT === 'true') {
    problems.push(`PAYMENTS_LOCAL_CHECKOUT: the local test-payment page must be off when ${why}`);
  }
  return problems;
}

let cached: Env | undefined;

/** The validated configuration, parsed on first use (so `next build` does not need runtime secrets). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
