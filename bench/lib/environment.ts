// A throw-away production setup for benchmarks: its own embedded Postgres, mail catcher and
// `next start`, on ports that collide with neither `npm start` nor `npm test`. Everything it
// starts is stopped when the benchmark ends, fails, or is interrupted (Ctrl-C).
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../lib/generated/prisma/client.ts';
import { DATA_DIR } from '../../scripts/lib/config';
import { startPostgres, type RunningPostgres } from '../../scripts/lib/postgres';
import { startMailCatcher } from '../../scripts/lib/mail';
import { livekitEnv, nativeBinary, startLivekit } from '../../scripts/lib/native-services';
import { buildIsCurrent, markBuilt, preservingTsconfig } from '../../scripts/lib/build-cache';
import { sampleCpu, type CpuSample } from './cpu';
import { run, runOrFail, startService, stopAllServices, waitForHttp, type EnvVars } from '../../scripts/lib/processes';

const DEFAULT_PORTS = { postgres: 54359, smtp: 1225, mailWeb: 1280, app: 3200 };
type Ports = typeof DEFAULT_PORTS;
const DATABASE = 'rehabit_bench';
/** The app's NEXTAUTH_SECRET in benches, so a bench can mint the session cookie sign-in would set. */
export const BENCH_NEXTAUTH_SECRET = 'rehabit-bench-secret-0123456789abcdef0123456789';

export interface BenchEnvironment {
  baseUrl: string;
  databaseUrl: string;
  pg: RunningPostgres;
  /** A Prisma client for the bench's own data setup (not the app's). */
  client: PrismaClient;
  /** CPU ms used so far by the app and by Postgres (compare two samples). */
  cpu(): CpuSample | null;
  /** Set when the bench asked for a LiveKit server (runBench(…, { livekit: true })). */
  livekitUrl?: string;
}

export interface BenchOptions {
  /** Also start livekit-server on loopback (webhook pointed at the app) and give the app its LIVEKIT_*. */
  livekit?: boolean;
}

/**
 * `BENCH_PROFILE=1 npm run bench:…`: the app runs under `--cpu-prof` (profiles in
 * .data/bench-profile/) and Postgres with pg_stat_statements, which statementsReport() reads.
 */
export const PROFILE = process.env.BENCH_PROFILE === '1';
const PROFILE_DIR = path.resolve(DATA_DIR, 'bench-profile');

const LIVEKIT_PORTS = { http: 7980, rtcTcp: 7981, udpStart: 54000 };

let pgServer: RunningPostgres | undefined;
let client: PrismaClient | undefined;
let stopping: Promise<void> | undefined;

function stopEverything(): Promise<void> {
  stopping ??= (async () => {
    await client?.$disconnect().catch(() => {});
    await stopAllServices();
    await pgServer?.stop().catch(() => {});
  })();
  return stopping;
}

async function ensureBuild(env: EnvVars): Promise<void> {
  // Others build this checkout too, and `next build` refuses to run beside another one: wait and
  // try again (their build may even leave one that is current). A compile error fails 3 times.
  for (let attempt = 1; ; attempt++) {
    if (buildIsCurrent()) {
      console.log('Reusing the production build (sources unchanged).');
      return;
    }
    const code = await preservingTsconfig(() =>
      run(path.join(process.cwd(), 'node_modules/.bin/next'), ['build'], { ...env, NODE_ENV: 'production' }),
    );
    if (code === 0) {
      markBuilt();
      return;
    }
    if (attempt === 3) throw new Error(`next build failed (exit ${code}) three times`);
    console.log(`next build failed (exit ${code}); retrying in 20 s (another build may be running in this checkout)…`);
    await new Promise((r) => setTimeout(r, 20_000));
  }
}

