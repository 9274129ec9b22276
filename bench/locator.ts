// `npm run bench:locator`: GET /api/clinics?zip=… (the clinic locator: distance order plus the
// earliest open evaluation at every clinic and the earliest video visit) over HTTP against a
// production build, on the demo network (3 practices, 12 clinics, 10 therapists) with the week
// ahead made busy. Prints figures beside issue 18's target (HTTP p95 ≤ 30 ms, 4 in flight);
// asserts nothing.
import { createAppointment, createPatient } from '../prisma/factories';
import { seedDemo } from '../prisma/seed';
import { runBench, type BenchEnvironment } from './lib/environment';
import { cpuPer } from './lib/cpu';
import { printStatements, resetStatements } from './lib/statements';
import { mapLimit, ms, printTable, since, summarize } from './lib/stats';

const ZIPS = ['10001', '60611', '94103', '85004', '02116', '19103'];
const BUSY_APPOINTMENTS = 300;
const WARM_UP = 20;
const N = 300;
const CONCURRENCY = 4;
const TARGET_P95_MS = 30;

/** Books up the demo clinics' therapists on the next working days, so the earliest free time is
 *  found after skipping taken ones (as in a real, busy network). */
async function makeBusy(env: BenchEnvironment): Promise<number> {
  const therapists = await env.client.therapist.findMany({
    where: { clinicId: { not: null } },
    select: { id: true, clinicId: true },
  });
  const visitType = await env.client.visitType.findFirstOrThrow({
    where: { modality: 'IN_CLINIC', durationMinutes: 30 },
    select: { id: true },
  });
  const patients = await mapLimit(
    Array.from({ length: 20 }, (_, i) => i),
    4,
    (i) => createPatient(env.client, { email: `bench-locator-${i}@example.test`, name: `Locator Patient ${i}` }),
  );
  let made = 0;
  const hour = 3_600_000;
  const base = Math.ceil(Date.now() / hour) * hour + 12 * hour; // from the earliest bookable time
  for (let i = 0; made < BUSY_APPOINTMENTS && i < BUSY_APPOINTMENTS * 4; i++) {
    const t = therapists[i % therapists.length]!;
    const startsAt = new Date(base + Math.floor(i / therapists.length) * hour);
    try {
      await createAppointment(env.client, {
        patientId: patients[i % patients.length]!.patient!.id,
        therapistId: t.id,
        visitTypeId: visitType.id,
        clinicId: t.clinicId,
        startsAt,
      });
      made++;
    } catch {
      // The patient already has a visit then (the exclusion constraint): skip that hour.
    }
  }
  await env.client.$executeRawUnsafe('ANALYZE');
  return made;
}

/** `n` GETs, CONCURRENCY at a time, of the paths `path(k)` gives. */
async function timeGets(env: BenchEnvironment, n: number, path: (k: number) => string) {
  const once = async (k: number) => {
    const t0 = performance.now();
    const res = await fetch(`${env.baseUrl}${path(k)}`);
    const body = await res.text();
    const elapsed = since(t0);
    if (res.status !== 200) throw new Error(`GET ${path(k)} answered ${res.status}: ${body.slice(0, 300)}`);
    return elapsed;
  };
  const before = env.cpu();
  const t0 = performance.now();
  const times = await mapLimit(
    Array.from({ length: n }, (_, k) => k),
    CONCURRENCY,
    (k) => once(k),
  );
  return { latency: summarize(times), rate: n / (since(t0) / 1000), cpu: cpuPer(before, env.cpu(), n) };
}

/** The locator alone in this process (no HTTP), to show how much is the query and slot engine. */
async function inProcess(env: BenchEnvironment) {
  process.env.DATABASE_URL = env.databaseUrl; // lib/db reads it on first use
  const { findNearbyClinics } = await import('../lib/clinics/find-nearby-clinics');
  const { db } = await import('../lib/db');
  try {
    for (let k = 0; k < WARM_UP; k++) await findNearbyClinics({ zip: ZIPS[k % ZIPS.length]! });
    const times: number[] = [];
    for (let k = 0; k < 100; k++) {
      const t0 = performance.now();
      await findNearbyClinics({ zip: ZIPS[k % ZIPS.length]! });
      times.push(since(t0));
    }
    return summarize(times);
  } finally {
    await db().$disconnect();
  }
}

runBench('bench:locator', async (env) => {
  const t0 = Date.now();
  await seedDemo(env.client);
  const busy = await makeBusy(env);
  const clinics = await env.client.clinic.count({ where: { active: true } });
  console.log(
    `Data: demo network (${clinics} clinics) + ${busy} booked visits in the days ahead (${((Date.now() - t0) / 1000).toFixed(1)} s).`,
  );

  const sample = (await (await fetch(`${env.baseUrl}/api/clinics?zip=10001`)).json()) as {
    clinics: { name: string; distanceMiles: number; earliestSlot: { start: string } | null }[];
  };
  const first = sample.clinics[0];
  console.log(
    `Sample: ${sample.clinics.length} clinics for 10001; nearest ${first?.name} at ${first?.distanceMiles} mi, earliest ${first?.earliestSlot?.start ?? 'none'}.`,
  );

  const zipPath = (k: number) => `/api/clinics?zip=${ZIPS[k % ZIPS.length]}`;
  await timeGets(env, WARM_UP, zipPath);
  await resetStatements(env.client);
  const http = await timeGets(env, N, zipPath);
  await printStatements(env.client, 'bench:locator statements per request (pg_stat_statements)', N);
  // The floor of any route on this stack at the same concurrency: Next, the endpoint wrapper, SELECT 1.
  await timeGets(env, WARM_UP, () => '/api/health');
  const floor = await timeGets(env, N, () => '/api/health');
  const local = await inProcess(env);
  printTable(
    'GET /api/clinics?zip=… (6 ZIPs in turn)',
    ['measure', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'req/s', 'CPU ms/req', 'target'],
    [
      [
        `HTTP, ${CONCURRENCY} at a time`,
        http.latency.count,
        ms(http.latency.p50),
        ms(http.latency.p95),
        ms(http.latency.p99),
        ms(http.latency.max),
        http.rate.toFixed(0),
        http.cpu,
        `p95 ≤ ${TARGET_P95_MS} ms: ${http.latency.p95 <= TARGET_P95_MS ? 'met' : 'MISSED'}`,
      ],
      [
        `floor: GET /api/health, ${CONCURRENCY} at a time`,
        floor.latency.count,
        ms(floor.latency.p50),
        ms(floor.latency.p95),
        ms(floor.latency.p99),
        ms(floor.latency.max),
        floor.rate.toFixed(0),
        floor.cpu,
        '',
      ],
      ['findNearbyClinics in process', local.count, ms(local.p50), ms(local.p95), ms(local.p99), ms(local.max), '–', '–', ''],
    ],
  );
});
