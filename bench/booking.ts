// `npm run bench:booking`: POST /api/appointments over HTTP against a production build.
//   (a) 200 signed-in patients race for ONE slot: exactly one 201, the rest 409, no 5xx.
//   (b) sustained distinct bookings: K workers, each its own patient, for ~10 s.
//   (c) pgbench (tiny insert transactions) on the same database, as the yardstick for (b).
// Prints figures; asserts nothing.
import { randomUUID } from 'node:crypto';
import { createPatient, DEMO_PASSWORD } from '../prisma/factories';
import { createIntake } from '../prisma/demo-intakes';
import { buildBenchClinic, type BenchClinic } from './lib/clinic';
import { cpuPer } from './lib/cpu';
import { runBench, type BenchEnvironment } from './lib/environment';
import { runInsertPgbench } from './lib/pgbench';
import { signIn } from './lib/sign-in';
import { printStatements, resetStatements } from './lib/statements';
import { mapLimit, ms, printTable, since, summarize } from './lib/stats';

const RACERS = 200;
const WORKERS = 8;
const SUSTAIN_MS = 10_000;
const IDLE_MS = 5_000;
const THERAPISTS = 5;
const BOOKED = 500;
// Issue 18's targets (docs/decisions/022-performance.md).
const TARGET_RATE = 350;
const TARGET_PCT = 3;
const TARGET_CPU = { app: 4, db: 1.5 };
const TARGET_P95_MS = 40;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Slot {
  start: string;
  end: string;
  therapistId: string;
  clinicId: string | null;
}
interface Outcome {
  status: number;
  code: string;
  elapsed: number;
}

class Tally {
  readonly byStatus = new Map<string, number>();
  created = 0;
  conflict = 0;
  client = 0;
  server = 0;
  add(o: Outcome): void {
    if (o.status === 201) this.created++;
    else if (o.status === 409) this.conflict++;
    else if (o.status >= 400 && o.status < 500) this.client++;
    else this.server++; // 5xx, and network failures (status 0)
    const key = `${o.status} ${o.code}`.trim();
    this.byStatus.set(key, (this.byStatus.get(key) ?? 0) + 1);
  }
  breakdown(skipCreated = false): string {
    return [...this.byStatus]
      .filter(([k]) => !(skipCreated && k === '201'))
      .map(([k, n]) => `${k}: ${n}`)
      .join(', ');
  }
}

