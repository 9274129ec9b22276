// `npm run bench:dashboard`: GET /api/patient-dashboard over HTTP against a production build, for
// a patient with a year of daily exercise logs. Prints figures; asserts nothing. Target: p95 ≤ 50 ms.
//   The patient: one plan started a year ago and revised every quarter (4 versions, 5–6 exercises
//   of different frequencies), ~85 % of prescribed sessions logged every day since, ODI and NPRS
//   every two weeks, a visit booked in three days. Around them, 49 other patients with the same
//   year, so the log table holds ~130 000 rows and the indexes have to do their work.
import {
  createAppointment,
  createExerciseLogs,
  createExercisePlan,
  createOutcomeScore,
  createPatient,
  createClinic,
  createPractice,
  createTherapist,
  createVisitType,
  DEMO_PASSWORD,
  installStarterLibrary,
  type LogSeed,
} from '../prisma/factories';
import type { PrismaClient } from '../lib/generated/prisma/client.ts';
import { addDays, todayIn } from '../lib/plans/calendar';
import { cpuPer } from './lib/cpu';
import { BENCH_NEXTAUTH_SECRET, runBench, type BenchEnvironment } from './lib/environment';
import { signIn } from './lib/sign-in';
import { mapLimit, ms, printTable, since, summarize } from './lib/stats';
import { random } from './lib/random';

const ZONE = 'America/New_York';
const PATIENTS = 50;
const DAYS = 365;
const WARM_UP = 30;
const N = 500;
const CONCURRENCY = 8;
const TARGET_P95_MS = 15; // issue 18 (was 50)

// Each quarter's exercises: [slug, timesPerDay, daysPerWeek].
const QUARTERS: [string, number, number][][] = [
  [
    ['pelvic-tilt', 2, 7],
    ['abdominal-bracing', 2, 7],
    ['cat-camel', 1, 7],
    ['lower-trunk-rotation', 1, 7],
    ['walking-program', 1, 5],
  ],
  [
    ['cat-camel', 1, 7],
    ['bird-dog', 1, 5],
    ['glute-bridge', 1, 5],
    ['dead-bug', 1, 3],
    ['walking-program', 1, 5],
    ['hip-hinge', 1, 3],
  ],
  [
    ['bird-dog', 1, 5],
    ['side-plank-knees', 1, 3],
    ['glute-bridge', 1, 5],
    ['clamshell', 1, 3],
    ['walking-program', 1, 7],
    ['sit-to-stand', 1, 3],
  ],
  [
    ['bird-dog', 1, 3],
    ['front-plank-knees', 1, 3],
    ['hip-hinge', 1, 3],
    ['wall-mini-squat', 1, 3],
    ['walking-program', 1, 7],
  ],
];

interface Built {
  patients: number;
  logs: number;
  scores: number;
}

async function buildPatients(client: PrismaClient): Promise<{ email: string; built: Built }> {
  const practice = await createPractice(client);
  const clinic = await createClinic(client, practice.id, { timezone: ZONE });
  const therapist = await createTherapist(client, {
    practiceId: practice.id,
    clinicId: clinic.id,
    timezone: ZONE,
    name: 'Maya Chen',
  });
  const visitType = await createVisitType(client, { durationMinutes: 30 });
  const lib = await installStarterLibrary(client);
  const today = todayIn(ZONE, new Date());
  const start = addDays(today, -DAYS);
  const built: Built = { patients: 0, logs: 0, scores: 0 };
  let email = '';
  await mapLimit(
    Array.from({ length: PATIENTS }, (_, i) => i),
    4,
    async (i) => {
      const user = await createPatient(client, {
        email: `bench-dashboard-${i}@example.test`,
        name: `Bench Patient ${i}`,
        password: DEMO_PASSWORD,
      });
      const patientId = user.patient!.id;
      if (i === 0) email = user.email;
      const plan = await createExercisePlan(client, {
        patientId,
        therapistId: therapist.therapist!.id,
        title: 'A year of home exercise',
        versions: QUARTERS.map((items, q) => ({
          startsOn: start,
          effectiveFrom: addDays(start, q * 91),
          createdAt: new Date(`${addDays(start, q * 91)}T15:00:00Z`),
          items: items.map(([slug, timesPerDay, daysPerWeek]) => ({ exerciseId: lib.get(slug)!, timesPerDay, daysPerWeek })),
        })),
      });
      const rnd = random(1000 + i);
      const logs: LogSeed[] = [];
      for (let n = 0; n <= DAYS; n++) {
        const day = addDays(start, n);
        const version = plan.versions[Math.min(3, Math.floor(n / 91))]!;
        for (const item of version.items) {
          if (rnd() > item.daysPerWeek / 7) continue;
          for (let s = 0; s < item.timesPerDay; s++) {
            if (rnd() > 0.85) continue;
            logs.push({
              patientId,
              planId: plan.id,
              versionId: version.id,
              exerciseId: item.exerciseId,
              performedOn: day,
              pain: Math.max(0, Math.round(6 - n / 70 + rnd() * 2)),
            });
          }
        }
      }
      for (let k = 0; k < logs.length; k += 5000) await createExerciseLogs(client, logs.slice(k, k + 5000));
      for (let n = 0; n <= DAYS; n += 14) {
        const timepoint = n === 0 ? ('INTAKE' as const) : ('FOLLOW_UP' as const);
        await createOutcomeScore(client, {
          patientId,
          planId: plan.id,
          instrument: 'ODI',
          timepoint,
          score: Math.max(4, 44 - n / 10),
          takenOn: addDays(start, n),
        });
        await createOutcomeScore(client, {
          patientId,
          planId: plan.id,
          instrument: 'NPRS',
          timepoint,
          score: Math.max(1, 7 - Math.floor(n / 60)),
          takenOn: addDays(start, n),
        });
        built.scores += 2;
      }
      if (i === 0) {
        await createAppointment(client, {
          patientId,
          therapistId: therapist.therapist!.id,
          visitTypeId: visitType.id,
          startsAt: new Date(Date.now() + 3 * 86_400_000),
        });
      }
      built.logs += logs.length;
      built.patients++;
    },
  );
  await client.$executeRawUnsafe('ANALYZE');
  return { email, built };
}

