// `npm run bench:contention`: what callers get when many requests meet on the same rows, over
// HTTP against a production build (docs/decisions/016-contention.md).
//   (a) 200 patients POST one slot at once: expected one 201, 199 × 409 SLOT_TAKEN.
//   (b) one patient POSTs one time with 5 therapists, 200 requests at once: one 201, 199 × 409.
//   (c) 2,000 random book / cancel / reschedule operations, 20 in flight, on a crowded 2 days.
// Each prints its status histogram; then SQL counts overlapping active visits (must be 0).
// Prints figures; asserts nothing.
import { randomUUID } from 'node:crypto';
import { encode } from 'next-auth/jwt';
import { createPatient } from '../prisma/factories';
import { createIntake } from '../prisma/demo-intakes';
import { buildBenchClinic, type BenchClinic } from './lib/clinic';
import { BENCH_NEXTAUTH_SECRET, runBench, type BenchEnvironment } from './lib/environment';
import { mapLimit, ms, printTable, since, summarize } from './lib/stats';
import { random } from './lib/random';

const BURST = 200;
const THERAPISTS = 5;
const RANDOM_OPS = 2_000;
const IN_FLIGHT = 20;
const RANDOM_PATIENTS = 40;
const DAY = 86_400_000;

interface Slot {
  start: string;
  therapistId: string;
  clinicId: string | null;
}
interface Answer {
  status: number;
  code: string;
  id?: string;
  elapsed: number;
}
interface Patient {
  userId: string;
  cookie: string;
}

