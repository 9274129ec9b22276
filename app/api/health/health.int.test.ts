// Health against a Postgres this test owns, so it can stop it and watch the answer change.
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type RunningPostgres } from '@/scripts/lib/postgres';
import { call } from '@/tests/support/http';
import { GET } from './route';

let server: RunningPostgres;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net
      .createServer()
      .listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      })
      .on('error', reject);
  });
}

beforeAll(async () => {
  server = await startPostgres({
    dir: path.join(os.tmpdir(), `rehabit-health-${process.pid}`),
    port: await freePort(),
    fresh: true,
    ephemeral: true,
  });
  process.env.DATABASE_URL = server.url('postgres');
}, 60_000);

afterAll(async () => {
  await server?.stop().catch(() => {});
});

describe('GET /api/health', () => {
  it('is 200 ok while the database answers, 503 with the error shape once it stops', async () => {
    // The first answer opens the pool's first connection, which can take longer than the health
    // check's 2 s budget on a busy machine (503 is then the right answer): ask until it is warm.
    await expect.poll(async () => (await call(GET, { path: '/api/health' })).status, { timeout: 30_000 }).toBe(200);
    const up = await call(GET, { path: '/api/health' });
    expect(up.status).toBe(200);
    expect(up.body).toEqual({ status: 'ok' });

    await server.stop();
    const down = await call(GET, { path: '/api/health' });
    expect(down.status).toBe(503);
    expect(down.body.error.code).toBe('UNAVAILABLE');
  });
});
