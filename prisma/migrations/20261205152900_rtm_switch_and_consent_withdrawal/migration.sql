-- AlterTable
ALTER TABLE "practices" ADD COLUMN     "rtm_enabled" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "rtm_consents" ADD COLUMN     "withdrawn_at" TIMESTAMPTZ(3),
ADD COLUMN     "withdrawn_by_user_id" TEXT;

-- DropIndex
DROP INDEX "rtm_consents_patient_id_key";

-- CreateIndex
CREATE INDEX "rtm_consents_patient_id_recorded_at_idx" ON "rtm_consents"("patient_id", "recorded_at");

-- CreateIndex
CREATE INDEX "rtm_consents_withdrawn_by_user_id_idx" ON "rtm_consents"("withdrawn_by_user_id");

-- AddForeignKey
ALTER TABLE "rtm_consents" ADD CONSTRAINT "rtm_consents_withdrawn_by_user_id_fkey" FOREIGN KEY ("withdrawn_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (decision 029): one consent in force per patient; a withdrawal says who and when,
-- and is not before the consent.
CREATE UNIQUE INDEX "rtm_consents_one_in_force_per_patient" ON "rtm_consents" ("patient_id") WHERE "withdrawn_at" IS NULL;
ALTER TABLE "rtm_consents" ADD CONSTRAINT "rtm_consents_withdrawal_complete"
  CHECK (("withdrawn_at" IS NULL) = ("withdrawn_by_user_id" IS NULL) AND ("withdrawn_at" IS NULL OR "withdrawn_at" >= "recorded_at"));

-- The unanswered-messages digest goes to a therapist at most once per day of their clock
-- (lib/messaging/send-unanswered-digests.ts claims the row in the transaction that sends it).
CREATE TABLE "message_digests" (
    "therapist_id" TEXT NOT NULL,
    "digest_on" DATE NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "message_digests_pkey" PRIMARY KEY ("therapist_id","digest_on")
);

-- AddForeignKey
ALTER TABLE "message_digests" ADD CONSTRAINT "message_digests_therapist_id_fkey" FOREIGN KEY ("therapist_id") REFERENCES "therapists"("id") ON DELETE CASCADE ON UPDATE CASCADE;
