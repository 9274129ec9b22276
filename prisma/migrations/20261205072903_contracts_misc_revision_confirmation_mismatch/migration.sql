-- AlterTable
ALTER TABLE "appointments" ADD COLUMN     "confirmation_claimed_at" TIMESTAMPTZ(3),
ADD COLUMN     "confirmation_sent_at" TIMESTAMPTZ(3),
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "payments" ADD COLUMN     "mismatch_amount_cents" INTEGER,
ADD COLUMN     "mismatch_at" TIMESTAMPTZ(3),
ADD COLUMN     "mismatch_currency" TEXT;

-- Hand-written: visits booked before this column existed had their confirmation job long ago;
-- mark them sent so their reminders do not send a second confirmation. The last hour stays NULL:
-- a confirmation still queued then goes out once, by whichever of its job or the reminder runs first.
UPDATE "appointments" SET "confirmation_claimed_at" = "created_at", "confirmation_sent_at" = "created_at"
 WHERE "status" <> 'HELD' AND "created_at" < now() - interval '1 hour';

-- The admins' alert about a Checkout that does not match its payment (lib/jobs/queue.ts JOBS);
-- see 20261125221636_pgboss_queue for why every queue is created by a migration.
SELECT pgboss.create_queue('payment.mismatch-alert', '{"policy":"standard"}'::json);
