// Each integration test file gets its own database, copied from a migrated template that
// scripts/test.ts prepared (CREATE DATABASE … TEMPLATE is a file copy: milliseconds).
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll } from 'vitest';

const admin = process.env.TEST_PG_ADMIN_URL;
const template = process.env.TEST_PG_TEMPLATE ?? 'rehabit_template';
if (!admin) throw new Error('Integration tests run through `npm test` (scripts/test.ts), which starts their database.');

delete (globalThis as { rehabitDb?: unknown }).rehabitDb;
const name = `t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
const client = new pg.Client({ connectionString: admin });
await client.connect();
await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
await client.end();

const url = new URL(admin);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();

afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db().$disconnect();
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await c.end();
});