async function timeRequests(url: string, cookie: string, n: number, concurrency: number) {
  const once = async () => {
    const t0 = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    const body = await res.text();
    const elapsed = since(t0);
    if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${body.slice(0, 300)}`);
    return { elapsed, bytes: body.length };
  };
  const t0 = performance.now();
  const results = await mapLimit(
    Array.from({ length: n }, (_, i) => i),
    concurrency,
    () => once(),
  );
  const wall = since(t0);
  return { latency: summarize(results.map((r) => r.elapsed)), bytes: results[0]?.bytes ?? 0, rate: n / (wall / 1000) };
}

/** The loader alone in this process (no HTTP, no session), to show where the time goes. */
async function inProcess(env: BenchEnvironment, email: string, cookie: string) {
  process.env.DATABASE_URL = env.databaseUrl; // lib/db reads it on first use
  process.env.NEXTAUTH_SECRET = BENCH_NEXTAUTH_SECRET; // the app's, so its cookie decodes here
  process.env.NEXTAUTH_URL = env.baseUrl;
  const { loadPatientDashboard } = await import('../lib/plans/load-patient-dashboard');
  const { patientDashboardOutput } = await import('../lib/plans/dashboard-schemas');
  const { db } = await import('../lib/db');
  try {
    const user = await db().user.findUniqueOrThrow({
      where: { email },
      select: { id: true, email: true, name: true, role: true, practiceId: true },
    });
    for (let i = 0; i < WARM_UP; i++) await loadPatientDashboard(user);
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      await loadPatientDashboard(user);
      times.push(since(t0));
    }
    // What the route adds after the loader: the response schema (the endpoint strips the answer
    // through it, so nothing leaks) and JSON serialisation, on the real answer.
    const answer = await loadPatientDashboard(user);
    const shapeTimes: number[] = [];
    for (let i = 0; i < WARM_UP + 200; i++) {
      const t0 = performance.now();
      JSON.stringify(patientDashboardOutput.parse(answer));
      if (i >= WARM_UP) shapeTimes.push(since(t0));
    }
    // The session step every signed-in request pays: the cookie's JWT (remembered after the first
    // decode) and the user re-read (decisions 002, 014), then that re-read alone.
    const { readRequestUser, loadSessionUser } = await import('../lib/auth/session');
    const request = new Request(`${env.baseUrl}/api/me`, { headers: { cookie } });
    const timed = async (fn: () => Promise<unknown>) => {
      const out: number[] = [];
      for (let i = 0; i < WARM_UP + 200; i++) {
        const t0 = performance.now();
        if (!(await fn())) throw new Error('no session user in process');
        if (i >= WARM_UP) out.push(since(t0));
      }
      return summarize(out);
    };
    const session = await timed(() => readRequestUser(request));
    // Postgres's own split of the loader's one statement.
    const { dashboardQuery } = await import('../lib/plans/load-dashboard-data');
    const { Prisma } = await import('../lib/db');
    const planning: number[] = [];
    const execution: number[] = [];
    for (let i = 0; i < 50; i++) {
      const [row] = await db().$queryRaw<{ 'QUERY PLAN': [{ 'Planning Time': number; 'Execution Time': number }] }[]>(
        Prisma.sql`EXPLAIN (ANALYZE, FORMAT JSON) ${dashboardQuery(user.id, new Date())}`,
      );
      planning.push(row!['QUERY PLAN'][0]['Planning Time']);
      execution.push(row!['QUERY PLAN'][0]['Execution Time']);
    }
    if (process.env.BENCH_EXPLAIN === '1') {
      const rows = await db().$queryRaw<{ 'QUERY PLAN': string }[]>(
        Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${dashboardQuery(user.id, new Date())}`,
      );
      console.log(rows.map((r) => r['QUERY PLAN']).join('\n'));
    }
    const userRead = await timed(() => loadSessionUser({ sub: user.id, sv: 0 }));
    return {
      loader: summarize(times),
      shape: summarize(shapeTimes),
      session,
      userRead,
      planning: summarize(planning),
      execution: summarize(execution),
    };
  } finally {
    await db().$disconnect();
  }
}

