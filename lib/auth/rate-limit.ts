// Fixed-window counters in Postgres, so every app instance shares them and a restart does not
// reset an attacker's budget. Buckets of past windows are pruned by the `rate-limits.prune` job.
import { db } from '../db';
import { env } from '../env';

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

const DAY_MS = 86_400_000;

/**
 * Deletes buckets whose window ended long ago: nothing reads them again. Kept for a day, or the
 * longest window if that is longer (sign-up windows are an hour, sign-in ones configurable).
 */
export async function pruneRateLimitBuckets(now = new Date()): Promise<number> {
  const keepMs = Math.max(DAY_MS, 2 * env().AUTH_FAILURE_WINDOW_MINUTES * 60_000);
  const { count } = await db().rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - keepMs) } } });
  return count;
}
