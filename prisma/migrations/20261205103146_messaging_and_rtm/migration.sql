-- CreateTable
CREATE TABLE "messages" (
    "id" TEXT NOT NULL,
    "patient_id" TEXT NOT NULL,
    "therapist_id" TEXT NOT NULL,
    "sender_role" "Role" NOT NULL,
    "sender_user_id" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "plan_item_id" TEXT,
    "attachment_type" TEXT,
    "attachment_bytes" BYTEA,
    "attachment_size" INTEGER,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMPTZ(3),

    CONSTRAINT "messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rtm_time_entries" (
    "id" TEXT NOT NULL,
    "patient_id" TEXT NOT NULL,
    "therapist_id" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "performed_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rtm_time_entries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "messages_patient_id_therapist_id_sent_at_idx" ON "messages"("patient_id", "therapist_id", "sent_at");

-- CreateIndex
CREATE INDEX "messages_therapist_id_read_at_idx" ON "messages"("therapist_id", "read_at");

-- CreateIndex
CREATE INDEX "rtm_time_entries_patient_id_performed_at_idx" ON "rtm_time_entries"("patient_id", "performed_at");

-- CreateIndex
CREATE INDEX "rtm_time_entries_therapist_id_performed_at_idx" ON "rtm_time_entries"("therapist_id", "performed_at");

-- AddForeignKey
ALTER TABLE "messages" ADD CONSTRAINT "messages_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "messages" ADD CONSTRAINT "messages_therapist_id_fkey" FOREIGN KEY ("therapist_id") REFERENCES "therapists"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "messages" ADD CONSTRAINT "messages_plan_item_id_fkey" FOREIGN KEY ("plan_item_id") REFERENCES "exercise_plan_items"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rtm_time_entries" ADD CONSTRAINT "rtm_time_entries_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rtm_time_entries" ADD CONSTRAINT "rtm_time_entries_therapist_id_fkey" FOREIGN KEY ("therapist_id") REFERENCES "therapists"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: what must never break (decision 026).
ALTER TABLE "messages" ADD CONSTRAINT "messages_sender_role_check" CHECK ("sender_role" IN ('PATIENT', 'THERAPIST'));
ALTER TABLE "messages" ADD CONSTRAINT "messages_body_check" CHECK (char_length("body") BETWEEN 1 AND 4000);
ALTER TABLE "messages" ADD CONSTRAINT "messages_attachment_check" CHECK (
  ("attachment_bytes" IS NULL AND "attachment_type" IS NULL AND "attachment_size" IS NULL)
  OR ("attachment_bytes" IS NOT NULL AND "attachment_type" IN ('image/png', 'image/jpeg', 'image/webp')
      AND "attachment_size" = octet_length("attachment_bytes") AND "attachment_size" <= 2097152));
ALTER TABLE "rtm_time_entries" ADD CONSTRAINT "rtm_time_entries_minutes_check" CHECK ("minutes" BETWEEN 1 AND 240);
ALTER TABLE "rtm_time_entries" ADD CONSTRAINT "rtm_time_entries_reason_check" CHECK (char_length("reason") BETWEEN 1 AND 500);
