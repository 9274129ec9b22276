-- AlterTable
ALTER TABLE "practices" ADD COLUMN     "rtm_messages_interactive" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "rtm_consents" (
    "id" TEXT NOT NULL,
    "patient_id" TEXT NOT NULL,
    "recorded_by_user_id" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "text_version" TEXT NOT NULL,

    CONSTRAINT "rtm_consents_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "rtm_consents_patient_id_key" ON "rtm_consents"("patient_id");

-- CreateIndex
CREATE INDEX "rtm_consents_recorded_by_user_id_idx" ON "rtm_consents"("recorded_by_user_id");

-- AddForeignKey
ALTER TABLE "rtm_consents" ADD CONSTRAINT "rtm_consents_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rtm_consents" ADD CONSTRAINT "rtm_consents_recorded_by_user_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: the consent text versions the app knows (lib/rtm/rtm-consent.ts).
ALTER TABLE "rtm_consents" ADD CONSTRAINT "rtm_consents_text_version_check" CHECK (char_length("text_version") BETWEEN 1 AND 40);
