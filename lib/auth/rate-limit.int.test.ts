import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { runJob } from '@/lib/jobs/run-job';
import { addHit, countHits } from './rate-limit';

const HOUR = 3_600_000;

describe('the rate-limit.prune job', () => {
  it('deletes buckets of windows that ended over a day ago and keeps the current ones', async () => {
    const now = new Date();
    await addHit('prune:old', HOUR, new Date(now.getTime() - 3 * 24 * HOUR));
    await addHit('prune:recent', HOUR, new Date(now.getTime() - 2 * HOUR));
    await addHit('prune:now', HOUR, now);

    await runJob('rate-limits.prune', {});

    const keys = (await db().rateLimitBucket.findMany({ where: { key: { startsWith: 'prune:' } }, select: { key: true } })).map(
      (b) => b.key,
    );
    expect(keys.sort()).toEqual(['prune:now', 'prune:recent']);
    expect(await countHits('prune:now', HOUR, now)).toBe(1);
  });
});
