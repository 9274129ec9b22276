// The one Prisma client per process (adapter-pg over a pg pool). Kept on globalThis so that
// hot reload in development does not open a new pool on every edit.
// Sizing (docs/decisions/016-contention.md): a burst queues for a connection here rather than in
// Postgres, which gets no faster with more backends than cores. A request waits up to
// DATABASE_POOL_TIMEOUT_MS for a connection (queries and transaction starts alike) and is then
// answered 503 BUSY with Retry-After, never 500.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client.ts';
import { committing } from './after-commit';
import { env } from './env';

const globalForDb = globalThis as unknown as { rehabitDb?: PrismaClient };

/** Longest an interactive transaction may run once started (the booking path takes milliseconds). */
const TRANSACTION_TIMEOUT_MS = 15_000;

function createClient(): PrismaClient {
  const { DATABASE_URL, DATABASE_POOL_MAX, DATABASE_POOL_TIMEOUT_MS } = env();
  const adapter = new PrismaPg({
    connectionString: DATABASE_URL,
    max: DATABASE_POOL_MAX,
    connectionTimeoutMillis: DATABASE_POOL_TIMEOUT_MS,
  });
  const client = new PrismaClient({
    adapter,
    transactionOptions: { maxWait: DATABASE_POOL_TIMEOUT_MS, timeout: TRANSACTION_TIMEOUT_MS },
  });
  // An interactive transaction runs its after-commit hooks (lib/after-commit.ts) once committed.
  const transaction = client.$transaction.bind(client) as (...args: unknown[]) => Promise<unknown>;
  const withHooks = (...args: unknown[]) =>
    typeof args[0] === 'function' ? committing(() => transaction(...args)) : transaction(...args);
  Object.assign(client, { $transaction: withHooks });
  return client;
}

export function db(): PrismaClient {
  globalForDb.rehabitDb ??= createClient();
  return globalForDb.rehabitDb;
}

export { Prisma } from './generated/prisma/client.ts';
export type { PrismaClient } from './generated/prisma/client.ts';