runBench('bench:dashboard', async (env) => {
  let t0 = Date.now();
  const { email, built } = await buildPatients(env.client);
  console.log(
    `Data: ${built.patients} patients × ${DAYS} days: ${built.logs} exercise logs, ${built.scores} scores (${((Date.now() - t0) / 1000).toFixed(1)} s).`,
  );
  t0 = Date.now();
  const cookie = await signIn(env.baseUrl, email, DEMO_PASSWORD);
  console.log(`Signed in ${email} over HTTP (${Date.now() - t0} ms).`);

  const api = `${env.baseUrl}/api/patient-dashboard`;
  const sample = (await (await fetch(api, { headers: { cookie } })).json()) as {
    checklist: unknown[];
    progress: unknown[];
    streak: number;
    scores: unknown[];
    nextAppointment: unknown;
  };
  await timeRequests(api, cookie, WARM_UP, 1);
  const cpuBefore = env.cpu();
  const sequential = await timeRequests(api, cookie, N, 1);
  const cpu = cpuPer(cpuBefore, env.cpu(), N);
  const concurrent = await timeRequests(api, cookie, N, CONCURRENCY);
  await timeRequests(`${env.baseUrl}/patient`, cookie, 10, 1);
  const page = await timeRequests(`${env.baseUrl}/patient`, cookie, 100, 1);
  // The floors under the dashboard's figure: any route (Next, the proxy, the endpoint wrapper, one
  // `SELECT 1`), and any signed-in route (the same plus the session: JWT and the user re-read).
  await timeRequests(`${env.baseUrl}/api/health`, '', WARM_UP, 1);
  const floor = await timeRequests(`${env.baseUrl}/api/health`, '', N, 1);
  await timeRequests(`${env.baseUrl}/api/me`, cookie, WARM_UP, 1);
  const signedInFloor = await timeRequests(`${env.baseUrl}/api/me`, cookie, N, 1);
  const { loader, shape, session, userRead, planning, execution } = await inProcess(env, email, cookie);

  const row = (label: string, s: { p50: number; p95: number; p99: number; max: number }, note = '') => [
    label,
    ms(s.p50),
    ms(s.p95),
    ms(s.p99),
    ms(s.max),
    note,
  ];
  printTable(
    `bench:dashboard: patient dashboard data for a year of daily logs (${N} requests each)`,
    ['measure', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'note'],
    [
      row(
        'GET /api/patient-dashboard, one at a time',
        sequential.latency,
        `target p95 ≤ ${TARGET_P95_MS} ms: ${sequential.latency.p95 <= TARGET_P95_MS ? 'met' : 'MISSED'}`,
      ),
      row(`GET /api/patient-dashboard, ${CONCURRENCY} in flight`, concurrent.latency, `${concurrent.rate.toFixed(0)} requests/s`),
      row('GET /patient (the page, server-rendered HTML)', page.latency, '100 requests'),
      row('GET /api/health (floor: any route)', floor.latency, 'Next + proxy + endpoint + SELECT 1'),
      row('GET /api/me (floor: any signed-in route)', signedInFloor.latency, 'the same + session (JWT, user re-read) + one read'),
      row('loadPatientDashboard() in process (no HTTP, no session)', loader, '200 calls'),
      row('  of which Postgres plans the statement', planning, 'EXPLAIN ANALYZE, 50 runs'),
      row('  of which Postgres runs it', execution, 'EXPLAIN ANALYZE, 50 runs'),
      row('response schema + JSON in process', shape, 'the endpoint strips the answer through zod'),
      row('readRequestUser() in process (the session step)', session, 'JWT (remembered) + user re-read'),
      row('the user re-read alone in process', userRead, 'one Prisma findFirst'),
    ],
  );
  console.log(
    `  answer: ${(sequential.bytes / 1024).toFixed(1)} KiB JSON; ${sample.checklist.length} exercises today, ${sample.progress.length} weeks of progress, ` +
      `streak ${sample.streak} days, ${sample.scores.length} scores, next visit ${sample.nextAppointment ? 'yes' : 'no'}`,
  );
  console.log(`  CPU per request (app + Postgres), one at a time: ${cpu}`);
});
