-- Issue 17: the in-call chat of a video visit, kept with the appointment. Additive only.

-- CreateTable
CREATE TABLE "visit_chat_messages" (
    "id" TEXT NOT NULL,
    "appointment_id" TEXT NOT NULL,
    "sender_role" "Role" NOT NULL,
    "sender_user_id" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "plan_item_id" TEXT,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "visit_chat_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "visit_chat_messages_appointment_id_sent_at_idx" ON "visit_chat_messages"("appointment_id", "sent_at");

-- AddForeignKey
ALTER TABLE "visit_chat_messages" ADD CONSTRAINT "visit_chat_messages_appointment_id_fkey" FOREIGN KEY ("appointment_id") REFERENCES "appointments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_chat_messages" ADD CONSTRAINT "visit_chat_messages_plan_item_id_fkey" FOREIGN KEY ("plan_item_id") REFERENCES "exercise_plan_items"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: what must never break (one side of the visit, a short non-empty text).
ALTER TABLE "visit_chat_messages" ADD CONSTRAINT "visit_chat_messages_sender_role_check" CHECK ("sender_role" IN ('PATIENT', 'THERAPIST'));
ALTER TABLE "visit_chat_messages" ADD CONSTRAINT "visit_chat_messages_body_length" CHECK (char_length("body") BETWEEN 1 AND 1000);
