-- CreateEnum
CREATE TYPE "PolicyFee" AS ENUM ('LATE_CANCELLATION', 'NO_SHOW');

-- AlterTable
ALTER TABLE "payments" ADD COLUMN     "fee_cents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "fee_reason" "PolicyFee";

-- Hand-written: a fee is never negative, and a fee always says why.
ALTER TABLE "payments" ADD CONSTRAINT "payments_fee_valid"
  CHECK ("fee_cents" >= 0 AND ("fee_cents" = 0) = ("fee_reason" IS NULL));

-- The payment jobs' queues (lib/jobs/queue.ts JOBS); see 20261125221636_pgboss_queue for why
-- every queue is created by a migration.
SELECT pgboss.create_queue(q, '{"policy":"standard"}'::json)
FROM unnest(ARRAY['payment.refund', 'payment.expire-checkout', 'payment.slot-lost-notice']) AS q;
