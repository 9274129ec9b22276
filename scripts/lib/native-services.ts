// livekit-server and stripe-mock are Go programs built once by scripts/build-native.sh into a
// cache outside the clone (so a fresh clone on the same machine reuses them). When they are not
// built, everything else still runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEV_LIVEKIT_API_KEY, DEV_LIVEKIT_API_SECRET, DEV_STRIPE_SECRET_KEY, DEV_STRIPE_WEBHOOK_SECRET } from '../../lib/dev-secrets';
import { run, startService, waitForHttp, type EnvVars, type Service } from './processes';

export const NATIVE_BIN_DIR = process.env.REHABIT_BIN_DIR ?? path.join(os.homedir(), '.cache/rehabit/bin');
export const nativeBinary = (name: 'server' | 'stripe-mock') => path.join(NATIVE_BIN_DIR, name);

export const LIVEKIT_KEY = DEV_LIVEKIT_API_KEY;
export const LIVEKIT_SECRET = DEV_LIVEKIT_API_SECRET;
export const STRIPE_LOCAL_KEY = DEV_STRIPE_SECRET_KEY;
export const STRIPE_LOCAL_WEBHOOK_SECRET = DEV_STRIPE_WEBHOOK_SECRET;

/** Builds the Go services once (minutes the first time; then cached). No Go: they are skipped. */
export async function ensureNativeServices(): Promise<void> {
  if (fs.existsSync(nativeBinary('server')) && fs.existsSync(nativeBinary('stripe-mock'))) return;
  await run('bash', [path.join(process.cwd(), 'scripts/build-native.sh')]);
}

export async function startStripeMock(port: number): Promise<Service | null> {
  if (!fs.existsSync(nativeBinary('stripe-mock'))) return null;
  const service = startService('stripe-mock', nativeBinary('stripe-mock'),
    // It also serves HTTPS, on 12112 unless told: let the system pick, so two instances can coexist.
    ['-http-addr', `127.0.0.1:${port}`, '-https-addr', '127.0.0.1:'], { quiet: true });
  await waitForHttp(`http://127.0.0.1:${port}/v1/customers`, 90_000, () => true);
  return service;
}

/** App settings that point the Stripe SDK at a local stripe-mock. */
export function stripeMockEnv(port: number): EnvVars {
  return {
    STRIPE_SECRET_KEY: STRIPE_LOCAL_KEY, STRIPE_WEBHOOK_SECRET: STRIPE_LOCAL_WEBHOOK_SECRET,
    STRIPE_API_HOST: '127.0.0.1', STRIPE_API_PORT: String(port), STRIPE_API_PROTOCOL: 'http', PAYMENTS_LOCAL_CHECKOUT: 'true',
  };
}

export interface LivekitPorts { http: number; rtcTcp: number; udpStart: number }

export async function startLivekit(ports: LivekitPorts, webhookUrl: string): Promise<Service | null> {
  if (!fs.existsSync(nativeBinary('server'))) return null;
  const config = [
    `port: ${ports.http}`,
    'bind_addresses: ["127.0.0.1"]',
    `rtc: { tcp_port: ${ports.rtcTcp}, port_range_start: ${ports.udpStart}, port_range_end: ${ports.udpStart + 100}, use_external_ip: false, node_ip: 127.0.0.1 }`,
    `keys: { ${LIVEKIT_KEY}: ${LIVEKIT_SECRET} }`,
    `webhook: { api_key: ${LIVEKIT_KEY}, urls: ["${webhookUrl}"] }`,
  ].join('\n');
  const service = startService('livekit', nativeBinary('server'), ['--config-body', config], { quiet: !process.env.DEBUG });
  await waitForHttp(`http://127.0.0.1:${ports.http}/`, 90_000, () => true);
  return service;
}

export function livekitEnv(port: number): EnvVars {
  return { LIVEKIT_URL: `ws://127.0.0.1:${port}`, LIVEKIT_API_KEY: LIVEKIT_KEY, LIVEKIT_API_SECRET: LIVEKIT_SECRET };
}
