// `npm test`: every layer against services this script starts and stops itself.
//   lint  ESLint (`npm run lint`) and the formatter's check (`npm run format:check`), no services
//   unit  (*.test.ts)      pure logic, TZ pinned; with it the components (*.test.tsx, Testing Library in jsdom)
//   int   (*.int.test.ts)  real Postgres (one fresh database per file), real SMTP catcher
//   e2e   (e2e/*.spec.ts)  Playwright + Debian Chromium against one production build
//   cluster (e2e/cluster/) the same build as two app nodes behind HAProxy, PgBouncer, two LiveKit
//                          nodes on Redis (scripts/lib/cluster.ts, docs/decisions/021)
// `--only lint|unit|int|e2e|cluster` runs one layer (or several: `--only int,e2e`); `--files a,b` only the test files whose paths contain a
// or b (passed to vitest and Playwright as filters). Exits non-zero when anything fails.
import fs from 'node:fs';
import path from 'node:path';
import { CLUSTER_TEST_PORTS, DATA_DIR, TEST_DATA_DIR, TEST_PORTS, TEST_SLOT } from './lib/config';
import { startCluster } from './lib/cluster';
import { startPostgres, type RunningPostgres } from './lib/postgres';
import { startMailCatcher } from './lib/mail';
import { ensureSystemDeps } from './lib/system-deps';
import {
  ensureNativeServices,
  livekitEnv,
  NO_GO_HINT,
  startLivekit,
  startStripeMock,
  stripeMockEnv,
} from './lib/native-services';
import { buildIsCurrent, markBuilt, preservingTsconfig } from './lib/build-cache';
import { run, runOrFail, startService, stopAllServices, waitForHttp, type EnvVars } from './lib/processes';

const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? (process.argv[onlyIndex + 1] ?? '').split(',') : undefined;
const DEFAULT_LAYERS = ['lint', 'unit', 'int', 'e2e', 'cluster'];
const wants = (layer: string) => (only ?? DEFAULT_LAYERS).includes(layer);
const filesIndex = process.argv.indexOf('--files');
const fileFilters = filesIndex > 0 ? (process.argv[filesIndex + 1] ?? '').split(',').filter(Boolean) : [];
const RESULTS = path.join(DATA_DIR, `test-results${process.env.REHABIT_TEST_SLOT ? `-${process.env.REHABIT_TEST_SLOT}` : ''}`);
const TEMPLATE = 'rehabit_template';
const bin = (name: string) => path.join(process.cwd(), 'node_modules/.bin', name);

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
let pgServer: RunningPostgres | undefined;

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

