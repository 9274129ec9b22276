// The job queue: pg-boss over the app's own Postgres, so a job is a row that survives restarts
// and can be written in the same transaction as the booking that causes it. Its tables come
// from a Prisma migration (20261125221636_pgboss_queue), never from pg-boss itself.
import PgBoss from 'pg-boss';
import pg from 'pg';
import { env } from '../env';
import { log } from '../log';

export const JOBS = {
  appointmentBooked: 'appointment.booked',
  appointmentRescheduled: 'appointment.rescheduled',
  appointmentCancelled: 'appointment.cancelled',
  appointmentReminder: 'appointment.reminder',
  holdsExpire: 'holds.expire',
  waitlistOfferFreedSlot: 'waitlist.offer-freed-slot',
  paymentRefund: 'payment.refund',
  paymentExpireCheckout: 'payment.expire-checkout',
  paymentSlotLostNotice: 'payment.slot-lost-notice',
  paymentMismatchAlert: 'payment.mismatch-alert',
  paymentReceipt: 'payment.receipt',
  paymentRefundNotice: 'payment.refund-notice',
  outcomesRemind: 'outcomes.remind',
  flagsDigest: 'flags.digest',
  authMagicLink: 'auth.magic-link',
  rateLimitsPrune: 'rate-limits.prune',
  messageNotify: 'message.notify',
  messagesDigest: 'messages.digest',
  planReminder: 'plan.reminder',
  planRemindersSweep: 'plan-reminders.sweep',
  accountVerifyEmail: 'account.verify-email',
} as const;

export type JobName = (typeof JOBS)[keyof typeof JOBS];
export const JOB_NAMES: readonly JobName[] = Object.values(JOBS);

export const QUEUE_SCHEMA = 'pgboss';

/**
 * pg-boss's connection, opened on the first query rather than at construction: a process that
 * only enqueues (route handlers, tests) writes jobs through its own Prisma transaction and never
 * needs it. After close() it answers every query with no rows instead of throwing, so a worker
 * loop that finishes a poll during shutdown ends quietly; a job it fetched then is not lost, it
 * expires and is retried.
 */
class LazyPool implements PgBoss.Db {
  private pool: pg.Pool | undefined;
  private closed = false;

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows: pg-boss's own shape
  async executeSql(text: string, values: unknown[] = []): Promise<{ rows: any[] }> {
    if (this.closed) return { rows: [] };
    if (!this.pool) {
      this.pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 4, application_name: 'rehabit-jobs' });
      this.pool.on('error', (err) => log.error('idle queue connection failed', { err }));
    }
    return this.pool.query(text, values);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.pool?.end();
  }
}

interface Queue {
  boss: PgBoss;
  connection: LazyPool;
}

// On globalThis, like the Prisma client, so hot reload keeps one instance (and one worker).
const globalForJobs = globalThis as unknown as { rehabitQueue?: Queue };

/** The process's one pg-boss instance. Not started: startWorker() does that. */
export function queue(): Queue {
  if (!globalForJobs.rehabitQueue) {
    const connection = new LazyPool();
    const boss = new PgBoss({
      db: connection,
      schema: QUEUE_SCHEMA,
      // The schema is a migration; if it is missing or outdated, start() fails instead of altering it.
      migrate: false,
      // Defaults for every job: a few retries, 30 s, 60 s, 120 s … apart.
      retryLimit: 4,
      retryDelay: 30,
      retryBackoff: true,
      expireInMinutes: 5,
    });
    // An EventEmitter 'error' with no listener would crash the process.
    boss.on('error', (err) => log.error('queue error', { err }));
    globalForJobs.rehabitQueue = { boss, connection };
  }
  return globalForJobs.rehabitQueue;
}

/** Forgets the instance (after stopWorker), so the next use builds a fresh one. */
export function discardQueue(): void {
  delete globalForJobs.rehabitQueue;
}
