// An exhausted connection pool is overload, not a bug: the caller gets 503 BUSY with Retry-After
// (and nothing is written), never a 500. This file runs the app with a one-connection pool and a
// short wait, then holds that one connection so every request has to wait past the limit.
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  // Read once, on the first db() call in this file's process, before anything below runs.
  process.env.DATABASE_POOL_MAX = '1';
  process.env.DATABASE_POOL_TIMEOUT_MS = '3000'; // generous: opening a connection on a busy machine takes a while
});

import { db } from '@/lib/db';
import { toAppError } from '@/lib/http-errors';
import { withTransaction } from '@/lib/transaction';
import { call } from '@/tests/support/http';
import { at, buildClinic, patientWithIntake, weekdayAhead } from '@/tests/support/scheduling';
import { POST as book } from '@/app/api/appointments/route';

let w: Awaited<ReturnType<typeof buildClinic>>;
beforeAll(async () => {
  w = await buildClinic();
});

/** Keeps the pool's only connection busy until the returned function is called. */
async function occupyTheOnlyConnection(): Promise<() => Promise<void>> {
  let release!: () => void;
  const released = new Promise<void>((r) => {
    release = r;
  });
  let started!: () => void;
  const isStarted = new Promise<void>((r) => {
    started = r;
  });
  const holding = db().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT 1`;
      started();
      await released;
    },
    { timeout: 60_000 },
  );
  await isStarted;
  return async () => {
    release();
    await holding;
  };
}

describe('an exhausted pool', () => {
  it('answers 503 BUSY with Retry-After to every caller while no connection frees up, and writes nothing', async () => {
    const start = at(weekdayAhead(2), '10:00');
    const patients = [];
    for (let i = 0; i < 5; i++) patients.push(await patientWithIntake()); // one at a time: the pool has one connection
    const free = await occupyTheOnlyConnection();
    const results = await Promise.all(
      patients.map((p, i) =>
        call(book, {
          as: p,
          json: { visitTypeId: w.visitType.id, therapistId: w.therapist.id, start: start.toISOString() },
          headers: { 'idempotency-key': `busy-pool-${i}` },
        }),
      ),
    );
    await free();
    for (const r of results) {
      expect(r.status).toBe(503);
      expect(r.body.error.code).toBe('BUSY');
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(await db().appointment.count({ where: { therapistId: w.therapist.id, startsAt: start } })).toBe(0);
    // Once the burst is over the same request goes through.
    const retry = await call(book, {
      as: patients[0]!,
      json: { visitTypeId: w.visitType.id, therapistId: w.therapist.id, start: start.toISOString() },
      headers: { 'idempotency-key': 'busy-pool-0' },
    });
    expect(retry.status).toBe(201);
  });

  it('maps a transaction that could not start in time (Prisma P2028) to BUSY too', async () => {
    const free = await occupyTheOnlyConnection();
    const failure = await withTransaction(async (tx) => tx.$executeRaw`SELECT 1`).catch((err: unknown) => err);
    await free();
    const answer = toAppError(failure, 'test');
    expect(answer.code).toBe('BUSY');
    expect(answer.status).toBe(503);
    expect(answer.headers?.['Retry-After']).toBeDefined();
  });

  it('maps a transaction that ran past its time (queued behind a lock on a starved machine) to BUSY, and writes nothing', async () => {
    const key = `busy-expired-${Date.now()}`;
    const failure = await db()
      .$transaction(
        async (tx) => {
          await tx.rateLimitBucket.create({ data: { key, windowStart: new Date() } });
          await tx.$executeRaw`SELECT pg_sleep(1.5)`; // longer than the transaction's time, as a long lock wait
          await tx.$executeRaw`SELECT 1`;
        },
        { timeout: 500 },
      )
      .catch((err: unknown) => err);
    const answer = toAppError(failure, 'test');
    expect(answer.code).toBe('BUSY');
    expect(answer.status).toBe(503);
    expect(answer.headers?.['Retry-After']).toBeDefined();
    expect(await db().rateLimitBucket.count({ where: { key } })).toBe(0);
  });
});
