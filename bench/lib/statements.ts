// Statement counts from pg_stat_statements (only with BENCH_PROFILE=1): how many statements and
// transactions one operation costs, and which statements the database spends its time on. Like
// CPU time, these counts do not move with other people's load on a shared machine.
import type { PrismaClient } from '../../lib/generated/prisma/client.ts';
import { PROFILE } from './environment';
import { printTable } from './stats';

interface Row {
  query: string;
  calls: bigint;
  total_ms: number;
  toplevel: boolean;
}

export async function resetStatements(client: PrismaClient): Promise<void> {
  if (PROFILE) await client.$queryRawUnsafe('SELECT pg_stat_statements_reset()');
}

/** Prints statements per operation (top `limit` by database time) since the last reset. */
export async function printStatements(client: PrismaClient, title: string, operations: number, limit = 40): Promise<void> {
  if (!PROFILE || operations === 0) return;
  const rows = await client.$queryRawUnsafe<Row[]>(`
    SELECT regexp_replace(query, '\\s+', ' ', 'g') AS query, calls, total_exec_time AS total_ms, toplevel
    FROM pg_stat_statements
    WHERE query NOT ILIKE '%pg_stat_statements%'
    ORDER BY total_exec_time DESC`);
  const calls = rows.reduce((n, r) => n + Number(r.calls), 0);
  // Top-level statements are the ones a client sent (round trips); the others run inside them
  // (foreign-key checks, the statements of a PL/pgSQL function).
  const sent = rows.filter((r) => r.toplevel).reduce((n, r) => n + Number(r.calls), 0);
  const time = rows.reduce((n, r) => n + r.total_ms, 0);
  printTable(
    `${title}: ${(sent / operations).toFixed(1)} sent by clients (${(calls / operations).toFixed(1)} with nested ones) and ${(time / operations).toFixed(2)} ms of execution per operation`,
    ['calls/op', 'ms/op', 'statement'],
    rows
      .slice(0, limit)
      .map((r) => [
        (Number(r.calls) / operations).toFixed(2),
        (r.total_ms / operations).toFixed(3),
        `${r.toplevel ? '' : '(nested) '}${r.query.slice(0, 150)}`,
      ]),
  );
}
