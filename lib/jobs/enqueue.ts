// Enqueue a job inside the caller's transaction (a transactional outbox): the job row commits
// with the booking or rolls back with it, so there is never an email about a visit that does not
// exist, nor a booking whose email was lost between two commits.
import type PgBoss from 'pg-boss';
import type { Prisma, PrismaClient } from '../db';
import { QUEUE_SCHEMA, queue, type JobName } from './queue';
import { wakeWhenCommitted } from './wake';

type Writer = Prisma.TransactionClient | PrismaClient;

export interface EnqueueOptions {
  /** Not before this instant (e.g. a reminder a day ahead). */
  startAfter?: Date;
  /**
   * Stored on the job. Our queues use pg-boss's 'standard' policy, under which pg-boss does not
   * deduplicate by key alone, so handlers must be idempotent (they are: see handlers.ts).
   */
  singletonKey?: string;
}

/** pg-boss's Db interface over a Prisma client or transaction. */
function overPrisma(writer: Writer): PgBoss.Db {
  return {
    async executeSql(text, values) {
      // pg would JSON-encode a plain object parameter itself; Prisma's raw parameters need it done
      // here (the job's data), and take null rather than undefined.
      const params = values.map((v: unknown) =>
        v === undefined
          ? null
          : v !== null && typeof v === 'object' && !(v instanceof Date) && !Array.isArray(v)
            ? JSON.stringify(v)
            : v,
      );
      const rows = await writer.$queryRawUnsafe<Record<string, unknown>[]>(text, ...params);
      return { rows };
    },
  };
}

export async function enqueue(tx: Writer, name: JobName, data: object, options: EnqueueOptions = {}): Promise<void> {
  // send() with a `db` option only builds pg-boss's INSERT and runs it through that connection:
  // no started instance, no pool of its own. So this works in route handlers and tests where no
  // worker runs.
  const id = await queue().boss.send(name, data, {
    db: overPrisma(tx),
    ...(options.startAfter ? { startAfter: options.startAfter } : {}),
    ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
  });
  if (id !== null) {
    wakeWhenCommitted([{ name, ...options }]);
    return;
  }
  // No row: either a queue policy dropped a duplicate key, or the queue does not exist, in which
  // case pg-boss 10's INSERT (it joins the queue table) dropped the job without a word. Fail the
  // caller's transaction then: a booking whose email silently vanished is worse than an error.
  const known = await tx.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM ${QUEUE_SCHEMA}.queue WHERE name = $1`, name);
  if (known.length === 0) throw new Error(`Job queue "${name}" does not exist (is the pgboss_queue migration applied?)`);
}

/** One job for enqueueAll: the same name, data and options enqueue() takes. */
export interface JobToEnqueue {
  name: JobName;
  data: object;
  options?: EnqueueOptions;
}

/**
 * Several jobs in ONE statement (pg-boss's multi-row `insert`), in the caller's transaction: a
 * booking's confirmation and reminder cost one round trip instead of two (docs/decisions/047).
 * The same rows as enqueue() would write (queue policy, retries and expiry from the queue and the
 * instance's defaults). pg-boss's insert returns no ids, so the rows written are counted instead:
 * fewer than asked means a missing queue (fails the caller, as enqueue() does) or a duplicate a
 * queue policy dropped.
 */
export async function enqueueAll(tx: Writer, jobs: readonly (JobToEnqueue | null)[]): Promise<void> {
  const wanted = jobs.filter((j): j is JobToEnqueue => j !== null);
  if (wanted.length === 0) return;
  if (wanted.length === 1) return enqueue(tx, wanted[0]!.name, wanted[0]!.data, wanted[0]!.options);
  let written = 0;
  const counting: PgBoss.Db = {
    async executeSql(text, values: unknown[]) {
      // json_to_recordset($1): typed here, since Prisma sends a string parameter as text.
      written = await tx.$executeRawUnsafe(text.replace('json_to_recordset($1)', 'json_to_recordset($1::json)'), ...values);
      return { rows: [] };
    },
  };
  await queue().boss.insert(
    wanted.map(({ name, data, options = {} }) => ({
      name,
      data,
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
    })),
    { db: counting },
  );
  if (written === wanted.length) {
    wakeWhenCommitted(wanted.map((j) => ({ name: j.name, ...j.options })));
    return;
  }
  for (const name of new Set(wanted.map((j) => j.name))) {
    const known = await tx.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM ${QUEUE_SCHEMA}.queue WHERE name = $1`, name);
    if (known.length === 0) throw new Error(`Job queue "${name}" does not exist (is the pgboss_queue migration applied?)`);
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The reminder a day before the visit (or at once, when booked less than a day ahead), or null for
 * a visit already begun. The job carries the start it was scheduled for, so after a reschedule the
 * old one does nothing.
 */
export function reminderJob(appointment: { id: string; startsAt: Date }, now = new Date()): JobToEnqueue | null {
  if (appointment.startsAt <= now) return null;
  const dayBefore = new Date(appointment.startsAt.getTime() - DAY_MS);
  const startsAt = appointment.startsAt.toISOString();
  return {
    name: 'appointment.reminder',
    data: { appointmentId: appointment.id, startsAt },
    options: { startAfter: dayBefore > now ? dayBefore : now, singletonKey: `${appointment.id}@${startsAt}` },
  };
}

/** Enqueues reminderJob(appointment) on its own. */
export async function scheduleReminder(tx: Writer, appointment: { id: string; startsAt: Date }, now = new Date()): Promise<void> {
  await enqueueAll(tx, [reminderJob(appointment, now)]);
}
