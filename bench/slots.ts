// `npm run bench:slots`: latency of GET /api/slots over HTTP against a production build, and
// how much of it is the pure slot computation. Prints figures; asserts nothing.
//   5 therapists (Mon–Fri 08–12 + 13–17, New York), one 30-min visit (step 15, notice 12 h,
//   horizon 90 d), 500 booked appointments over the next 90 days.
import { buildBenchClinic } from './lib/clinic';
import { runBench, type BenchEnvironment } from './lib/environment';
import { cpuPer, type CpuSample } from './lib/cpu';
import { ms, printTable, since, summarize, type Summary } from './lib/stats';

const WARM_UP = 20;
const N = 300;
const THERAPISTS = 5;
const BOOKED = 500;
// Issue 18's targets (docs/decisions/022-performance.md): 90 days p95 ≤ 25 ms and ≤ 150 KiB; 7 days ≤ 8 ms.
const TARGET = { 90: { p95: 25, kib: 150 }, 7: { p95: 8, kib: Infinity } } as const;
const DAY = 86_400_000;

interface HttpRun {
  latency: Summary;
  slots: number;
  bytes: number;
  cpu: string;
}
type Format = 'list' | 'compact';

/** Slots in either answer: the list's objects, or the compact answer's minutes. */
function countSlots(body: { slots?: unknown[]; days?: { groups: { minutes: unknown[] }[] }[] }): number {
  if (body.slots) return body.slots.length;
  return (body.days ?? []).reduce((n, d) => n + d.groups.reduce((m, g) => m + g.minutes.length, 0), 0);
}

async function measureHttp(
  env: BenchEnvironment,
  visitTypeId: string,
  days: number,
  format: Format,
  warmUp: number,
  n: number,
): Promise<HttpRun> {
  const { baseUrl } = env;
  const url = () => {
    const now = Date.now();
    const q = new URLSearchParams({
      visitTypeId,
      from: new Date(now).toISOString(),
      to: new Date(now + days * DAY).toISOString(),
    });
    if (format === 'compact') {
      q.set('format', 'compact');
      q.set('zone', 'America/Chicago');
    }
    return `${baseUrl}/api/slots?${q}`;
  };
  const once = async () => {
    const t0 = performance.now();
    const res = await fetch(url());
    const text = await res.text();
    const elapsed = since(t0);
    if (res.status !== 200) throw new Error(`GET /api/slots answered ${res.status}: ${text.slice(0, 300)}`);
    return { elapsed, slots: countSlots(JSON.parse(text) as Parameters<typeof countSlots>[0]), bytes: text.length };
  };
  for (let i = 0; i < warmUp; i++) await once();
  const times: number[] = [];
  let last = { slots: 0, bytes: 0 };
  const before: CpuSample | null = env.cpu();
  for (let i = 0; i < n; i++) {
    const r = await once();
    times.push(r.elapsed);
    last = r;
  }
  return { latency: summarize(times), slots: last.slots, bytes: last.bytes, cpu: cpuPer(before, env.cpu(), n) };
}

/** The floor of any route on this stack: GET /api/health is Next, the endpoint wrapper and one `SELECT 1`. */
async function measureFloor(env: BenchEnvironment, warmUp: number, n: number): Promise<{ latency: Summary; cpu: string }> {
  const once = async () => {
    const t0 = performance.now();
    const res = await fetch(`${env.baseUrl}/api/health`);
    await res.text();
    if (res.status !== 200) throw new Error(`GET /api/health answered ${res.status}`);
    return since(t0);
  };
  for (let i = 0; i < warmUp; i++) await once();
  const before = env.cpu();
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push(await once());
  return { latency: summarize(times), cpu: cpuPer(before, env.cpu(), n) };
}

/** Postgres's own split of the slot query: planning vs execution (EXPLAIN ANALYZE, median of 30). */
async function explainSlotQuery(env: BenchEnvironment, visitTypeId: string, days: number) {
  const { schedulesQuery } = await import('../lib/scheduling/load-schedules');
  const { Prisma } = await import('../lib/db');
  const planning: number[] = [];
  const execution: number[] = [];
  for (let i = 0; i < 30; i++) {
    const now = Date.now();
    const sql = schedulesQuery({ visitTypeId, from: new Date(now), to: new Date(now + days * DAY) });
    const rows = await env.client.$queryRaw<{ 'QUERY PLAN': [{ 'Planning Time': number; 'Execution Time': number }] }[]>(
      Prisma.sql`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`,
    );
    const plan = rows[0]!['QUERY PLAN'][0];
    planning.push(plan['Planning Time']);
    execution.push(plan['Execution Time']);
  }
  return { planning: summarize(planning), execution: summarize(execution) };
}

