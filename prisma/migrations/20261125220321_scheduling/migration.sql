-- CreateEnum
CREATE TYPE "AppointmentStatus" AS ENUM ('HELD', 'BOOKED', 'COMPLETED', 'NO_SHOW', 'CANCELLED');

-- CreateEnum
CREATE TYPE "WaitlistStatus" AS ENUM ('ACTIVE', 'OFFERED', 'FULFILLED', 'CANCELLED');

-- AlterTable
ALTER TABLE "patients" ADD COLUMN     "timezone" TEXT NOT NULL DEFAULT 'America/New_York';

-- AlterTable
ALTER TABLE "visit_types" ADD COLUMN     "buffer_after_minutes" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "buffer_before_minutes" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "free_cancellation_hours" INTEGER NOT NULL DEFAULT 24,
ADD COLUMN     "horizon_days" INTEGER NOT NULL DEFAULT 90,
ADD COLUMN     "late_cancellation_fee_cents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "min_notice_minutes" INTEGER NOT NULL DEFAULT 720,
ADD COLUMN     "patient_may_book_series" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "slot_step_minutes" INTEGER NOT NULL DEFAULT 15;

-- CreateTable
CREATE TABLE "availability_rules" (
    "id" TEXT NOT NULL,
    "therapist_id" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "start_minute" INTEGER NOT NULL,
    "end_minute" INTEGER NOT NULL,
    "timezone" TEXT NOT NULL,
    "modality" "VisitModality" NOT NULL,
    "clinic_id" TEXT,
    "valid_from" DATE NOT NULL,
    "valid_until" DATE,

    CONSTRAINT "availability_rules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "availability_overrides" (
    "id" TEXT NOT NULL,
    "therapist_id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "start_minute" INTEGER,
    "end_minute" INTEGER,
    "timezone" TEXT NOT NULL,
    "modality" "VisitModality",
    "clinic_id" TEXT,

    CONSTRAINT "availability_overrides_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "time_off" (
    "id" TEXT NOT NULL,
    "therapist_id" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "time_off_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appointments" (
    "id" TEXT NOT NULL,
    "patient_id" TEXT NOT NULL,
    "therapist_id" TEXT NOT NULL,
    "visit_type_id" TEXT NOT NULL,
    "modality" "VisitModality" NOT NULL,
    "clinic_id" TEXT,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "block_starts_at" TIMESTAMPTZ(3) NOT NULL,
    "block_ends_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "AppointmentStatus" NOT NULL,
    "hold_expires_at" TIMESTAMPTZ(3),
    "price_cents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "series_id" TEXT,
    "created_by_id" TEXT NOT NULL,
    "idempotency_key" TEXT,
    "cancelled_at" TIMESTAMPTZ(3),
    "cancelled_by_id" TEXT,
    "cancel_reason" TEXT,
    "reminder_sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "appointments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appointment_series" (
    "id" TEXT NOT NULL,
    "created_by_id" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "appointment_series_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "waitlist_entries" (
    "id" TEXT NOT NULL,
    "patient_id" TEXT NOT NULL,
    "visit_type_id" TEXT NOT NULL,
    "therapist_id" TEXT,
    "clinic_id" TEXT,
    "earliest" TIMESTAMPTZ(3) NOT NULL,
    "latest" TIMESTAMPTZ(3) NOT NULL,
    "status" "WaitlistStatus" NOT NULL DEFAULT 'ACTIVE',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "waitlist_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "waitlist_offers" (
    "id" TEXT NOT NULL,
    "entry_id" TEXT NOT NULL,
    "appointment_id" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "accepted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "waitlist_offers_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "availability_rules_therapist_id_idx" ON "availability_rules"("therapist_id");

-- CreateIndex
CREATE INDEX "availability_overrides_therapist_id_date_idx" ON "availability_overrides"("therapist_id", "date");

-- CreateIndex
CREATE INDEX "time_off_therapist_id_starts_at_idx" ON "time_off"("therapist_id", "starts_at");

-- CreateIndex
CREATE INDEX "appointments_therapist_id_starts_at_idx" ON "appointments"("therapist_id", "starts_at");

-- CreateIndex
CREATE INDEX "appointments_patient_id_starts_at_idx" ON "appointments"("patient_id", "starts_at");

-- CreateIndex
CREATE INDEX "appointments_status_hold_expires_at_idx" ON "appointments"("status", "hold_expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "appointments_created_by_id_idempotency_key_key" ON "appointments"("created_by_id", "idempotency_key");

-- CreateIndex
CREATE INDEX "waitlist_entries_status_created_at_idx" ON "waitlist_entries"("status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "waitlist_offers_appointment_id_key" ON "waitlist_offers"("appointment_id");

-- CreateIndex
CREATE UNIQUE INDEX "waitlist_offers_token_hash_key" ON "waitlist_offers"("token_hash");

-- AddForeignKey
ALTER TABLE "availability_rules" ADD CONSTRAINT "availability_rules_therapist_id_fkey" FOREIGN KEY ("therapist_id") REFERENCES "therapists"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "availability_rules" ADD CONSTRAINT "availability_rules_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinics"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "availability_overrides" ADD CONSTRAINT "availability_overrides_therapist_id_fkey" FOREIGN KEY ("therapist_id") REFERENCES "therapists"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "availability_overrides" ADD CONSTRAINT "availability_overrides_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinics"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "time_off" ADD CONSTRAINT "time_off_therapist_id_fkey" FOREIGN KEY ("therapist_id") REFERENCES "therapists"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_therapist_id_fkey" FOREIGN KEY ("therapist_id") REFERENCES "therapists"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_visit_type_id_fkey" FOREIGN KEY ("visit_type_id") REFERENCES "visit_types"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinics"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "appointment_series"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_visit_type_id_fkey" FOREIGN KEY ("visit_type_id") REFERENCES "visit_types"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_therapist_id_fkey" FOREIGN KEY ("therapist_id") REFERENCES "therapists"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinics"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "waitlist_offers" ADD CONSTRAINT "waitlist_offers_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "waitlist_entries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "waitlist_offers" ADD CONSTRAINT "waitlist_offers_appointment_id_fkey" FOREIGN KEY ("appointment_id") REFERENCES "appointments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: what the database itself guarantees about schedules.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- No therapist is ever in two active appointments or holds at once, buffers included.
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_therapist_no_overlap"
  EXCLUDE USING gist ("therapist_id" WITH =, tstzrange("block_starts_at", "block_ends_at") WITH &&)
  WHERE ("status" IN ('HELD', 'BOOKED'));

-- No patient is in two active appointments at once.
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_patient_no_overlap"
  EXCLUDE USING gist ("patient_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)
  WHERE ("status" IN ('HELD', 'BOOKED'));

ALTER TABLE "appointments" ADD CONSTRAINT "appointments_times_ordered"
  CHECK ("starts_at" < "ends_at" AND "block_starts_at" <= "starts_at" AND "block_ends_at" >= "ends_at");
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_clinic_matches_modality"
  CHECK (("modality" = 'IN_CLINIC') = ("clinic_id" IS NOT NULL));
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_hold_has_expiry"
  CHECK ("status" <> 'HELD' OR "hold_expires_at" IS NOT NULL);
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_price_non_negative" CHECK ("price_cents" >= 0);

-- Status only moves forward: HELD → BOOKED → COMPLETED | NO_SHOW; HELD | BOOKED → CANCELLED.
CREATE FUNCTION appointments_status_forward_only() RETURNS trigger AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
       (OLD.status = 'HELD' AND NEW.status IN ('BOOKED', 'CANCELLED'))
    OR (OLD.status = 'BOOKED' AND NEW.status IN ('COMPLETED', 'NO_SHOW', 'CANCELLED'))
  ) THEN
    RAISE EXCEPTION 'appointment status cannot go from % to %', OLD.status, NEW.status
      USING ERRCODE = 'check_violation', CONSTRAINT = 'appointments_status_forward_only';
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER appointments_status_forward_only BEFORE UPDATE OF status ON "appointments"
  FOR EACH ROW EXECUTE FUNCTION appointments_status_forward_only();

ALTER TABLE "availability_rules" ADD CONSTRAINT "availability_rules_valid"
  CHECK ("weekday" BETWEEN 1 AND 7 AND "start_minute" >= 0 AND "end_minute" <= 1440 AND "start_minute" < "end_minute"
         AND ("valid_until" IS NULL OR "valid_until" >= "valid_from"));
ALTER TABLE "availability_rules" ADD CONSTRAINT "availability_rules_clinic_matches_modality"
  CHECK (("modality" = 'IN_CLINIC') = ("clinic_id" IS NOT NULL));
ALTER TABLE "availability_overrides" ADD CONSTRAINT "availability_overrides_valid"
  CHECK (("start_minute" IS NULL AND "end_minute" IS NULL AND "modality" IS NULL)
      OR ("start_minute" >= 0 AND "end_minute" <= 1440 AND "start_minute" < "end_minute" AND "modality" IS NOT NULL
          AND ("modality" = 'IN_CLINIC') = ("clinic_id" IS NOT NULL)));
ALTER TABLE "time_off" ADD CONSTRAINT "time_off_ordered" CHECK ("starts_at" < "ends_at");
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_ordered" CHECK ("earliest" < "latest");
ALTER TABLE "visit_types" ADD CONSTRAINT "visit_types_scheduling_valid"
  CHECK ("buffer_before_minutes" BETWEEN 0 AND 240 AND "buffer_after_minutes" BETWEEN 0 AND 240
     AND "min_notice_minutes" >= 0 AND "horizon_days" BETWEEN 1 AND 730 AND "slot_step_minutes" BETWEEN 5 AND 240
     AND "free_cancellation_hours" >= 0 AND "late_cancellation_fee_cents" >= 0);
