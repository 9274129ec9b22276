// `npm run bench:jobs`: how long the job queue takes, on a production build with its in-app worker.
// K signed-in patients book distinct slots over HTTP for ~20 s (each booking queues its
// confirmation email, and, for visits less than a day ahead, its reminder, in the booking's
// transaction). Figures:
//   - enqueue → handled for 'appointment.booked' (pgboss created_on → completed_on), p50/p95/max,
//     after one warm-up booking per patient; target p95 ≤ 5 s (issue 14);
//   - confirmation before reminder: visits whose reminder went out before their confirmation (0);
//   - holds released by the 15 s timer: lateness after hold_expires_at.
// Prints figures; asserts nothing.
import { randomUUID } from 'node:crypto';
import { createAppointment, createPatient, DEMO_PASSWORD } from '../prisma/factories';
import { createIntake } from '../prisma/demo-intakes';
import { buildBenchClinic } from './lib/clinic';
import { runBench } from './lib/environment';
import { signIn } from './lib/sign-in';
import { mapLimit, ms, printTable, summarize } from './lib/stats';

const WORKERS = 8;
const SUSTAIN_MS = 20_000;
const HOLDS = 6;
const TARGET_P95_MS = 5_000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Slot {
  start: string;
  end: string;
  therapistId: string;
  clinicId: string | null;
}

async function freeSlots(baseUrl: string, visitTypeId: string): Promise<Slot[]> {
  const now = Date.now();
  const q = new URLSearchParams({ visitTypeId, from: new Date(now).toISOString(), to: new Date(now + 60 * DAY).toISOString() });
  const res = await fetch(`${baseUrl}/api/slots?${q}`);
  if (res.status !== 200) throw new Error(`GET /api/slots answered ${res.status}`);
  return ((await res.json()) as { slots: Slot[] }).slots;
}

/** Starts that cannot collide: one therapist's picks do not overlap, nor one worker's (one patient). */
function split(slots: Slot[], workers: number): Slot[][] {
  const lists = Array.from({ length: workers }, () => [] as Slot[]);
  const busyUntil = new Map<string, number>();
  let w = 0;
  for (const slot of [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))) {
    if ((busyUntil.get(slot.therapistId) ?? 0) > Date.parse(slot.start)) continue;
    lists[w]!.push(slot);
    busyUntil.set(slot.therapistId, Date.parse(slot.end));
    w = (w + 1) % workers;
  }
  return lists;
}

