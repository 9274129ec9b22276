// livekit-server and stripe-mock are Go programs built once by scripts/build-native.sh into a
// cache outside the clone (so a fresh clone on the same machine reuses them). When they are not
// built, everything else still runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startService, waitForHttp, type Service } from './processes';

export const NATIVE_BIN_DIR = process.env.REHABIT_BIN_DIR ?? path.join(os.homedir(), '.cache/rehabit/bin');
export const nativeBinary = (name: 'server' | 'stripe-mock') => path.join(NATIVE_BIN_DIR, name);

export async function startStripeMock(port: number): Promise<Service | null> {
  if (!fs.existsSync(nativeBinary('stripe-mock'))) return null;
  const service = startService('stripe-mock', nativeBinary('stripe-mock'), ['-http-addr', `127.0.0.1:${port}`], { quiet: true });
  await waitForHttp(`http://127.0.0.1:${port}/v1/customers`, 20_000, () => true);
  return service;
}

export async function startLivekit(port: number, webhookUrl: string): Promise<Service | null> {
  if (!fs.existsSync(nativeBinary('server'))) return null;
  const config = [
    `port: ${port}`,
    'bind_addresses: ["127.0.0.1"]',
    'rtc: { tcp_port: 7881, port_range_start: 50000, port_range_end: 50100, use_external_ip: false }',
    'keys: { devkey: secret }',
    `webhook: { api_key: devkey, urls: ["${webhookUrl}"] }`,
  ].join('\n');
  const service = startService('livekit', nativeBinary('server'), ['--config-body', config], { quiet: true });
  await waitForHttp(`http://127.0.0.1:${port}/`, 30_000, () => true);
  return service;
}
