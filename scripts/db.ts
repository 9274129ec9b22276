// npm run db:migrate | db:seed | db:reset — on DATABASE_URL if set, else on the embedded
// development database (started for the command if `npm start` is not already running it).
// npm run db:up — just the embedded development database, until Ctrl-C (for db:migrate:create).
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { DATA_DIR, DEV_PORTS, databaseUrl } from './lib/config';
import { startPostgres, type RunningPostgres } from './lib/postgres';
import { runOrFail } from './lib/processes';

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function main(): Promise<void> {
  const cmd = process.argv[2];
  if (!['migrate', 'seed', 'reset', 'up'].includes(cmd ?? '')) throw new Error('usage: db.ts migrate | seed | reset | up');
  let started: RunningPostgres | undefined;
  const url = process.env.DATABASE_URL ?? databaseUrl(DEV_PORTS.postgres, 'rehabit');
  if (!process.env.DATABASE_URL && !(await portOpen(DEV_PORTS.postgres))) {
    started = await startPostgres({ dir: path.join(DATA_DIR, 'pg'), port: DEV_PORTS.postgres });
    await started.ensureDatabase('rehabit');
  }
  if (cmd === 'up') {
    console.log(`PostgreSQL on ${url} — Ctrl-C stops it.`);
    const stop = () => void (started?.stop() ?? Promise.resolve()).finally(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    return;
  }
  try {
    const env = { DATABASE_URL: url };
    if (cmd === 'reset') {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      // pg-boss keeps its queue in its own schema, created by a migration: drop it too.
      await client.query('DROP SCHEMA IF EXISTS pgboss CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
      await client.end();
      console.log('Dropped every table.');
    }
    if (cmd === 'migrate' || cmd === 'reset') await runOrFail('Migrations', 'npx', ['tsx', 'scripts/migrate.ts', 'deploy'], env);
    if (cmd === 'seed' || cmd === 'reset')
      await runOrFail('Seed', 'npx', ['tsx', 'prisma/seed.ts', ...(cmd === 'reset' ? [] : ['--if-empty'])], env);
  } finally {
    await started?.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