async function runVitest(projects: string[], env: EnvVars): Promise<number> {
  const out = path.join(RESULTS, 'vitest.json');
  fs.rmSync(out, { force: true });
  const code = await run(
    bin('vitest'),
    [
      'run',
      ...projects.flatMap((p) => ['--project', p]),
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${out}`,
      ...(fileFilters.length ? ['--passWithNoTests', ...fileFilters] : []),
    ],
    env,
  );
  const r = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number }>(out);
  if (r) {
    tally.passed += r.numPassedTests;
    tally.failed += r.numFailedTests;
    tally.skipped += r.numPendingTests;
  } else if (code !== 0) tally.failed += 1;
  return code;
}

async function ensureBuild(env: EnvVars): Promise<void> {
  if (buildIsCurrent()) {
    console.log('Reusing the production build (sources unchanged).');
    return;
  }
  await preservingTsconfig(() => runOrFail('next build', bin('next'), ['build'], { ...env, NODE_ENV: 'production' }));
  markBuilt();
}

/** A fresh copy of the migrated template with the demo seed; answers its URL (straight to Postgres). */
async function seededDatabase(pg: RunningPostgres, name: string, env: EnvVars): Promise<string> {
  const admin = new (await import('pg')).default.Client({ connectionString: pg.url('postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`);
  await admin.end();
  await runOrFail(`${name} seed`, 'npx', ['tsx', 'prisma/seed.ts'], {
    ...env,
    DATABASE_URL: pg.url(name),
    NODE_ENV: 'development',
  });
  return pg.url(name);
}

function countPlaywright(out: string, code: number): void {
  const r = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(out);
  if (r) {
    tally.passed += r.stats.expected + r.stats.flaky;
    tally.failed += r.stats.unexpected;
    tally.skipped += r.stats.skipped;
  } else if (code !== 0) tally.failed += 1;
}

async function runE2e(pg: RunningPostgres, env: EnvVars): Promise<number> {
  await ensureBuild(env);
  const e2eUrl = await seededDatabase(pg, 'rehabit_e2e', env);
  // Playwright stands in for one load balancer in front of the app (TRUSTED_PROXY_HOPS=1), so a
  // spec can give its requests an address of their own with X-Forwarded-For.
  const appEnv = { ...env, DATABASE_URL: e2eUrl, NODE_ENV: 'production' as const, TRUSTED_PROXY_HOPS: '1' };
  startService('app', bin('tsx'), ['scripts/serve.ts', '-p', String(TEST_PORTS.app)], { env: appEnv, quiet: !process.env.DEBUG });
  await waitForHttp(`http://127.0.0.1:${TEST_PORTS.app}/api/health`, 60_000, (s) => s === 200);
  const out = path.join(RESULTS, 'playwright.json');
  const code = await run(bin('playwright'), ['test', ...(fileFilters.length ? ['--pass-with-no-tests', ...fileFilters] : [])], {
    ...appEnv,
    PLAYWRIGHT_JSON_OUTPUT_NAME: out,
  });
  countPlaywright(out, code);
  return code;
}

/** The cluster profile on its own seeded database, with this run's mail catcher and stripe-mock. */
async function runCluster(pg: RunningPostgres, env: EnvVars): Promise<number> {
  // `--files` naming other specs: no need to bring up five services for nothing.
  if (fileFilters.length && !fileFilters.some((f) => f.includes('cluster'))) return 0;
  await ensureBuild(env);
  const database = 'rehabit_cluster';
  await seededDatabase(pg, database, env);
  const cluster = await startCluster({
    dir: path.join(DATA_DIR, `cluster-test${TEST_SLOT ? `-${TEST_SLOT}` : ''}`),
    ports: CLUSTER_TEST_PORTS,
    postgres: { port: pg.port, database },
    appEnv: env,
    quiet: true,
  });
  try {
    const out = path.join(RESULTS, 'playwright-cluster.json');
    const code = await run(
      bin('playwright'),
      ['test', '-c', 'playwright.cluster.config.ts', ...(fileFilters.length ? ['--pass-with-no-tests', ...fileFilters] : [])],
      {
        ...env,
        E2E_BASE_URL: cluster.state.publicUrl,
        NEXTAUTH_URL: cluster.state.publicUrl,
        DATABASE_URL: cluster.state.databaseUrl,
        REHABIT_CLUSTER_STATE: cluster.stateFile,
        PLAYWRIGHT_JSON_OUTPUT_NAME: out,
      },
    );
    countPlaywright(out, code);
    return code;
  } finally {
    await cluster.stop();
  }
}

/** Each check counts as one test: a finding fails the suite like a failing test. */
async function runLint(): Promise<number> {
  let failed = 0;
  for (const script of ['lint', 'format:check']) {
    const code = await run('npm', ['run', '--silent', script], {});
    if (code === 0) tally.passed += 1;
    else {
      tally.failed += 1;
      failed += 1;
      console.error(`npm run ${script} failed`);
    }
  }
  return failed ? 1 : 0;
}

const summary = (t0: number) => {
  console.log(`\nAll layers finished in ${Math.round((Date.now() - t0) / 1000)} s.`);
  console.log(`tests: ${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`);
};

async function main(): Promise<number> {
  const t0 = Date.now();
  fs.mkdirSync(RESULTS, { recursive: true });
  const lintCode = wants('lint') ? await runLint() : 0;
  if (only && only.every((layer) => layer === 'lint')) {
    summary(t0);
    return lintCode;
  }
  if (wants('e2e') || wants('int') || wants('cluster')) await ensureSystemDeps();
  const pg = await startPostgres({
    dir: path.join(DATA_DIR, TEST_DATA_DIR),
    port: TEST_PORTS.postgres,
    fresh: true,
    ephemeral: true,
  });
  pgServer = pg;
  try {
    await pg.ensureDatabase(TEMPLATE);
    await runOrFail('Migrations', 'npx', ['tsx', 'scripts/migrate.ts', 'deploy'], { DATABASE_URL: pg.url(TEMPLATE) });
    await startMailCatcher(TEST_PORTS.smtp, TEST_PORTS.mailWeb);
    if (!(await ensureNativeServices())) throw new Error(`npm test needs the real servers. ${NO_GO_HINT}`);
    const [stripe, livekit] = await Promise.all([
      startStripeMock(TEST_PORTS.stripe),
      startLivekit(
        { http: TEST_PORTS.livekit, rtcTcp: TEST_PORTS.livekitTcp, udpStart: TEST_PORTS.livekitUdp },
        `http://127.0.0.1:${TEST_PORTS.app}/api/webhooks/livekit`,
      ),
    ]);
    if (!stripe || !livekit) throw new Error(`stripe-mock and livekit-server did not start. ${NO_GO_HINT}`);
    const env: EnvVars = {
      NEXT_TELEMETRY_DISABLED: '1',
      TZ: 'UTC',
      TEST_PG_ADMIN_URL: pg.url('postgres'),
      TEST_PG_TEMPLATE: TEMPLATE,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(TEST_PORTS.smtp),
      MAILDEV_API: `http://127.0.0.1:${TEST_PORTS.mailWeb}`,
      NEXTAUTH_URL: `http://localhost:${TEST_PORTS.app}`,
      NEXTAUTH_SECRET: 'rehabit-test-secret-0123456789abcdef0123456789',
      E2E_BASE_URL: `http://localhost:${TEST_PORTS.app}`,
      ...stripeMockEnv(TEST_PORTS.stripe),
      ...livekitEnv(TEST_PORTS.livekit),
    };
    const codes: number[] = [lintCode];
    const projects = [...(wants('unit') ? ['unit', 'component'] : []), ...(wants('int') ? ['int'] : [])];
    if (projects.length) codes.push(await runVitest(projects, env));
    if (wants('e2e')) codes.push(await runE2e(pg, env));
    if (wants('cluster')) codes.push(await runCluster(pg, env));
    summary(t0);
    return codes.some((c) => c !== 0) || tally.failed > 0 ? 1 : 0;
  } finally {
    await stopAllServices();
    await pg.stop().catch(() => {});
  }
}

let exiting = false;
const abort = () => {
  if (exiting) return;
  exiting = true;
  void stopAllServices()
    .then(() => pgServer?.stop())
    .finally(() => process.exit(130));
};
process.on('SIGINT', abort);
process.on('SIGTERM', abort);
main().then(
  (code) => process.exit(code),
  async (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    await stopAllServices();
    await pgServer?.stop().catch(() => {});
    process.exit(1);
  },
);
