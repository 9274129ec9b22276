-- CreateEnum
CREATE TYPE "ExerciseCategory" AS ENUM ('STRENGTHENING', 'STRETCHING', 'MOBILITY', 'STABILIZATION', 'AEROBIC');

-- CreateEnum
CREATE TYPE "BodyRegion" AS ENUM ('LOWER_BACK', 'CORE', 'HIP_PELVIS', 'LEG', 'WHOLE_BODY');

-- CreateEnum
CREATE TYPE "BackCondition" AS ENUM ('SCIATICA', 'STRAIN_SPRAIN', 'LUMBAR_OSTEOARTHRITIS', 'DISC_HERNIATION');

-- CreateEnum
CREATE TYPE "ExerciseDifficulty" AS ENUM ('EASY', 'ABOUT_RIGHT', 'TOO_HARD');

-- CreateEnum
CREATE TYPE "OutcomeInstrument" AS ENUM ('ODI', 'NPRS');

-- CreateEnum
CREATE TYPE "OutcomeTimepoint" AS ENUM ('INTAKE', 'FOLLOW_UP', 'DISCHARGE');

-- CreateEnum
CREATE TYPE "PatientFlagKind" AS ENUM ('ODI_WORSE', 'PAIN_WORSE', 'LOW_ADHERENCE', 'HIGH_PAIN');

-- CreateTable
CREATE TABLE "exercises" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "practice_id" TEXT,
    "name" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "steps" TEXT[],
    "cautions" TEXT NOT NULL,
    "region" "BodyRegion" NOT NULL,
    "category" "ExerciseCategory" NOT NULL,
    "conditions" "BackCondition"[],
    "illustration" TEXT NOT NULL,
    "default_sets" INTEGER NOT NULL,
    "default_reps" INTEGER,
    "default_hold_seconds" INTEGER,
    "default_minutes" INTEGER,
    "default_times_per_day" INTEGER NOT NULL,
    "default_days_per_week" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "exercises_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "exercise_plans" (
    "id" TEXT NOT NULL,
    "patient_id" TEXT NOT NULL,
    "therapist_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "ended_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "exercise_plans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "exercise_plan_versions" (
    "id" TEXT NOT NULL,
    "plan_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE,
    "effective_from" DATE NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "exercise_plan_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "exercise_plan_items" (
    "id" TEXT NOT NULL,
    "version_id" TEXT NOT NULL,
    "exercise_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "sets" INTEGER NOT NULL,
    "reps" INTEGER,
    "hold_seconds" INTEGER,
    "minutes" INTEGER,
    "times_per_day" INTEGER NOT NULL,
    "days_per_week" INTEGER NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "exercise_plan_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_templates" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "practice_id" TEXT,
    "owner_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "plan_templates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_template_items" (
    "id" TEXT NOT NULL,
    "template_id" TEXT NOT NULL,
    "exercise_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "sets" INTEGER NOT NULL,
    "reps" INTEGER,
    "hold_seconds" INTEGER,
    "minutes" INTEGER,
    "times_per_day" INTEGER NOT NULL,
    "days_per_week" INTEGER NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "plan_template_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "exercise_logs" (
    "id" TEXT NOT NULL,
    "patient_id" TEXT NOT NULL,
    "plan_id" TEXT NOT NULL,
    "version_id" TEXT NOT NULL,
    "exercise_id" TEXT NOT NULL,
    "performed_on" DATE NOT NULL,
    "logged_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sets_done" INTEGER NOT NULL,
    "reps_done" INTEGER,
    "pain" INTEGER NOT NULL,
    "difficulty" "ExerciseDifficulty" NOT NULL,
    "comment" TEXT,

    CONSTRAINT "exercise_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outcome_scores" (
    "id" TEXT NOT NULL,
    "patient_id" TEXT NOT NULL,
    "plan_id" TEXT NOT NULL,
    "instrument" "OutcomeInstrument" NOT NULL,
    "timepoint" "OutcomeTimepoint" NOT NULL,
    "answers" JSONB,
    "score" DOUBLE PRECISION NOT NULL,
    "taken_on" DATE NOT NULL,
    "taken_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outcome_scores_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "questionnaire_reminders" (
    "plan_id" TEXT NOT NULL,
    "instrument" "OutcomeInstrument" NOT NULL,
    "timepoint" "OutcomeTimepoint" NOT NULL,
    "due_on" DATE NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "questionnaire_reminders_pkey" PRIMARY KEY ("plan_id","instrument","timepoint","due_on")
);

