// Fixed-window counters in Postgres, so every app instance shares them and a restart does not
// reset an attacker's budget.
import { db } from '../db';

function windowStart(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

export async function countHits(key: string, windowMs: number, now = new Date()): Promise<number> {
  const bucket = await db().rateLimitBucket.findUnique({
    where: { key_windowStart: { key, windowStart: windowStart(now, windowMs) } },
    select: { count: true },
  });
  return bucket?.count ?? 0;
}

export async function addHit(key: string, windowMs: number, now = new Date()): Promise<number> {
  const start = windowStart(now, windowMs);
  const bucket = await db().rateLimitBucket.upsert({
    where: { key_windowStart: { key, windowStart: start } },
    create: { key, windowStart: start, count: 1 },
    update: { count: { increment: 1 } },
    select: { count: true },
  });
  return bucket.count;
}

export async function clearHits(key: string): Promise<void> {
  await db().rateLimitBucket.deleteMany({ where: { key } });
}

/** Gives back one hit counted in the current window (an attempt that turned out fine). */
export async function removeHit(key: string, windowMs: number, now = new Date()): Promise<void> {
  await db().rateLimitBucket.updateMany({
    where: { key, windowStart: windowStart(now, windowMs), count: { gt: 0 } },
    data: { count: { decrement: 1 } },
  });
}
