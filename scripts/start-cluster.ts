// `npm run start:cluster`: the app as a network of clinics would run it when one machine is not
// enough, on this machine (scripts/lib/cluster.ts; docs/decisions/021-running-at-scale.md).
// The same embedded Postgres, demo seed, mail catcher and stripe-mock as `npm start` (so stop that
// one first), then PgBouncer, Redis, two LiveKit nodes, two app nodes and HAProxy on
// http://localhost:8080. Ctrl-C stops everything it started.
import path from 'node:path';
import { CLUSTER_DEV_PORTS, DATA_DIR, DEV_PORTS, databaseUrl } from './lib/config';
import { startCluster } from './lib/cluster';
import { startPostgres, type RunningPostgres } from './lib/postgres';
import { startMailCatcher } from './lib/mail';
import { ensureNativeServices, NO_GO_HINT, startStripeMock, stripeMockEnv } from './lib/native-services';
import { buildIsCurrent, markBuilt } from './lib/build-cache';
import { localAuthSecret } from './lib/secret';
import { runOrFail, stopAllServices, type EnvVars } from './lib/processes';

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
const DATABASE = 'rehabit';
let pg: RunningPostgres | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    console.log('\nStopping the Rehabit cluster…');
    await stopAllServices();
    await pg?.stop().catch(() => {});
  }
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

async function main(): Promise<void> {
  pg = await startPostgres({ dir: path.join(DATA_DIR, 'pg'), port: DEV_PORTS.postgres });
  await pg.ensureDatabase(DATABASE);
  const direct = databaseUrl(DEV_PORTS.postgres, DATABASE);
  console.log(`✓ PostgreSQL on 127.0.0.1:${DEV_PORTS.postgres} (${elapsed()})`);
  // Straight to Postgres, not through PgBouncer: the migration engine holds a session lock.
  await runOrFail('Migrations', 'npx', ['tsx', 'scripts/migrate.ts', 'deploy'], { DATABASE_URL: direct });
  await runOrFail('Demo seed', 'npx', ['tsx', 'prisma/seed.ts', '--if-empty'], { DATABASE_URL: direct, NODE_ENV: 'development' });
  await startMailCatcher(DEV_PORTS.smtp, DEV_PORTS.mailWeb);
  if (!(await ensureNativeServices())) throw new Error(`The cluster needs livekit-server and stripe-mock. ${NO_GO_HINT}`);
  if (!(await startStripeMock(DEV_PORTS.stripe))) throw new Error('stripe-mock did not start');
  const appEnv: EnvVars = {
    NEXT_TELEMETRY_DISABLED: '1',
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localAuthSecret(),
    SMTP_PORT: String(DEV_PORTS.smtp),
    ...stripeMockEnv(DEV_PORTS.stripe),
  };
  if (!buildIsCurrent()) {
    console.log('Building the app (only when sources changed)…');
    await runOrFail('next build', path.join(process.cwd(), 'node_modules/.bin/next'), ['build'], {
      ...appEnv,
      NODE_ENV: 'production',
    });
    markBuilt();
  }
  const cluster = await startCluster({
    dir: path.join(DATA_DIR, 'cluster'),
    ports: CLUSTER_DEV_PORTS,
    postgres: { port: DEV_PORTS.postgres, database: DATABASE },
    appEnv,
  });
  const { state } = cluster;
  console.log(
    [
      '',
      `✓ PgBouncer (transaction mode) on 127.0.0.1:${state.pgbouncer.port} → PostgreSQL ${DEV_PORTS.postgres}`,
      `✓ Redis on 127.0.0.1:${CLUSTER_DEV_PORTS.redis}; LiveKit nodes ${state.livekit.patientUrl} (patients) and ${state.livekit.staffUrl} (therapists)`,
      `✓ App nodes ${state.appNodes.map((n) => `${n.name} :${n.port} (pid ${n.pid})`).join(', ')}`,
      `✓ Mail catcher: inbox http://127.0.0.1:${DEV_PORTS.mailWeb}; stripe-mock on 127.0.0.1:${DEV_PORTS.stripe}`,
      `\n✓ The Rehabit cluster is ready at ${state.publicUrl} through HAProxy (${elapsed()}); state in ${cluster.stateFile}.`,
      '  Sign in as admin@rehabit.test / rehabit-demo. Ctrl-C stops it.',
    ].join('\n'),
  );
}

main().catch(async (err: unknown) => {
  console.error(`Could not start the cluster: ${err instanceof Error ? err.message : String(err)}`);
  await shutdown(1);
});
