// Where the local services live. `npm start` and `npm test` use different ports and data folders,
// so a test run never touches (or collides with) a running development instance.
import path from 'node:path';

export const ROOT_DIR = process.cwd();
export const DATA_DIR = path.join(ROOT_DIR, '.data');

export interface ServicePorts {
  postgres: number;
  smtp: number;
  mailWeb: number;
  app: number;
  stripe: number;
  livekit: number;
  livekitTcp: number;
  livekitUdp: number;
}

export const DEV_PORTS: ServicePorts = {
  postgres: Number(process.env.REHABIT_PG_PORT ?? 54329),
  smtp: Number(process.env.SMTP_PORT ?? 1025),
  mailWeb: Number(process.env.MAILDEV_WEB_PORT ?? 1080),
  app: Number(process.env.PORT ?? 3000),
  stripe: 12111,
  livekit: 7880,
  livekitTcp: 7881,
  livekitUdp: 50000,
};

// REHABIT_TEST_SLOT=N (0–9) shifts every test port and data folder, so two test runs can share a
// machine (e.g. two checkouts, or CI beside a developer's run).
export const TEST_SLOT = Number(process.env.REHABIT_TEST_SLOT ?? 0);
const shift = TEST_SLOT * 2;
export const TEST_PORTS: ServicePorts = {
  postgres: 54339 + shift,
  smtp: 1125 + shift,
  mailWeb: 1180 + shift,
  app: 3100 + shift,
  stripe: 12121 + shift,
  livekit: 7890 + shift,
  livekitTcp: 7891 + shift,
  livekitUdp: 51000 + TEST_SLOT * 200,
};
export const TEST_DATA_DIR = `test-pg${TEST_SLOT ? `-${TEST_SLOT}` : ''}`;
if (TEST_SLOT && !process.env.REHABIT_NEXT_DIR) process.env.REHABIT_NEXT_DIR = `.next-slot-${TEST_SLOT}`;

export const PG_USER = 'postgres';
export const PG_PASSWORD = 'postgres';

export function databaseUrl(port: number, database: string): string {
  return `postgresql://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${port}/${database}`;
}

export function devDatabaseUrl(): string {
  return databaseUrl(DEV_PORTS.postgres, 'rehabit');
}

/** The cluster profile (scripts/start-cluster.ts, the `cluster` test layer): one public port, the rest behind it. */
export interface ClusterPorts {
  /** HAProxy: the only port a browser uses. */
  public: number;
  appNodes: [number, number];
  pgbouncer: number;
  redis: number;
  livekitNodes: [{ http: number; rtcTcp: number; udpStart: number }, { http: number; rtcTcp: number; udpStart: number }];
}

function clusterPorts(base: number, udpBase: number): ClusterPorts {
  return {
    public: base,
    appNodes: [base + 1, base + 2],
    pgbouncer: base + 3,
    redis: base + 4,
    livekitNodes: [
      { http: base + 5, rtcTcp: base + 6, udpStart: udpBase },
      { http: base + 7, rtcTcp: base + 8, udpStart: udpBase + 100 },
    ],
  };
}

/** `npm run start:cluster`: public http://localhost:8080 (Postgres, mail and stripe-mock on the `npm start` ports). */
export const CLUSTER_DEV_PORTS = clusterPorts(8080, 50200);
/** The `cluster` test layer, shifted by REHABIT_TEST_SLOT like every test port. */
export const CLUSTER_TEST_PORTS = clusterPorts(23000 + TEST_SLOT * 20, 40000 + TEST_SLOT * 200);
