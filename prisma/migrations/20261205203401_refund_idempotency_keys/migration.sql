-- An admin's refund carries their Idempotency-Key (decision 048): a retry, a double click or a
-- second tab answers the refund already made instead of making another.

-- AlterTable
ALTER TABLE "refunds" ADD COLUMN     "idempotency_key" TEXT,
ADD COLUMN     "request_hash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "refunds_requested_by_id_idempotency_key_key" ON "refunds"("requested_by_id", "idempotency_key");

-- Hand-written: a key is always someone's (the unique index treats NULL callers as all distinct)
-- and always has the hash of its request to compare a retry against.
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_idempotency_key_has_caller_and_hash"
  CHECK ("idempotency_key" IS NULL OR ("requested_by_id" IS NOT NULL AND "request_hash" ~ '^[0-9a-f]{64}$'));
