// The in-process worker: takes queued jobs and runs their handlers, and releases lapsed holds on
// a timer. Started by instrumentation.ts with the Node server; every app instance may run one
// (pg-boss hands each job to exactly one of them). Latency is a measured figure (`npm run
// bench:jobs`, target p95 ≤ 5 s from enqueue to handled); docs/decisions/019 says why these numbers.
import type PgBoss from 'pg-boss';
import { JOB_NAMES, discardQueue, queue, type JobName } from './queue';
import { runJob } from './run-job';
import { forgetWakers, onWake } from './wake';
import { log, withRequestId } from '../log';

/**
 * pg-boss 10's worker loop takes `batchSize` jobs, waits for all of them, then sleeps out the rest
 * of its polling interval. With its defaults (one job, 2 s) a queue drains at one job per 2 s,
 * which is how confirmations came minutes late under a burst of bookings. Each poll takes up to
 * 10 jobs and runs them side by side, and a full batch is followed by the next poll at once, so a
 * backlog drains as fast as the handlers run. Ten at a time per queue keeps the handlers' share
 * of the database pool bounded (they hold a connection only per query; the SMTP send, the slow
 * part, holds none).
 * A job this process enqueues wakes its queue's loops once it has committed (./wake.ts), so the
 * poll is only the safety net: for jobs due later (reminders, retries, deferrals), jobs written by
 * another instance, and pg-boss's cron. Every 10 s instead of every second: idle, the 22 loops
 * cost ~86 ms of app and ~56 ms of database CPU per second at 1 s (decision 047), a tenth now.
 */
const POLL = { pollingIntervalSeconds: 10, batchSize: 10 };
/**
 * The patient's appointment emails get a second loop each: a batch waits for its slowest mail, and
 * meanwhile the other loop takes what has arrived since (measured: bench:jobs, decision 019).
 */
const LOOPS: Partial<Record<JobName, number>> = {
  'appointment.booked': 2,
  'appointment.rescheduled': 2,
  'appointment.cancelled': 2,
  'appointment.reminder': 2,
};
/** Our own timer instead of pg-boss cron (checked every 30 s, then queued: runs 60–90 s apart). */
const HOLDS_EVERY_MS = 15_000;

const globalForWorker = globalThis as unknown as { rehabitWorker?: Promise<void>; rehabitHoldsTimer?: NodeJS.Timeout };

async function work(boss: PgBoss, name: JobName, poll: typeof POLL): Promise<void> {
  const workerId = await boss.work(name, { ...poll, includeMetadata: true }, async (jobs) => {
    // Each job settles on its own: one failure must not fail (and retry) the others in its batch.
    // pg-boss then marks the batch complete, which leaves jobs already completed or failed as they are.
    await Promise.all(
      jobs.map(async (job) => {
        try {
          await withRequestId(`job-${job.id}`, () => runJob(name, job.data));
          await boss.complete(name, job.id);
        } catch (err) {
          const next = job.retryCount < job.retryLimit ? 'will retry' : 'giving up';
          log.error(`job ${name} failed (attempt ${job.retryCount + 1}, ${next})`, { job: name, jobId: job.id, err });
          await boss.fail(name, job.id, { message: err instanceof Error ? err.message : String(err) });
        }
      }),
    );
    // More may be waiting: skip the pause before the next poll.
    if (jobs.length === poll.batchSize) boss.notifyWorker(workerId);
  });
  onWake(name, () => boss.notifyWorker(workerId));
}

/** Releases lapsed holds every 15 s in this process; idempotent UPDATEs, so instances may overlap. */
function startHoldsTimer(): void {
  let running = false;
  const tick = async () => {
    if (running) return; // a slow run is not stacked on
    running = true;
    try {
      await runJob('holds.expire', {});
    } catch (err) {
      log.error('holds.expire failed (next run in 15 s)', { err });
    } finally {
      running = false;
    }
  };
  globalForWorker.rehabitHoldsTimer = setInterval(() => void tick(), HOLDS_EVERY_MS);
  void tick();
}

async function start(poll: typeof POLL): Promise<void> {
  const { boss } = queue();
  await boss.start();
  for (const name of JOB_NAMES) {
    // The migration creates these queues; this covers one added to JOBS since (a no-op otherwise).
    await boss.createQueue(name);
    for (let loop = 0; loop < (LOOPS[name] ?? 1); loop++) await work(boss, name, poll);
  }
  // Was a pg-boss cron schedule; removed so databases that have it stop queueing it too.
  await boss.unschedule('holds.expire');
  startHoldsTimer();
  // Once a day, in UTC: flag digests at 13:00 (8 or 9 am on the East Coast, before clinics open in
  // the West), questionnaire reminders at 15:00. A minute late is fine for these; pg-boss cron
  // queues each once across all instances. Retried with the defaults; each claims what it sends.
  await boss.schedule('flags.digest', '0 13 * * *', {});
  await boss.schedule('outcomes.remind', '0 15 * * *', {});
  // Patient messages unanswered for more than a business day, to their therapists (decision 026).
  await boss.schedule('messages.digest', '30 13 * * *', {});
  // Plan reminders whose chain of jobs stopped (a new plan, a send that failed past its retries), hourly.
  await boss.schedule('plan-reminders.sweep', '41 * * * *', {});
  // Old rate-limit buckets, hourly (a no-op most hours).
  await boss.schedule('rate-limits.prune', '17 * * * *', {});
}

/**
 * Starts the worker once per process; later calls return the same start. `pollingIntervalSeconds`
 * is for tests that must show a job was handled because it woke the worker, not by a poll.
 */
export function startWorker(options: { pollingIntervalSeconds?: number } = {}): Promise<void> {
  globalForWorker.rehabitWorker ??= start({ ...POLL, ...options }).catch(async (err: unknown) => {
    delete globalForWorker.rehabitWorker;
    await shutDown();
    throw err;
  });
  return globalForWorker.rehabitWorker;
}

async function shutDown(): Promise<void> {
  clearInterval(globalForWorker.rehabitHoldsTimer);
  delete globalForWorker.rehabitHoldsTimer;
  forgetWakers();
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
  try {
    await running;
  } catch {
    return;
  } // a failed start has already cleaned up
  await shutDown();
}
