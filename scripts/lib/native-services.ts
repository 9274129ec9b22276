// livekit-server and stripe-mock are Go programs built once by scripts/build-native.sh into a
// cache outside the clone (so a fresh clone on the same machine reuses them). When they are not
// built, everything else still runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  DEV_LIVEKIT_API_KEY,
  DEV_LIVEKIT_API_SECRET,
  DEV_STRIPE_SECRET_KEY,
  DEV_STRIPE_WEBHOOK_SECRET,
} from '../../lib/dev-secrets';
import { run, startService, waitForHttp, type EnvVars, type Service } from './processes';

export const NATIVE_BIN_DIR = process.env.REHABIT_BIN_DIR ?? path.join(os.homedir(), '.cache/rehabit/bin');
export const nativeBinary = (name: 'server' | 'stripe-mock') => path.join(NATIVE_BIN_DIR, name);

/**
 * How often livekit-server may ask a publisher for a key frame, per simulcast layer (its defaults:
 * 500 ms / 1 s / 1 s). A patient let in from the waiting room subscribes to the therapist's video
 * and waits for the next key frame; with the defaults about half of those joins waited an extra
 * ~1 s (bench:video (b)). Our rooms hold two people, so a storm of requests cannot build up
 * (decision 035, update "Key frames"). docker/livekit.yaml says the same (checked by
 * scripts/docker-compose.int.test.ts).
 */
export const LIVEKIT_PLI_THROTTLE = { low_quality: '100ms', mid_quality: '200ms', high_quality: '200ms' } as const;

export const LIVEKIT_KEY = DEV_LIVEKIT_API_KEY;
export const LIVEKIT_SECRET = DEV_LIVEKIT_API_SECRET;
export const STRIPE_LOCAL_KEY = DEV_STRIPE_SECRET_KEY;
export const STRIPE_LOCAL_WEBHOOK_SECRET = DEV_STRIPE_WEBHOOK_SECRET;

/** What to do when they cannot be built: one line, printed by `npm start` and failed on by `npm test`. */
export const NO_GO_HINT =
  'Video visits and test payments need livekit-server and stripe-mock, which are built with Go: ' +
  'install Go (1.24 or later, e.g. `apt-get install golang-go` or into /usr/local/go) and start again, ' +
  'or point LIVEKIT_URL/LIVEKIT_API_KEY/LIVEKIT_API_SECRET at a LiveKit server.';

const nativeBuilt = () => fs.existsSync(nativeBinary('server')) && fs.existsSync(nativeBinary('stripe-mock'));

function goAvailable(): boolean {
  if (fs.existsSync('/usr/local/go/bin/go')) return true;
  return (process.env.PATH ?? '').split(':').some((dir) => dir && fs.existsSync(path.join(dir, 'go')));
}

/**
 * Builds the Go services when they are missing (about 3 minutes on 2 cores, once: the binaries are
 * cached outside the clone). Answers whether they are there now; without Go they are not.
 */
export async function ensureNativeServices(): Promise<boolean> {
  if (nativeBuilt()) return true;
  if (!goAvailable()) return false;
  const t0 = Date.now();
  console.log(
    `Building the video server (livekit-server) and the Stripe mock with Go: about 3 minutes, once (cached in ${NATIVE_BIN_DIR})…`,
  );
  await run('bash', [path.join(process.cwd(), 'scripts/build-native.sh')]);
  const ok = nativeBuilt();
  console.log(ok ? `✓ Built in ${Math.round((Date.now() - t0) / 1000)} s` : '✗ The Go build failed (see above).');
  return ok;
}

export async function startStripeMock(port: number): Promise<Service | null> {
  if (!fs.existsSync(nativeBinary('stripe-mock'))) return null;
  const service = startService(
    'stripe-mock',
    nativeBinary('stripe-mock'),
    // It also serves HTTPS, on 12112 unless told: let the system pick, so two instances can coexist.
    ['-http-addr', `127.0.0.1:${port}`, '-https-addr', '127.0.0.1:'],
    { quiet: true },
  );
  await waitForHttp(`http://127.0.0.1:${port}/v1/customers`, 90_000, () => true);
  return service;
}

/** App settings that point the Stripe SDK at a local stripe-mock. */
export function stripeMockEnv(port: number): EnvVars {
  return {
    STRIPE_SECRET_KEY: STRIPE_LOCAL_KEY,
    STRIPE_WEBHOOK_SECRET: STRIPE_LOCAL_WEBHOOK_SECRET,
    STRIPE_API_HOST: '127.0.0.1',
    STRIPE_API_PORT: String(port),
    STRIPE_API_PROTOCOL: 'http',
    PAYMENTS_LOCAL_CHECKOUT: 'true',
  };
}

export interface LivekitPorts {
  http: number;
  rtcTcp: number;
  udpStart: number;
}

/**
 * One livekit-server. With `redis` it is a node of a cluster: the nodes share rooms through that
 * Redis (a participant may signal through any node; the room runs on one of them).
 */
export async function startLivekit(
  ports: LivekitPorts,
  webhookUrl: string,
  opts: { name?: string; redis?: string } = {},
): Promise<Service | null> {
  if (!fs.existsSync(nativeBinary('server'))) return null;
  const config = [
    `port: ${ports.http}`,
    'bind_addresses: ["127.0.0.1"]',
    `rtc: { tcp_port: ${ports.rtcTcp}, port_range_start: ${ports.udpStart}, port_range_end: ${ports.udpStart + 100}, use_external_ip: false, node_ip: 127.0.0.1, pli_throttle: ${JSON.stringify(LIVEKIT_PLI_THROTTLE)} }`,
    `keys: { ${LIVEKIT_KEY}: ${LIVEKIT_SECRET} }`,
    `webhook: { api_key: ${LIVEKIT_KEY}, urls: ["${webhookUrl}"] }`,
    ...(opts.redis ? [`redis: { address: "${opts.redis}" }`] : []),
  ].join('\n');
  const service = startService(opts.name ?? 'livekit', nativeBinary('server'), ['--config-body', config], {
    quiet: !process.env.DEBUG,
  });
  await waitForHttp(`http://127.0.0.1:${ports.http}/`, 90_000, () => true);
  return service;
}

export function livekitEnv(port: number): EnvVars {
  return { LIVEKIT_URL: `ws://127.0.0.1:${port}`, LIVEKIT_API_KEY: LIVEKIT_KEY, LIVEKIT_API_SECRET: LIVEKIT_SECRET };
}