async function fetchSlots(baseUrl: string, visitTypeId: string): Promise<Slot[]> {
  const now = Date.now();
  const q = new URLSearchParams({ visitTypeId, from: new Date(now).toISOString(), to: new Date(now + 90 * DAY).toISOString() });
  const res = await fetch(`${baseUrl}/api/slots?${q}`);
  if (res.status !== 200) throw new Error(`GET /api/slots answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  return ((await res.json()) as { slots: Slot[] }).slots;
}

async function book(baseUrl: string, cookie: string, visitTypeId: string, slot: Slot): Promise<Outcome> {
  const t0 = performance.now();
  try {
    const res = await fetch(`${baseUrl}/api/appointments`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'idempotency-key': `bench-${randomUUID()}` },
      body: JSON.stringify({
        visitTypeId,
        therapistId: slot.therapistId,
        start: slot.start,
        clinicId: slot.clinicId ?? undefined,
      }),
    });
    const body = await res.text();
    let code = '';
    if (res.status !== 201) {
      try {
        code = (JSON.parse(body) as { error?: { code?: string } }).error?.code ?? '';
      } catch {
        code = body.slice(0, 80);
      }
    }
    return { status: res.status, code, elapsed: since(t0) };
  } catch (err) {
    return { status: 0, code: err instanceof Error ? err.message : String(err), elapsed: since(t0) };
  }
}

/**
 * Free starts split among workers so no two bookings can collide: per therapist only starts that
 * do not overlap the previous pick, and per worker (one patient) only starts after its last end.
 */
function assignToWorkers(slots: Slot[], workers: number, notBefore: number): Slot[][] {
  const lists = Array.from({ length: workers }, () => [] as Slot[]);
  const workerFreeAt = new Array<number>(workers).fill(0);
  const therapistFreeAt = new Map<string, number>();
  let next = 0;
  for (const slot of [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))) {
    const start = Date.parse(slot.start);
    const end = Date.parse(slot.end);
    if (start < notBefore || (therapistFreeAt.get(slot.therapistId) ?? 0) > start) continue;
    for (let j = 0; j < workers; j++) {
      const w = (next + j) % workers;
      if (workerFreeAt[w]! > start) continue;
      lists[w]!.push(slot);
      workerFreeAt[w] = end;
      therapistFreeAt.set(slot.therapistId, end);
      next = w + 1;
      break;
    }
  }
  return lists;
}

async function race(baseUrl: string, clinic: BenchClinic, cookies: string[]) {
  const slots = await fetchSlots(baseUrl, clinic.visitTypeId);
  const target = slots.find((s) => Date.parse(s.start) > Date.now() + 3 * DAY);
  if (!target) throw new Error('no free slot 3+ days ahead to race for');
  const tally = new Tally();
  const t0 = performance.now();
  const outcomes = await Promise.all(cookies.map((cookie) => book(baseUrl, cookie, clinic.visitTypeId, target)));
  const wall = since(t0);
  for (const o of outcomes) tally.add(o);
  return { target, tally, wall, latency: summarize(outcomes.map((o) => o.elapsed)) };
}

async function sustain(env: BenchEnvironment, clinic: BenchClinic, cookies: string[]) {
  const { baseUrl } = env;
  const lists = assignToWorkers(await fetchSlots(baseUrl, clinic.visitTypeId), cookies.length, Date.now() + 13 * HOUR);
  const available = lists.reduce((n, l) => n + l.length, 0);
  const tally = new Tally();
  const latencies: number[] = [];
  // What the app and Postgres burn with no request at all (the job worker's polling, timers), per
  // ms: subtracted below, since at a few bookings per second (a loaded machine) it is most of the CPU.
  const idleStart = env.cpu();
  await new Promise((r) => setTimeout(r, IDLE_MS));
  const idleEnd = env.cpu();
  await resetStatements(env.client);
  const cpuBefore = env.cpu();
  const t0 = performance.now();
  const deadline = t0 + SUSTAIN_MS;
  let ranOut = false;
  await Promise.all(
    lists.map(async (list, w) => {
      for (const slot of list) {
        if (performance.now() >= deadline) return;
        const o = await book(baseUrl, cookies[w]!, clinic.visitTypeId, slot);
        tally.add(o);
        latencies.push(o.elapsed);
      }
      ranOut = true;
    }),
  );
  const elapsed = since(t0);
  // Includes the in-app job worker mailing each confirmation, as it would in production.
  const cpuAfter = env.cpu();
  const cpu = cpuPer(cpuBefore, cpuAfter, tally.created);
  const cpuMs =
    cpuBefore && cpuAfter && tally.created
      ? { app: (cpuAfter.app - cpuBefore.app) / tally.created, db: (cpuAfter.db - cpuBefore.db) / tally.created }
      : null;
  const idle =
    idleStart && idleEnd ? { app: (idleEnd.app - idleStart.app) / IDLE_MS, db: (idleEnd.db - idleStart.db) / IDLE_MS } : null;
  const cpuNet =
    cpuMs && idle
      ? `app ${(cpuMs.app - (idle.app * elapsed) / tally.created).toFixed(2)} / db ${(cpuMs.db - (idle.db * elapsed) / tally.created).toFixed(2)}`
      : 'n/a';
  const idleNote = idle ? `idle: app ${(idle.app * 1000).toFixed(0)} / db ${(idle.db * 1000).toFixed(0)} CPU ms per second` : '';
  await printStatements(env.client, 'bench:booking (b) statements per booking (pg_stat_statements)', tally.created);
  return {
    tally,
    elapsed,
    available,
    ranOut,
    cpu,
    cpuMs,
    cpuNet,
    idleNote,
    latency: summarize(latencies),
    rate: tally.created / (elapsed / 1000),
  };
}

runBench('bench:booking', async (env) => {
  let t0 = Date.now();
  const clinic = await buildBenchClinic(env.client, { therapists: THERAPISTS, booked: BOOKED });
  // One password hash for all (the factory memoizes hashing per password).
  const patients = await mapLimit(
    Array.from({ length: RACERS + WORKERS }, (_, i) => i),
    8,
    async (i) => {
      const user = await createPatient(env.client, {
        email: `bench-patient-${i}@example.test`,
        name: `Bench Patient ${i}`,
        password: DEMO_PASSWORD,
      });
      await createIntake(env.client, { patientId: user.patient!.id }); // done before a first booking, as the app asks
      return user;
    },
  );
  console.log(`Data: ${THERAPISTS} therapists, ${BOOKED} booked, ${patients.length} patients (${Date.now() - t0} ms).`);

  t0 = Date.now();
  // Each patient signs in "from" its own address, so the per-address sign-in limit is not what is measured.
  const cookies = await mapLimit(patients, 8, (p, i) =>
    signIn(env.baseUrl, p.email, DEMO_PASSWORD, { 'x-forwarded-for': `10.1.${i >> 8}.${i & 255}` }),
  );
  console.log(`Signed in ${cookies.length} patients over HTTP (${Date.now() - t0} ms).`);

  const a = await race(env.baseUrl, clinic, cookies.slice(0, RACERS));
  const winners = await env.client.appointment.count({
    where: { therapistId: a.target.therapistId, startsAt: new Date(a.target.start), status: 'BOOKED' },
  });
  const b = await sustain(env, clinic, cookies.slice(RACERS));
  const c = await runInsertPgbench(env.client, env.databaseUrl);

  const ok = (cond: boolean) => (cond ? 'as expected' : 'UNEXPECTED');
  const met = (cond: boolean) => (cond ? 'met' : 'MISSED');
  printTable(
    `bench:booking (a) ${RACERS} concurrent POST /api/appointments for one slot (${a.target.start})`,
    ['measure', 'value', 'expected'],
    [
      ['201 Created', a.tally.created, `1  ${ok(a.tally.created === 1)}`],
      ['409 Conflict', a.tally.conflict, `${RACERS - 1}  ${ok(a.tally.conflict === RACERS - 1)}`],
      ['other 4xx', a.tally.client, `0  ${ok(a.tally.client === 0)}`],
      ['5xx / network', a.tally.server, `0  ${ok(a.tally.server === 0)}`],
      ['booked rows at that slot (db)', winners, `1  ${ok(winners === 1)}`],
      ['wall time (ms)', ms(a.wall), ''],
      ['latency p50 / p95 / max (ms)', `${ms(a.latency.p50)} / ${ms(a.latency.p95)} / ${ms(a.latency.max)}`, ''],
    ],
  );
  console.log(`  responses: ${a.tally.breakdown()}`);

  const pct = c ? (b.rate / c.tps) * 100 : NaN;
  printTable(
    `bench:booking (b) sustained distinct bookings, K=${WORKERS} workers, ~${SUSTAIN_MS / 1000} s; (c) pgbench`,
    ['measure', 'value', 'note'],
    [
      ['bookings created (201)', b.tally.created, `${b.available} free starts prepared${b.ranOut ? '; a worker RAN OUT' : ''}`],
      ['non-201 responses', b.tally.conflict + b.tally.client + b.tally.server, b.tally.breakdown(true) || 'none'],
      ['elapsed (s)', (b.elapsed / 1000).toFixed(2), ''],
      ['bookings / second', b.rate.toFixed(1), `target ≥ ${TARGET_RATE}: ${met(b.rate >= TARGET_RATE)}`],
      [
        'CPU ms per booking',
        b.cpu,
        `target app ≤ ${TARGET_CPU.app} / db ≤ ${TARGET_CPU.db}: ${b.cpuMs ? met(b.cpuMs.app <= TARGET_CPU.app && b.cpuMs.db <= TARGET_CPU.db) : 'n/a'} (incl. the job worker)`,
      ],
      ['CPU ms per booking, less idle background', b.cpuNet, b.idleNote],
      [
        'latency p50 / p95 / p99 (ms)',
        `${ms(b.latency.p50)} / ${ms(b.latency.p95)} / ${ms(b.latency.p99)}`,
        `p95 target ≤ ${TARGET_P95_MS}: ${met(b.latency.p95 <= TARGET_P95_MS)}; max ${ms(b.latency.max)}`,
      ],
      [
        'pgbench insert TPS (-c 8 -j 2 -T 10)',
        c ? c.tps.toFixed(0) : 'n/a',
        c ? `${c.transactions} transactions` : 'pgbench not available',
      ],
      [
        'booking/s as % of pgbench TPS',
        c ? `${pct.toFixed(1)} %` : 'n/a',
        c ? `target ≥ ${TARGET_PCT} %: ${met(pct >= TARGET_PCT)}` : '',
      ],
    ],
  );
  if (!c) console.log('pgbench not available');
});