class Histogram {
  readonly counts = new Map<string, number>();
  readonly elapsed: number[] = [];
  add(label: string, a: Answer): void {
    const key = `${label}${a.status}${a.code ? ` ${a.code}` : ''}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.elapsed.push(a.elapsed);
  }
  count(test: (key: string) => boolean): number {
    return [...this.counts].filter(([k]) => test(k)).reduce((n, [, c]) => n + c, 0);
  }
  rows(): (string | number)[][] {
    return [...this.counts].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => [k, n]);
  }
}

/** The session cookie a password sign-in would set (the same next-auth JWT), without 240 argon2 hashes. */
async function cookieFor(userId: string, email: string): Promise<string> {
  return `next-auth.session-token=${await encode({ token: { sub: userId, email }, secret: BENCH_NEXTAUTH_SECRET })}`;
}

async function send(baseUrl: string, cookie: string, method: string, path: string, body: unknown, key?: string): Promise<Answer> {
  const t0 = performance.now();
  try {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: { id?: string; error?: { code?: string } } = {};
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = { error: { code: text.slice(0, 60) || 'non-JSON' } };
    }
    return { status: res.status, code: res.status < 300 ? '' : (parsed.error?.code ?? ''), id: parsed.id, elapsed: since(t0) };
  } catch (err) {
    return { status: 0, code: err instanceof Error ? err.message : String(err), elapsed: since(t0) };
  }
}

const bookBody = (clinic: BenchClinic, slot: Slot) => ({
  visitTypeId: clinic.visitTypeId,
  therapistId: slot.therapistId,
  start: slot.start,
  clinicId: slot.clinicId ?? undefined,
});

async function fetchSlots(baseUrl: string, clinic: BenchClinic, from: number, to: number): Promise<Slot[]> {
  const q = new URLSearchParams({
    visitTypeId: clinic.visitTypeId,
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
  });
  const res = await fetch(`${baseUrl}/api/slots?${q}`);
  if (res.status !== 200) throw new Error(`GET /api/slots answered ${res.status}`);
  return ((await res.json()) as { slots: Slot[] }).slots;
}

async function makePatients(env: BenchEnvironment, n: number, prefix: string): Promise<Patient[]> {
  return mapLimit(
    Array.from({ length: n }, (_, i) => i),
    8,
    async (i) => {
      const email = `${prefix}-${i}@example.test`;
      const user = await createPatient(env.client, { email, name: `Bench ${prefix} ${i}`, password: null });
      await createIntake(env.client, { patientId: user.patient!.id }); // done before a first booking, as the app asks
      return { userId: user.id, cookie: await cookieFor(user.id, email) };
    },
  );
}

async function sameSlotBurst(env: BenchEnvironment, clinic: BenchClinic, patients: Patient[], slot: Slot) {
  const h = new Histogram();
  const t0 = performance.now();
  const answers = await Promise.all(
    patients.map((p) =>
      send(env.baseUrl, p.cookie, 'POST', '/api/appointments', bookBody(clinic, slot), `burst-${randomUUID()}`),
    ),
  );
  const wall = since(t0);
  for (const a of answers) h.add('', a);
  return { h, wall };
}

async function samePatientBurst(env: BenchEnvironment, clinic: BenchClinic, patient: Patient, start: string) {
  const h = new Histogram();
  const t0 = performance.now();
  const answers = await Promise.all(
    Array.from({ length: BURST }, (_, i) =>
      send(
        env.baseUrl,
        patient.cookie,
        'POST',
        '/api/appointments',
        bookBody(clinic, { start, therapistId: clinic.therapistIds[i % THERAPISTS]!, clinicId: clinic.clinicId }),
        `multi-${randomUUID()}`,
      ),
    ),
  );
  const wall = since(t0);
  for (const a of answers) h.add('', a);
  return { h, wall };
}

async function randomOperations(env: BenchEnvironment, clinic: BenchClinic, patients: Patient[], slots: Slot[]) {
  const rand = random(20261205);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const mine = patients.map(() => new Set<string>()); // appointments each patient booked and has not cancelled
  const h = new Histogram();
  const ops = Array.from({ length: RANDOM_OPS }, () => {
    const r = rand();
    return {
      kind: r < 0.5 ? 'book' : r < 0.75 ? 'reschedule' : 'cancel',
      who: Math.floor(rand() * patients.length),
      slot: pick(slots),
      roll: rand(),
    };
  });
  const t0 = performance.now();
  await mapLimit(ops, IN_FLIGHT, async (op) => {
    const p = patients[op.who]!;
    const own = [...mine[op.who]!];
    const target = own[Math.floor(op.roll * own.length)];
    if (op.kind === 'book' || !target) {
      const a = await send(
        env.baseUrl,
        p.cookie,
        'POST',
        '/api/appointments',
        bookBody(clinic, op.slot),
        `random-${randomUUID()}`,
      );
      if (a.status === 201 && a.id) mine[op.who]!.add(a.id);
      h.add('book        ', a);
    } else if (op.kind === 'reschedule') {
      // To another time with any therapist's start; the visit keeps its own therapist.
      h.add('reschedule  ', await send(env.baseUrl, p.cookie, 'PATCH', `/api/appointments/${target}`, { start: op.slot.start }));
    } else {
      const a = await send(env.baseUrl, p.cookie, 'POST', `/api/appointments/${target}/cancel`, { reason: 'bench' });
      if (a.status === 200 || a.code === 'INVALID_TRANSITION') mine[op.who]!.delete(target);
      h.add('cancel      ', a);
    }
  });
  return { h, wall: since(t0) };
}

async function overlaps(env: BenchEnvironment): Promise<{ therapist: number; patient: number; active: number }> {
  const [row] = await env.client.$queryRaw<{ therapist: bigint; patient: bigint; active: bigint }[]>`
    WITH active AS (SELECT * FROM appointments WHERE status IN ('HELD', 'BOOKED'))
    SELECT
      (SELECT count(*) FROM active a JOIN active b ON a.id < b.id AND a.therapist_id = b.therapist_id
         AND tstzrange(a.block_starts_at, a.block_ends_at) && tstzrange(b.block_starts_at, b.block_ends_at)) AS therapist,
      (SELECT count(*) FROM active a JOIN active b ON a.id < b.id AND a.patient_id = b.patient_id
         AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)) AS patient,
      (SELECT count(*) FROM active) AS active`;
  return { therapist: Number(row!.therapist), patient: Number(row!.patient), active: Number(row!.active) };
}

function print(title: string, h: Histogram, wall: number, expected: string): void {
  const lat = summarize(h.elapsed);
  printTable(
    title,
    ['status', 'count'],
    [
      ...h.rows(),
      ['5xx / network', h.count((k) => /(^|\s)(5\d\d|0)(\s|$)/.test(k))],
      ['404', h.count((k) => /(^|\s)404(\s|$)/.test(k))],
    ],
  );
  console.log(
    `  expected: ${expected}; wall ${ms(wall)} ms, latency p50 / p95 / max ${ms(lat.p50)} / ${ms(lat.p95)} / ${ms(lat.max)} ms`,
  );
}

runBench('bench:contention', async (env) => {
  let t0 = Date.now();
  const clinic = await buildBenchClinic(env.client, { therapists: THERAPISTS, booked: 0 });
  const racers = await makePatients(env, BURST, 'racer');
  const [loner] = await makePatients(env, 1, 'loner');
  const movers = await makePatients(env, RANDOM_PATIENTS, 'mover');
  console.log(
    `Data: ${THERAPISTS} therapists, ${racers.length + 1 + movers.length} patients with session cookies (${Date.now() - t0} ms).`,
  );

  const now = Date.now();
  const slots = await fetchSlots(env.baseUrl, clinic, now + 2 * DAY, now + 30 * DAY);
  const first = slots[0];
  if (!first) throw new Error('no free slot to race for');
  const a = await sameSlotBurst(env, clinic, racers, first);
  print(
    `bench:contention (a) ${BURST} patients POST one slot at once (${first.start})`,
    a.h,
    a.wall,
    '1 × 201, 199 × 409 SLOT_TAKEN',
  );

  // Another time that day, free with every therapist.
  const second = slots.find((s) => Date.parse(s.start) >= Date.parse(first.start) + 2 * 3_600_000)!;
  const b = await samePatientBurst(env, clinic, loner!, second.start);
  print(
    `bench:contention (b) one patient POSTs ${second.start} with ${THERAPISTS} therapists, ${BURST} requests at once`,
    b.h,
    b.wall,
    '1 × 201, 199 × 409 (PATIENT_DOUBLE_BOOKED, or SLOT_TAKEN once the winner holds that therapist)',
  );

  // A crowded window: two working days' starts, so operations keep meeting on the same rows.
  t0 = Date.now();
  const dayOne = new Date(Date.parse(second.start)).toISOString().slice(0, 10);
  const window = (await fetchSlots(env.baseUrl, clinic, Date.parse(second.start) + DAY, now + 30 * DAY))
    .filter((s) => s.start.slice(0, 10) !== dayOne)
    .slice(0, 2 * THERAPISTS * 30);
  const c = await randomOperations(env, clinic, movers, window);
  print(
    `bench:contention (c) ${RANDOM_OPS} random operations (50 % book, 25 % reschedule, 25 % cancel), ${IN_FLIGHT} in flight, ` +
      `${RANDOM_PATIENTS} patients, ${window.length} candidate starts`,
    c.h,
    c.wall,
    'no 5xx, no 404; 409s for lost races',
  );
  const o = await overlaps(env);
  printTable(
    'bench:contention overlap check (SQL over all active visits)',
    ['measure', 'value'],
    [
      ['active (HELD/BOOKED) visits', o.active],
      ['therapist overlaps (blocks)', `${o.therapist}${o.therapist === 0 ? '  as expected' : '  UNEXPECTED'}`],
      ['patient overlaps (visits)', `${o.patient}${o.patient === 0 ? '  as expected' : '  UNEXPECTED'}`],
    ],
  );
  console.log(`(set-up of (c) ${(Date.now() - t0 - c.wall) | 0} ms)`);
});
