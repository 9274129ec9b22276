// pgbench as the yardstick for "how fast can this database commit a tiny insert transaction",
// run against the bench database so the booking rate can be put beside it.
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { PrismaClient } from '../../lib/generated/prisma/client.ts';
import { run } from '../../scripts/lib/processes';

const exec = promisify(execFile);

function located(): string | null {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) {
    const bin = path.join(root, v, 'bin/pgbench');
    if (fs.existsSync(bin)) return bin;
  }
  try {
    return execFileSync('sh', ['-c', 'command -v pgbench'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** pgbench from the system, installing Debian's postgresql-client once if we are root. */
export async function findPgbench(): Promise<string | null> {
  const found = located();
  if (found || process.getuid?.() !== 0) return found;
  console.log('pgbench not found; trying apt-get install postgresql-client…');
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  if ((await run('apt-get', ['install', '-y', '-qq', 'postgresql-client'], env)) !== 0) {
    await run('apt-get', ['update', '-qq'], env);
    await run('apt-get', ['install', '-y', '-qq', 'postgresql-client'], env);
  }
  return located();
}

export interface PgbenchResult {
  tps: number;
  transactions: number;
  command: string;
}

/** `BEGIN; INSERT …; COMMIT;` with -c 8 -j 2 -T seconds -n, into a table of its own. */
export async function runInsertPgbench(client: PrismaClient, databaseUrl: string, seconds = 10): Promise<PgbenchResult | null> {
  const bin = await findPgbench();
  if (!bin) return null;
  await client.$executeRawUnsafe('CREATE TABLE IF NOT EXISTS bench_t (id bigserial PRIMARY KEY, v double precision NOT NULL)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehabit-pgbench-'));
  const script = path.join(dir, 'insert.sql');
  fs.writeFileSync(script, 'BEGIN;\nINSERT INTO bench_t(v) VALUES (random());\nCOMMIT;\n');
  const url = new URL(databaseUrl);
  const args = [
    '-h',
    url.hostname,
    '-p',
    url.port,
    '-U',
    decodeURIComponent(url.username),
    '-c',
    '8',
    '-j',
    '2',
    '-T',
    String(seconds),
    '-n',
    '-f',
    script,
    url.pathname.slice(1),
  ];
  try {
    const { stdout } = await exec(bin, args, { env: { ...process.env, PGPASSWORD: decodeURIComponent(url.password) } });
    const tps = /tps = ([\d.]+)/.exec(stdout)?.[1];
    const transactions = /number of transactions actually processed: (\d+)/.exec(stdout)?.[1];
    if (!tps) throw new Error(`could not read "tps = …" from pgbench output:\n${stdout}`);
    return { tps: Number(tps), transactions: Number(transactions ?? 0), command: `${bin} ${args.join(' ')}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
