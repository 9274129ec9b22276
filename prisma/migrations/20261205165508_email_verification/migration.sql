-- Patients verify their email address before their first booking is confirmed (decision 045).
-- users.email_verified (next-auth's column, also set by a magic-link sign-in and by choosing a
-- password from an invitation) is the one "verified at" timestamp.

-- Everyone who exists before this migration (demo network, earlier sign-ups, staff) counts as
-- verified: nobody already booking is stopped by a rule that did not exist when they signed up.
UPDATE "users" SET "email_verified" = "created_at" WHERE "email_verified" IS NULL;

-- CreateTable
CREATE TABLE "email_verification_tokens" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_verification_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "email_verification_tokens_user_id_idx" ON "email_verification_tokens"("user_id");

-- AddForeignKey
ALTER TABLE "email_verification_tokens" ADD CONSTRAINT "email_verification_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: a SHA-256 in hex, never a raw link.
ALTER TABLE "email_verification_tokens" ADD CONSTRAINT "email_verification_tokens_token_hash_sha256"
  CHECK ("token_hash" ~ '^[0-9a-f]{64}$');

-- The welcome / verification mail leaves the request path through this queue (lib/jobs/queue.ts
-- JOBS); see 20261125221636_pgboss_queue for why every queue is created by a migration.
SELECT pgboss.create_queue('account.verify-email', '{"policy":"standard"}'::json);
