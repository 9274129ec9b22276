// `npm start` (production build) and `npm run dev` (hot reload): embedded Postgres, migrations,
// demo seed on an empty database, mail catcher, LiveKit and stripe-mock when built, then Next.
// Ctrl-C stops everything this started.
import path from 'node:path';
import { ConfigError, parseEnv } from '../lib/env';
import { DATA_DIR, DEV_PORTS, databaseUrl } from './lib/config';
import { startPostgres, type RunningPostgres } from './lib/postgres';
import { startMailCatcher } from './lib/mail';
import {
  ensureNativeServices,
  livekitEnv,
  NO_GO_HINT,
  startLivekit,
  startStripeMock,
  stripeMockEnv,
} from './lib/native-services';
import { buildIsCurrent, markBuilt } from './lib/build-cache';
import { localAuthSecret } from './lib/secret';
import { runOrFail, startService, stopAllServices, waitForHttp, type EnvVars } from './lib/processes';

const dev = process.argv.includes('--dev');
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
let pg: RunningPostgres | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    console.log('\nStopping Rehabit…');
    await stopAllServices();
    await pg?.stop().catch(() => {});
  }
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

async function main(): Promise<void> {
  const external = Boolean(process.env.DATABASE_URL);
  const appEnv: EnvVars = {
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: process.env.DATABASE_URL ?? databaseUrl(DEV_PORTS.postgres, 'rehabit'),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${DEV_PORTS.app}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localAuthSecret(),
    SMTP_PORT: String(DEV_PORTS.smtp),
  };
  // Fail fast, with the variable's name, before starting anything.
  parseEnv({ ...process.env, ...appEnv, NODE_ENV: dev ? 'development' : 'production' });

  if (!external) {
    pg = await startPostgres({ dir: path.join(DATA_DIR, 'pg'), port: DEV_PORTS.postgres });
    await pg.ensureDatabase('rehabit');
    console.log(`✓ PostgreSQL on 127.0.0.1:${DEV_PORTS.postgres} (${elapsed()})`);
  }
  await runOrFail('Migrations', 'npx', ['tsx', 'scripts/migrate.ts', 'deploy'], appEnv);
  await runOrFail('Demo seed', 'npx', ['tsx', 'prisma/seed.ts', '--if-empty'], { ...appEnv, NODE_ENV: 'development' });
  await startMailCatcher(DEV_PORTS.smtp, DEV_PORTS.mailWeb);
  console.log(`✓ Mail catcher: SMTP 127.0.0.1:${DEV_PORTS.smtp}, inbox http://127.0.0.1:${DEV_PORTS.mailWeb} (${elapsed()})`);
  const native = process.env.STRIPE_SECRET_KEY && process.env.LIVEKIT_URL ? true : await ensureNativeServices();
  if (!native) console.log(`· ${NO_GO_HINT}`);
  const [stripe, livekit] = await Promise.all([
    process.env.STRIPE_SECRET_KEY ? null : startStripeMock(DEV_PORTS.stripe),
    process.env.LIVEKIT_URL
      ? null
      : startLivekit(
          { http: DEV_PORTS.livekit, rtcTcp: DEV_PORTS.livekitTcp, udpStart: DEV_PORTS.livekitUdp },
          `http://127.0.0.1:${DEV_PORTS.app}/api/webhooks/livekit`,
        ),
  ]);
  if (stripe) Object.assign(appEnv, stripeMockEnv(DEV_PORTS.stripe));
  if (livekit) Object.assign(appEnv, livekitEnv(DEV_PORTS.livekit));
  console.log(
    stripe
      ? `✓ stripe-mock on 127.0.0.1:${DEV_PORTS.stripe} (local test-payment page on)`
      : process.env.STRIPE_SECRET_KEY
        ? '✓ Stripe from STRIPE_SECRET_KEY'
        : '· stripe-mock not built: online payment is off',
  );
  console.log(
    livekit
      ? `✓ LiveKit on ws://127.0.0.1:${DEV_PORTS.livekit}`
      : process.env.LIVEKIT_URL
        ? `✓ LiveKit at ${process.env.LIVEKIT_URL}`
        : '· livekit-server not built: video visits are off',
  );

  const next = path.join(process.cwd(), 'node_modules/.bin/next');
  if (!dev && !buildIsCurrent()) {
    console.log('Building the app (only when sources changed)…');
    await runOrFail('next build', next, ['build'], appEnv);
    markBuilt();
  }
  // Production runs through scripts/serve.ts, which gives the app the client's real address.
  const app = dev
    ? startService('app', next, ['dev', '-p', String(DEV_PORTS.app)], { env: { ...appEnv, NODE_ENV: 'development' } })
    : startService('app', path.join(process.cwd(), 'node_modules/.bin/tsx'), ['scripts/serve.ts', '-p', String(DEV_PORTS.app)], {
        env: { ...appEnv, NODE_ENV: 'production' },
      });
  void app.exited.then((code) => {
    if (!stopping) void shutdown(code);
  });
  await waitForHttp(`http://127.0.0.1:${DEV_PORTS.app}/api/health`, 120_000, (s) => s === 200);
  console.log(
    `\n✓ Rehabit is ready at ${appEnv.NEXTAUTH_URL} (${elapsed()}). Sign in as admin@rehabit.test / rehabit-demo. Ctrl-C stops it.`,
  );
}

main().catch(async (err: unknown) => {
  console.error(
    err instanceof ConfigError ? err.message : `Could not start: ${err instanceof Error ? err.message : String(err)}`,
  );
  await shutdown(1);
});