/** The same work in this process: the one query (loadSchedules), then the pure computation alone. */
async function measureInProcess(env: BenchEnvironment, visitTypeId: string) {
  process.env.DATABASE_URL = env.databaseUrl; // lib/db reads it on first use
  const { loadSchedules } = await import('../lib/scheduling/load-schedules');
  const { findOpenSlotsForAll } = await import('../lib/scheduling/find-open-slots');
  const { listOpenSlots } = await import('../lib/scheduling/list-open-slots');
  const { slotOutput } = await import('../lib/booking/schemas');
  const { z } = await import('zod');
  const { db } = await import('../lib/db');
  try {
    const window = () => {
      const now = Date.now();
      return { now, from: new Date(now), to: new Date(now + 90 * DAY) };
    };
    const loadTimes: number[] = [];
    const first = window();
    let loaded = await loadSchedules({ visitTypeId, from: first.from, to: first.to });
    for (let i = 0; i < WARM_UP + N; i++) {
      const w = window();
      const t0 = performance.now();
      loaded = await loadSchedules({ visitTypeId, from: w.from, to: w.to });
      if (i >= WARM_UP) loadTimes.push(since(t0));
    }
    const { visitType, schedules } = loaded;
    if (!visitType) throw new Error('visit type not found in-process');
    const computeTimes: number[] = [];
    let slots = 0;
    for (let i = 0; i < WARM_UP + N; i++) {
      const w = window();
      const t0 = performance.now();
      slots = findOpenSlotsForAll(schedules, visitType, { from: w.from.getTime(), to: w.to.getTime(), now: w.now }).length;
      if (i >= WARM_UP) computeTimes.push(since(t0));
    }
    // What the route adds after the computation: the response schema (the endpoint strips the
    // result through it) and JSON serialisation, on the real 90-day answer.
    const response = z.object({ slots: z.array(slotOutput) });
    const answer = { slots: await listOpenSlots({ visitTypeId, ...window() }) };
    const shapeTimes: number[] = [];
    for (let i = 0; i < WARM_UP + N; i++) {
      const t0 = performance.now();
      JSON.stringify(response.parse(answer));
      if (i >= WARM_UP) shapeTimes.push(since(t0));
    }
    const busy = schedules.reduce((n, s) => n + s.busy.length, 0);
    return { load: summarize(loadTimes), compute: summarize(computeTimes), shape: summarize(shapeTimes), slots, busy };
  } finally {
    await db().$disconnect();
  }
}

runBench('bench:slots', async (env) => {
  const t0 = Date.now();
  const clinic = await buildBenchClinic(env.client, { therapists: THERAPISTS, booked: BOOKED });
  const booked = await env.client.appointment.count({ where: { status: 'BOOKED' } });
  console.log(`Data: ${THERAPISTS} therapists, ${booked} booked appointments (${Date.now() - t0} ms).`);

  const wide = await measureHttp(env, clinic.visitTypeId, 90, 'list', WARM_UP, N);
  const week = await measureHttp(env, clinic.visitTypeId, 7, 'list', WARM_UP, N);
  const wideCompact = await measureHttp(env, clinic.visitTypeId, 90, 'compact', WARM_UP, N);
  const weekCompact = await measureHttp(env, clinic.visitTypeId, 7, 'compact', WARM_UP, N);
  const floor = await measureFloor(env, WARM_UP, N);
  const plan7 = await explainSlotQuery(env, clinic.visitTypeId, 7);
  const plan90 = await explainSlotQuery(env, clinic.visitTypeId, 90);
  const local = await measureInProcess(env, clinic.visitTypeId);
  if (local.busy !== BOOKED) console.warn(`note: the query saw ${local.busy} busy blocks, expected ${BOOKED}`);

  const verdict = (days: 7 | 90, r: HttpRun) => {
    const t = TARGET[days];
    const kib = r.bytes / 1024;
    const size = Number.isFinite(t.kib) ? `, ≤ ${t.kib} KiB` : '';
    return `target p95 ≤ ${t.p95} ms${size}: ${r.latency.p95 <= t.p95 && kib <= t.kib ? 'met' : 'MISSED'}; ${kib.toFixed(0)} KiB; CPU ms/req ${r.cpu}`;
  };
  const row = (name: string, s: Summary, slots: number | string, note: string) => [
    name,
    s.count,
    ms(s.p50),
    ms(s.p95),
    ms(s.p99),
    ms(s.max),
    slots,
    note,
  ];
  printTable(
    `bench:slots: ${THERAPISTS} therapists, ${BOOKED} booked, 30-min visit, step 15 min (times in ms)`,
    ['case', 'n', 'p50', 'p95', 'p99', 'max', 'slots', 'target / note'],
    [
      row('HTTP GET /api/slots, 90 days, compact', wideCompact.latency, wideCompact.slots, verdict(90, wideCompact)),
      row('HTTP GET /api/slots, 7 days, compact', weekCompact.latency, weekCompact.slots, verdict(7, weekCompact)),
      row('HTTP GET /api/slots, 90 days, list', wide.latency, wide.slots, verdict(90, wide)),
      row('HTTP GET /api/slots, 7 days, list', week.latency, week.slots, verdict(7, week)),
      row('HTTP GET /api/health (the floor)', floor.latency, '', `Next + endpoint + SELECT 1; CPU ms/req ${floor.cpu}`),
      row(
        'Postgres planning, slot query 7 d',
        plan7.planning,
        '',
        `execution p50 ${ms(plan7.execution.p50)} ms (EXPLAIN ANALYZE)`,
      ),
      row(
        'Postgres planning, slot query 90 d',
        plan90.planning,
        '',
        `execution p50 ${ms(plan90.execution.p50)} ms (EXPLAIN ANALYZE)`,
      ),
      row('in-process loadSchedules, 90 d', local.load, '', `one query, ${local.busy} busy blocks`),
      row('in-process findOpenSlotsForAll, 90 d', local.compute, local.slots, 'pure compute'),
      row('in-process zod response + JSON, 90 d', local.shape, local.slots, 'shaping the answer'),
    ],
  );
});
