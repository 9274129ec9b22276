-- Issue 16 parts 4 and 5: clinic services; times of day on plan items and logs, and a sleep check-in. Additive only.

-- AlterEnum
ALTER TYPE "PatientFlagKind" ADD VALUE 'NIGHT_PAIN_WORSE';

-- CreateEnum
CREATE TYPE "TimeOfDay" AS ENUM ('MORNING', 'MIDDAY', 'EVENING', 'BEFORE_BED');

-- AlterTable
ALTER TABLE "exercise_plan_items" ADD COLUMN     "times_of_day" "TimeOfDay"[] DEFAULT ARRAY[]::"TimeOfDay"[];

-- AlterTable
ALTER TABLE "plan_template_items" ADD COLUMN     "times_of_day" "TimeOfDay"[] DEFAULT ARRAY[]::"TimeOfDay"[];

-- AlterTable
ALTER TABLE "exercise_logs" ADD COLUMN     "time_of_day" "TimeOfDay";

-- CreateTable
CREATE TABLE "sleep_check_ins" (
    "id" TEXT NOT NULL,
    "patient_id" TEXT NOT NULL,
    "checked_on" DATE NOT NULL,
    "pain_lying_down" INTEGER NOT NULL,
    "times_woken" INTEGER NOT NULL,
    "half_hours_slept" INTEGER NOT NULL,
    "logged_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sleep_check_ins_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "sleep_check_ins_pain_range" CHECK ("pain_lying_down" BETWEEN 0 AND 10),
    CONSTRAINT "sleep_check_ins_woken_range" CHECK ("times_woken" BETWEEN 0 AND 20),
    CONSTRAINT "sleep_check_ins_sleep_range" CHECK ("half_hours_slept" BETWEEN 0 AND 48)
);

-- CreateIndex
CREATE UNIQUE INDEX "sleep_check_ins_patient_id_checked_on_key" ON "sleep_check_ins"("patient_id", "checked_on");

-- AddForeignKey
ALTER TABLE "sleep_check_ins" ADD CONSTRAINT "sleep_check_ins_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable: the services a clinic offers, from the catalogue in lib/clinics/services.ts.
ALTER TABLE "clinics" ADD COLUMN     "services" TEXT[] DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "clinics" ADD CONSTRAINT "clinics_services_catalogue" CHECK ("services" <@ ARRAY['orthopedic-care', 'spine-care', 'aquatic-therapy', 'dry-needling', 'instrument-assisted-manual-therapy', 'myofascial-release', 'soft-tissue-mobilization']::TEXT[]);
