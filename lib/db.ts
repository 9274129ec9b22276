// The one Prisma client per process (adapter-pg over a pg pool). Kept on globalThis so that
// hot reload in development does not open a new pool on every edit.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client.ts';
import { env } from './env';

const globalForDb = globalThis as unknown as { rehabitDb?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: env().DATABASE_URL,
    max: 10,
    connectionTimeoutMillis: 5_000,
  });
  return new PrismaClient({ adapter });
}

export function db(): PrismaClient {
  globalForDb.rehabitDb ??= createClient();
  return globalForDb.rehabitDb;
}

export { Prisma } from './generated/prisma/client.ts';
export type { PrismaClient } from './generated/prisma/client.ts';