runBench('bench:jobs', async (env) => {
  const clinic = await buildBenchClinic(env.client, { therapists: 6, booked: 100 });
  const patients = await mapLimit(
    Array.from({ length: WORKERS }, (_, i) => i),
    4,
    async (i) => {
      const user = await createPatient(env.client, {
        email: `bench-jobs-${i}@example.test`,
        name: `Bench Patient ${i}`,
        password: DEMO_PASSWORD,
      });
      await createIntake(env.client, { patientId: user.patient!.id });
      return user;
    },
  );
  const cookies = await mapLimit(patients, 4, (p, i) =>
    signIn(env.baseUrl, p.email, DEMO_PASSWORD, { 'x-forwarded-for': `10.2.0.${i}` }),
  );

  // Holds that lapse during the run, for the holds.expire timer to release.
  const holdPatient = await createPatient(env.client, { email: 'bench-jobs-holds@example.test', password: DEMO_PASSWORD });
  const t0 = Date.now();
  for (let i = 0; i < HOLDS; i++) {
    await createAppointment(env.client, {
      patientId: holdPatient.patient!.id,
      therapistId: clinic.therapistIds[0]!,
      visitTypeId: clinic.visitTypeId,
      startsAt: new Date(Math.floor(t0 / DAY) * DAY + 70 * DAY + i * HOUR) /* 19:00–01:00 New York: off the booked grid */,
      status: 'HELD',
      holdExpiresAt: new Date(t0 + 2_000 + i * 3_000),
    });
  }

  const lists = split(await freeSlots(env.baseUrl, clinic.visitTypeId), WORKERS);
  // Warm-up, not measured: each worker's first booking loads the route and email modules that a
  // server in service has long had in memory. Then only jobs queued after this point count.
  const book = (w: number, slot: Slot) =>
    fetch(`${env.baseUrl}/api/appointments`, {
      method: 'POST',
      headers: { cookie: cookies[w]!, 'content-type': 'application/json', 'idempotency-key': `bench-${randomUUID()}` },
      body: JSON.stringify({ visitTypeId: clinic.visitTypeId, therapistId: slot.therapistId, start: slot.start }),
    });
  await Promise.all(lists.map(async (list, w) => (await book(w, list.shift()!)).arrayBuffer()));
  await new Promise((r) => setTimeout(r, 5_000));
  const [{ measuredFrom }] = (await env.client.$queryRaw<{ measuredFrom: Date }[]>`SELECT now() AS "measuredFrom"`) as [
    { measuredFrom: Date },
  ];
  const statuses = new Map<number, number>();
  const deadline = Date.now() + SUSTAIN_MS;
  await Promise.all(
    lists.map(async (list, w) => {
      for (const slot of list) {
        if (Date.now() >= deadline) return;
        const res = await book(w, slot);
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
    }),
  );
  const booked = statuses.get(201) ?? 0;

  // Let the worker finish what the bookings queued (bounded).
  for (let i = 0; i < 120; i++) {
    const [open] = await env.client.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pgboss.job WHERE name IN ('appointment.booked', 'appointment.reminder') AND state IN ('created', 'retry', 'active') AND start_after <= now()`;
    if (Number(open!.n) === 0) break;
    await new Promise((r) => setTimeout(r, 500));
  }

  const latencies = await env.client.$queryRaw<{ ms: number }[]>`
    SELECT (extract(epoch FROM completed_on - created_on) * 1000)::float8 AS ms FROM pgboss.job
     WHERE name = 'appointment.booked' AND state = 'completed' AND created_on >= ${measuredFrom} ORDER BY created_on`;
  const unfinished = await env.client.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM pgboss.job WHERE name = 'appointment.booked' AND state <> 'completed' AND created_on >= ${measuredFrom}`;
  const s = summarize(latencies.map((r) => r.ms));
  const half = Math.floor(latencies.length / 2);
  const [early, late] = [summarize(latencies.slice(0, half).map((r) => r.ms)), summarize(latencies.slice(half).map((r) => r.ms))];
  const [order] = await env.client.$queryRaw<{ reminded: bigint; first: bigint }[]>`
    SELECT count(*) FILTER (WHERE reminder_sent_at IS NOT NULL) AS reminded,
           count(*) FILTER (WHERE reminder_sent_at IS NOT NULL AND (confirmation_sent_at IS NULL OR reminder_sent_at < confirmation_claimed_at)) AS first
      FROM appointments WHERE status = 'BOOKED'`;
  const holds = await env.client.$queryRaw<{ late_ms: number | null }[]>`
    SELECT (extract(epoch FROM cancelled_at - hold_expires_at) * 1000)::float8 AS late_ms FROM appointments
     WHERE patient_id = ${holdPatient.patient!.id}`;
  const released = holds.filter((h) => h.late_ms !== null).map((h) => h.late_ms!);
  const h = summarize(released);

  printTable(
    `bench:jobs — ${WORKERS} patients booking for ${SUSTAIN_MS / 1000} s against the in-app worker`,
    ['measure', 'value', 'target'],
    [
      [
        'bookings (201)',
        booked,
        [...statuses]
          .filter(([k]) => k !== 201)
          .map(([k, n]) => `others: ${k}×${n}`)
          .join(', ') || '',
      ],
      ['confirmation jobs handled', s.count, unfinished[0]!.n > 0n ? `${unfinished[0]!.n} not handled` : 'all'],
      ['enqueue → handled p50 (ms)', ms(s.p50), ''],
      ['enqueue → handled p95 (ms)', ms(s.p95), `≤ ${TARGET_P95_MS}: ${s.p95 <= TARGET_P95_MS ? 'met' : 'MISSED'}`],
      ['enqueue → handled max (ms)', ms(s.max), ''],
      ['p50 / p95, first half of the bookings (ms)', `${ms(early.p50)} / ${ms(early.p95)}`, 'a rising second half = a backlog'],
      ['p50 / p95, second half (ms)', `${ms(late.p50)} / ${ms(late.p95)}`, ''],
      ['reminders sent (visits < 24 h ahead)', Number(order!.reminded), ''],
      ['reminders before their confirmation', Number(order!.first), '0'],
      [`holds released / ${HOLDS}`, released.length, `all`],
      ['hold released after expiry p50 / max (ms)', `${ms(h.p50)} / ${ms(h.max)}`, '≤ 15000 (timer)'],
    ],
  );
});
