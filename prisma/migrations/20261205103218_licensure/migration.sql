-- CreateEnum
CREATE TYPE "LicenseKind" AS ENUM ('LICENSE', 'COMPACT_PRIVILEGE');

-- AlterTable
ALTER TABLE "appointments" ADD COLUMN     "patient_state" TEXT;

-- AlterTable
ALTER TABLE "waitlist_entries" ADD COLUMN     "patient_state" TEXT;

-- CreateTable
CREATE TABLE "therapist_licenses" (
    "id" TEXT NOT NULL,
    "therapist_id" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "kind" "LicenseKind" NOT NULL,
    "expires_on" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "therapist_licenses_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "therapist_licenses_state_idx" ON "therapist_licenses"("state");

-- CreateIndex
CREATE UNIQUE INDEX "therapist_licenses_therapist_id_state_kind_key" ON "therapist_licenses"("therapist_id", "state", "kind");

-- AddForeignKey
ALTER TABLE "therapist_licenses" ADD CONSTRAINT "therapist_licenses_therapist_id_fkey" FOREIGN KEY ("therapist_id") REFERENCES "therapists"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (decision 024): states are two-letter USPS codes; a license number is short text.
ALTER TABLE "therapist_licenses" ADD CONSTRAINT "therapist_licenses_state_check" CHECK ("state" ~ '^[A-Z]{2}$');
ALTER TABLE "therapist_licenses" ADD CONSTRAINT "therapist_licenses_number_check" CHECK (length("number") BETWEEN 1 AND 40);
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_patient_state_check"
  CHECK ("patient_state" IS NULL OR ("patient_state" ~ '^[A-Z]{2}$' AND "modality" = 'VIRTUAL'));
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_patient_state_check" CHECK ("patient_state" IS NULL OR "patient_state" ~ '^[A-Z]{2}$');
