/*
  Warnings:

  - A unique constraint covering the columns `[calendar_token_hash]` on the table `therapists` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "VisitNoteStatus" AS ENUM ('DRAFT', 'SIGNED');

-- AlterTable
ALTER TABLE "appointments" ADD COLUMN     "checked_in_at" TIMESTAMPTZ(3),
ADD COLUMN     "intake_id" TEXT;

-- AlterTable
ALTER TABLE "clinics" ADD COLUMN     "closed_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "therapists" ADD COLUMN     "calendar_token_hash" TEXT;

-- CreateTable
CREATE TABLE "visit_notes" (
    "id" TEXT NOT NULL,
    "appointment_id" TEXT NOT NULL,
    "patient_id" TEXT NOT NULL,
    "therapist_id" TEXT NOT NULL,
    "subjective" TEXT NOT NULL DEFAULT '',
    "objective" TEXT NOT NULL DEFAULT '',
    "assessment" TEXT NOT NULL DEFAULT '',
    "plan" TEXT NOT NULL DEFAULT '',
    "status" "VisitNoteStatus" NOT NULL DEFAULT 'DRAFT',
    "signed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "visit_notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "visit_note_addenda" (
    "id" TEXT NOT NULL,
    "note_id" TEXT NOT NULL,
    "author_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "visit_note_addenda_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "password_setup_tokens" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "password_setup_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "intakes" (
    "id" TEXT NOT NULL,
    "patient_id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "pain_areas" TEXT[],
    "duration" TEXT NOT NULL,
    "aggravators" TEXT[],
    "goals" TEXT NOT NULL,
    "red_flags" TEXT[],
    "suggested_modality" "VisitModality",
    "baseline_pain" INTEGER,
    "oswestry_answers" JSONB,
    "oswestry_score" DOUBLE PRECISION,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "intakes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "visit_notes_appointment_id_key" ON "visit_notes"("appointment_id");

-- CreateIndex
CREATE INDEX "visit_notes_patient_id_created_at_idx" ON "visit_notes"("patient_id", "created_at");

-- CreateIndex
CREATE INDEX "visit_notes_therapist_id_created_at_idx" ON "visit_notes"("therapist_id", "created_at");

-- CreateIndex
CREATE INDEX "visit_note_addenda_note_id_created_at_idx" ON "visit_note_addenda"("note_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "password_setup_tokens_token_hash_key" ON "password_setup_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "password_setup_tokens_user_id_idx" ON "password_setup_tokens"("user_id");

-- CreateIndex
CREATE INDEX "intakes_patient_id_created_at_idx" ON "intakes"("patient_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "therapists_calendar_token_hash_key" ON "therapists"("calendar_token_hash");

-- AddForeignKey
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_intake_id_fkey" FOREIGN KEY ("intake_id") REFERENCES "intakes"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_notes" ADD CONSTRAINT "visit_notes_appointment_id_fkey" FOREIGN KEY ("appointment_id") REFERENCES "appointments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_notes" ADD CONSTRAINT "visit_notes_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_notes" ADD CONSTRAINT "visit_notes_therapist_id_fkey" FOREIGN KEY ("therapist_id") REFERENCES "therapists"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_note_addenda" ADD CONSTRAINT "visit_note_addenda_note_id_fkey" FOREIGN KEY ("note_id") REFERENCES "visit_notes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_note_addenda" ADD CONSTRAINT "visit_note_addenda_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "password_setup_tokens" ADD CONSTRAINT "password_setup_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ── Hand-written: what must never break ────────────────────────────────────────────────────

-- A signed note is immutable; a draft can only become signed with its signing time.
CREATE FUNCTION visit_notes_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status = 'SIGNED' THEN RAISE EXCEPTION 'signed visit note % cannot be deleted', OLD.id USING ERRCODE = 'check_violation'; END IF;
    RETURN OLD;
  END IF;
  IF OLD.status = 'SIGNED' THEN
    RAISE EXCEPTION 'signed visit note % is immutable; add an addendum', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.appointment_id <> OLD.appointment_id OR NEW.patient_id <> OLD.patient_id OR NEW.therapist_id <> OLD.therapist_id THEN
    RAISE EXCEPTION 'a visit note stays on its appointment' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER visit_notes_guard BEFORE UPDATE OR DELETE ON "visit_notes" FOR EACH ROW EXECUTE FUNCTION visit_notes_guard();

ALTER TABLE "visit_notes" ADD CONSTRAINT "visit_notes_signed_valid" CHECK (
  ("status" = 'DRAFT' AND "signed_at" IS NULL) OR ("status" = 'SIGNED' AND "signed_at" IS NOT NULL));
ALTER TABLE "visit_notes" ADD CONSTRAINT "visit_notes_length_valid" CHECK (
  length("subjective") <= 20000 AND length("objective") <= 20000 AND length("assessment") <= 20000 AND length("plan") <= 20000);

-- Addenda: append-only, only on signed notes.
CREATE FUNCTION visit_note_addenda_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION 'visit note addenda are append-only' USING ERRCODE = 'check_violation';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM "visit_notes" WHERE id = NEW.note_id AND status = 'SIGNED') THEN
    RAISE EXCEPTION 'addenda go on signed notes only' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER visit_note_addenda_guard BEFORE INSERT OR UPDATE OR DELETE ON "visit_note_addenda" FOR EACH ROW EXECUTE FUNCTION visit_note_addenda_guard();
ALTER TABLE "visit_note_addenda" ADD CONSTRAINT "visit_note_addenda_text_valid" CHECK (length(btrim("text")) > 0 AND length("text") <= 10000);

-- Intake answers within their ranges; a red flag never comes with a virtual suggestion.
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_valid" CHECK (
  ("baseline_pain" IS NULL OR "baseline_pain" BETWEEN 0 AND 10)
  AND ("oswestry_score" IS NULL OR "oswestry_score" BETWEEN 0 AND 100)
  AND length("reason") <= 2000 AND length("goals") <= 2000
  AND (cardinality("red_flags") = 0 OR "suggested_modality" IS DISTINCT FROM 'VIRTUAL'));

-- A closed clinic is inactive and says when it closed.
ALTER TABLE "clinics" ADD CONSTRAINT "clinics_closed_valid" CHECK ("closed_at" IS NULL OR NOT "active");
