// The in-process worker: takes queued jobs one at a time and runs their handlers, and queues
// 'holds.expire' every minute. Started by instrumentation.ts with the Node server; every app
// instance may run one (pg-boss hands each job to exactly one of them).
import type PgBoss from 'pg-boss';
import { JOB_NAMES, discardQueue, queue, type JobName } from './queue';
import { runJob } from './run-job';

const globalForWorker = globalThis as unknown as { rehabitWorker?: Promise<void> };

async function work(boss: PgBoss, name: JobName): Promise<void> {
  await boss.work(name, { batchSize: 1, includeMetadata: true }, async ([job]) => {
    if (!job) return;
    try {
      await runJob(name, job.data);
    } catch (err) {
      const next = job.retryCount < job.retryLimit ? 'will retry' : 'giving up';
      console.error(`[jobs] ${name} job ${job.id} failed (attempt ${job.retryCount + 1}, ${next})`, err);
      throw err; // pg-boss records the failure and schedules the retry with backoff
    }
  });
}

async function start(): Promise<void> {
  const { boss } = queue();
  await boss.start();
  for (const name of JOB_NAMES) {
    // The migration creates these queues; this covers one added to JOBS since (a no-op otherwise).
    await boss.createQueue(name);
    await work(boss, name);
  }
  // Upserted by name, so every instance may declare it; pg-boss queues it once a minute in all.
  // No retries: the next minute's run does the same work.
  await boss.schedule('holds.expire', '* * * * *', {}, { retryLimit: 0 });
  // Once a day, in UTC: flag digests at 13:00 (8 or 9 am on the East Coast, before clinics open in
  // the West), questionnaire reminders at 15:00. Retried with the defaults; each claims what it sends.
  await boss.schedule('flags.digest', '0 13 * * *', {});
  await boss.schedule('outcomes.remind', '0 15 * * *', {});
}

/** Starts the worker once per process; later calls return the same start. */
export function startWorker(): Promise<void> {
  globalForWorker.rehabitWorker ??= start().catch(async (err: unknown) => {
    delete globalForWorker.rehabitWorker;
    await shutDown();
    throw err;
  });
  return globalForWorker.rehabitWorker;
}

async function shutDown(): Promise<void> {
  const { boss, connection } = queue();
  // Graceful: a job already running finishes (up to 10 s) before the connection closes.
  await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  await connection.close();
  discardQueue();
}

export async function stopWorker(): Promise<void> {
  const running = globalForWorker.rehabitWorker;
  if (!running) return;
  delete globalForWorker.rehabitWorker;
  try { await running; } catch { return; } // a failed start has already cleaned up
  await shutDown();
}