function canListen(port: number, host?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/**
 * The default ports, or the next free ones: something else listening there (a dev server, another
 * bench) would otherwise answer our requests, and the figures would be about the wrong app.
 */
async function freePorts(): Promise<Ports> {
  const ports = { ...DEFAULT_PORTS };
  const taken = new Set<number>();
  for (const key of Object.keys(ports) as (keyof Ports)[]) {
    let port = ports[key];
    while (taken.has(port) || !(await canListen(port, '127.0.0.1')) || !(await canListen(port))) {
      if (++port > DEFAULT_PORTS[key] + 20) throw new Error(`no free port near ${DEFAULT_PORTS[key]} for ${key}`);
    }
    if (port !== DEFAULT_PORTS[key]) console.log(`Port ${DEFAULT_PORTS[key]} (${key}) is in use; using ${port}.`);
    ports[key] = port;
    taken.add(port);
  }
  return ports;
}

async function startEnvironment(options: BenchOptions): Promise<BenchEnvironment> {
  const common: EnvVars = { NEXT_TELEMETRY_DISABLED: '1', TZ: 'UTC' };
  // Build first: when the sources do not compile, fail before starting anything.
  await ensureBuild(common);
  const t0 = Date.now();
  const ports = await freePorts();
  const baseUrl = `http://localhost:${ports.app}`;
  const pgDir = path.join(DATA_DIR, 'bench-pg');
  pgServer = await startPostgres({
    dir: pgDir,
    port: ports.postgres,
    fresh: true,
    ephemeral: true,
    settings: PROFILE ? ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track=all'] : [],
  });
  await pgServer.ensureDatabase(DATABASE);
  const databaseUrl = pgServer.url(DATABASE);
  await runOrFail('Migrations', 'npx', ['tsx', 'scripts/migrate.ts', 'deploy'], { DATABASE_URL: databaseUrl });
  await startMailCatcher(ports.smtp, ports.mailWeb);
  if (options.livekit) {
    // Fixed ports: a second video bench on one machine is not a case worth the bookkeeping.
    if (!(await startLivekit(LIVEKIT_PORTS, `http://127.0.0.1:${ports.app}/api/webhooks/livekit`))) {
      throw new Error(`livekit-server is not built (${nativeBinary('server')}): run bash scripts/build-native.sh (needs Go)`);
    }
  }
  // BENCH_PROFILE=1: a V8 CPU profile of the app, written when it exits (open in Chrome DevTools).
  // Node refuses --cpu-prof in NODE_OPTIONS, so it goes on the command line.
  const next = path.join(process.cwd(), 'node_modules/next/dist/bin/next');
  const [command, args] = PROFILE
    ? [process.execPath, ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`, next, 'start', '-p', String(ports.app)]]
    : [path.join(process.cwd(), 'node_modules/.bin/next'), ['start', '-p', String(ports.app)]];
  const app = startService('app', command, args, {
    env: {
      ...common,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: BENCH_NEXTAUTH_SECRET,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(ports.smtp),
      LOG_LEVEL: 'warn',
      ...(options.livekit ? livekitEnv(LIVEKIT_PORTS.http) : {}),
    },
    // The app's warnings and errors (e.g. a 500's reference id) are worth seeing beside the figures.
    quiet: false,
  });
  await Promise.race([
    waitForHttp(`${baseUrl}/api/health`, 60_000, (s) => s === 200),
    app.exited.then((code) => {
      throw new Error(`next start exited (code ${code}) before it answered`);
    }),
  ]);
  client = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  if (PROFILE) await client.$executeRawUnsafe('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  console.log(`Bench environment up in ${((Date.now() - t0) / 1000).toFixed(1)} s (app ${baseUrl}, db ${databaseUrl}).`);
  const cpu = () => sampleCpu(app.child.pid!, pgDir);
  return {
    baseUrl,
    databaseUrl,
    pg: pgServer,
    client,
    cpu,
    livekitUrl: options.livekit ? `ws://127.0.0.1:${LIVEKIT_PORTS.http}` : undefined,
  };
}

/** Starts the environment, runs the benchmark, stops everything and exits (0 unless it threw). */
export function runBench(name: string, bench: (env: BenchEnvironment) => Promise<void>, options: BenchOptions = {}): void {
  const abort = () => {
    void stopEverything().finally(() => process.exit(130));
  };
  process.on('SIGINT', abort);
  process.on('SIGTERM', abort);
  startEnvironment(options)
    .then(bench)
    .then(async () => {
      // Other work on the machine skews every figure above; say how busy it was.
      const [one, five] = os.loadavg().map((n) => n.toFixed(1));
      console.log(`\nmachine: ${os.cpus().length} CPUs, load average ${one} (1 min) / ${five} (5 min) at the end`);
      await stopEverything();
      process.exit(0);
    })
    .catch(async (err: unknown) => {
      console.error(`${name} failed:`, err instanceof Error ? (err.stack ?? err.message) : err);
      await stopEverything();
      process.exit(1);
    });
}