-- CreateTable
CREATE TABLE "patient_flags" (
    "id" TEXT NOT NULL,
    "patient_id" TEXT NOT NULL,
    "plan_id" TEXT NOT NULL,
    "kind" "PatientFlagKind" NOT NULL,
    "key" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "raised_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "digested_at" TIMESTAMPTZ(3),
    "acknowledged_at" TIMESTAMPTZ(3),
    "acknowledged_by_id" TEXT,

    CONSTRAINT "patient_flags_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "exercises_slug_key" ON "exercises"("slug");

-- CreateIndex
CREATE INDEX "exercises_practice_id_idx" ON "exercises"("practice_id");

-- CreateIndex
CREATE INDEX "exercise_plans_patient_id_idx" ON "exercise_plans"("patient_id");

-- CreateIndex
CREATE INDEX "exercise_plans_therapist_id_idx" ON "exercise_plans"("therapist_id");

-- CreateIndex
CREATE UNIQUE INDEX "exercise_plans_id_patient_id_key" ON "exercise_plans"("id", "patient_id");

-- CreateIndex
CREATE UNIQUE INDEX "exercise_plan_versions_plan_id_version_key" ON "exercise_plan_versions"("plan_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "exercise_plan_versions_plan_id_id_key" ON "exercise_plan_versions"("plan_id", "id");

-- CreateIndex
CREATE INDEX "exercise_plan_items_exercise_id_idx" ON "exercise_plan_items"("exercise_id");

-- CreateIndex
CREATE UNIQUE INDEX "exercise_plan_items_version_id_exercise_id_key" ON "exercise_plan_items"("version_id", "exercise_id");

-- CreateIndex
CREATE INDEX "plan_templates_owner_id_idx" ON "plan_templates"("owner_id");

-- CreateIndex
CREATE INDEX "plan_templates_practice_id_idx" ON "plan_templates"("practice_id");

-- CreateIndex
CREATE UNIQUE INDEX "plan_template_items_template_id_exercise_id_key" ON "plan_template_items"("template_id", "exercise_id");

-- CreateIndex
CREATE INDEX "exercise_logs_plan_id_performed_on_idx" ON "exercise_logs"("plan_id", "performed_on");

-- CreateIndex
CREATE INDEX "exercise_logs_patient_id_performed_on_idx" ON "exercise_logs"("patient_id", "performed_on");

-- CreateIndex
CREATE INDEX "outcome_scores_plan_id_instrument_taken_at_idx" ON "outcome_scores"("plan_id", "instrument", "taken_at");

-- CreateIndex
CREATE INDEX "outcome_scores_patient_id_taken_at_idx" ON "outcome_scores"("patient_id", "taken_at");

-- CreateIndex
CREATE INDEX "patient_flags_patient_id_raised_at_idx" ON "patient_flags"("patient_id", "raised_at");

-- CreateIndex
CREATE INDEX "patient_flags_acknowledged_at_raised_at_idx" ON "patient_flags"("acknowledged_at", "raised_at");

-- CreateIndex
CREATE UNIQUE INDEX "patient_flags_plan_id_key_key" ON "patient_flags"("plan_id", "key");

-- AddForeignKey
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exercise_plans" ADD CONSTRAINT "exercise_plans_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exercise_plans" ADD CONSTRAINT "exercise_plans_therapist_id_fkey" FOREIGN KEY ("therapist_id") REFERENCES "therapists"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exercise_plan_versions" ADD CONSTRAINT "exercise_plan_versions_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "exercise_plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exercise_plan_items" ADD CONSTRAINT "exercise_plan_items_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "exercise_plan_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exercise_plan_items" ADD CONSTRAINT "exercise_plan_items_exercise_id_fkey" FOREIGN KEY ("exercise_id") REFERENCES "exercises"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_templates" ADD CONSTRAINT "plan_templates_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_templates" ADD CONSTRAINT "plan_templates_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "therapists"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_template_items" ADD CONSTRAINT "plan_template_items_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "plan_templates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_template_items" ADD CONSTRAINT "plan_template_items_exercise_id_fkey" FOREIGN KEY ("exercise_id") REFERENCES "exercises"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exercise_logs" ADD CONSTRAINT "exercise_logs_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exercise_logs" ADD CONSTRAINT "exercise_logs_plan_id_patient_id_fkey" FOREIGN KEY ("plan_id", "patient_id") REFERENCES "exercise_plans"("id", "patient_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exercise_logs" ADD CONSTRAINT "exercise_logs_plan_id_version_id_fkey" FOREIGN KEY ("plan_id", "version_id") REFERENCES "exercise_plan_versions"("plan_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exercise_logs" ADD CONSTRAINT "exercise_logs_version_id_exercise_id_fkey" FOREIGN KEY ("version_id", "exercise_id") REFERENCES "exercise_plan_items"("version_id", "exercise_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exercise_logs" ADD CONSTRAINT "exercise_logs_exercise_id_fkey" FOREIGN KEY ("exercise_id") REFERENCES "exercises"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outcome_scores" ADD CONSTRAINT "outcome_scores_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outcome_scores" ADD CONSTRAINT "outcome_scores_plan_id_patient_id_fkey" FOREIGN KEY ("plan_id", "patient_id") REFERENCES "exercise_plans"("id", "patient_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire_reminders" ADD CONSTRAINT "questionnaire_reminders_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "exercise_plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patient_flags" ADD CONSTRAINT "patient_flags_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patient_flags" ADD CONSTRAINT "patient_flags_plan_id_patient_id_fkey" FOREIGN KEY ("plan_id", "patient_id") REFERENCES "exercise_plans"("id", "patient_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: what must never break, whatever the application does. (The composite foreign
-- keys that tie logs, scores and flags to their own patient's plan are modelled in schema.prisma.)

-- Dosage is always sensible: at least one set, once a day, one to seven days a week.
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_valid" CHECK (
  length(btrim("name")) > 0 AND length(btrim("purpose")) > 0 AND cardinality("steps") >= 1
  AND "illustration" ~ '^[a-z0-9-]+\.svg$'
  AND "default_sets" BETWEEN 1 AND 20
  AND ("default_reps" IS NULL OR "default_reps" BETWEEN 1 AND 100)
  AND ("default_hold_seconds" IS NULL OR "default_hold_seconds" BETWEEN 1 AND 600)
  AND ("default_minutes" IS NULL OR "default_minutes" BETWEEN 1 AND 180)
  AND "default_times_per_day" BETWEEN 1 AND 10
  AND "default_days_per_week" BETWEEN 1 AND 7);

ALTER TABLE "exercise_plan_items" ADD CONSTRAINT "exercise_plan_items_dosage_valid" CHECK (
  "position" >= 0 AND "sets" BETWEEN 1 AND 20
  AND ("reps" IS NULL OR "reps" BETWEEN 1 AND 100)
  AND ("hold_seconds" IS NULL OR "hold_seconds" BETWEEN 1 AND 600)
  AND ("minutes" IS NULL OR "minutes" BETWEEN 1 AND 180)
  AND "times_per_day" BETWEEN 1 AND 10 AND "days_per_week" BETWEEN 1 AND 7);

ALTER TABLE "plan_template_items" ADD CONSTRAINT "plan_template_items_dosage_valid" CHECK (
  "position" >= 0 AND "sets" BETWEEN 1 AND 20
  AND ("reps" IS NULL OR "reps" BETWEEN 1 AND 100)
  AND ("hold_seconds" IS NULL OR "hold_seconds" BETWEEN 1 AND 600)
  AND ("minutes" IS NULL OR "minutes" BETWEEN 1 AND 180)
  AND "times_per_day" BETWEEN 1 AND 10 AND "days_per_week" BETWEEN 1 AND 7);

ALTER TABLE "plan_templates" ADD CONSTRAINT "plan_templates_name_valid" CHECK (length(btrim("name")) > 0);
ALTER TABLE "exercise_plans" ADD CONSTRAINT "exercise_plans_title_valid" CHECK (length(btrim("title")) > 0);

-- One open plan per patient: the one the patient sees and logs against.
CREATE UNIQUE INDEX "exercise_plans_one_open_per_patient" ON "exercise_plans" ("patient_id") WHERE "ended_at" IS NULL;

ALTER TABLE "exercise_plan_versions" ADD CONSTRAINT "exercise_plan_versions_valid" CHECK (
  "version" >= 1 AND ("ends_on" IS NULL OR "ends_on" >= "starts_on"));

ALTER TABLE "exercise_logs" ADD CONSTRAINT "exercise_logs_valid" CHECK (
  "pain" BETWEEN 0 AND 10 AND "sets_done" BETWEEN 0 AND 20
  AND ("reps_done" IS NULL OR "reps_done" BETWEEN 0 AND 500)
  AND ("comment" IS NULL OR length("comment") <= 1000));

-- Scores: NPRS a whole number 0–10; ODI 0–100 % from ten sections, each 0–5 or skipped (null).
ALTER TABLE "outcome_scores" ADD CONSTRAINT "outcome_scores_valid" CHECK (
  ("instrument" = 'NPRS' AND "score" BETWEEN 0 AND 10 AND "score" = trunc("score"))
  OR ("instrument" = 'ODI' AND "score" BETWEEN 0 AND 100
      AND "answers" IS NOT NULL AND jsonb_typeof("answers") = 'array' AND jsonb_array_length("answers") = 10
      -- at most two sections skipped (lib/outcomes/score-oswestry.ts)
      AND jsonb_array_length(jsonb_path_query_array("answers", '$[*] ? (@ != null)')) >= 8
      AND NOT jsonb_path_exists("answers", '$[*] ? (@ != null && (@.type() != "number" || @ < 0 || @ > 5 || @.floor() != @))')));

-- The daily jobs' queues (lib/jobs/queue.ts JOBS); see 20261125221636_pgboss_queue.
SELECT pgboss.create_queue(q, '{"policy":"standard"}'::json)
FROM unnest(ARRAY['outcomes.remind', 'flags.digest']) AS q;
