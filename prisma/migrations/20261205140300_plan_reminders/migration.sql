-- Issue 16 part 5: the patient's reminder times for their plan's times of day and the email
-- reminders sent (decision 030). Additive only. Written by hand in Prisma's form (the CHECK and the
-- queues are ours): see 20261125221636_pgboss_queue for why every queue is created by a migration.

-- CreateTable
CREATE TABLE "plan_reminders" (
    "patient_id" TEXT NOT NULL,
    "time_of_day" "TimeOfDay" NOT NULL,
    "enabled" BOOLEAN NOT NULL,
    "minute_of_day" INTEGER NOT NULL,
    "scheduled_for" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "plan_reminders_pkey" PRIMARY KEY ("patient_id","time_of_day"),
    CONSTRAINT "plan_reminders_minute_of_day_range" CHECK ("minute_of_day" BETWEEN 0 AND 1439)
);

-- CreateTable
CREATE TABLE "plan_reminders_sent" (
    "patient_id" TEXT NOT NULL,
    "time_of_day" "TimeOfDay" NOT NULL,
    "local_date" DATE NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "plan_reminders_sent_pkey" PRIMARY KEY ("patient_id","time_of_day","local_date")
);

-- CreateIndex
CREATE INDEX "plan_reminders_scheduled_for_idx" ON "plan_reminders"("scheduled_for");

-- AddForeignKey
ALTER TABLE "plan_reminders" ADD CONSTRAINT "plan_reminders_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_reminders_sent" ADD CONSTRAINT "plan_reminders_sent_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The reminder email at the patient's chosen time, and the hourly sweep that restarts a reminder
-- whose chain of jobs stopped (lib/jobs/queue.ts JOBS).
SELECT pgboss.create_queue('plan.reminder', '{"policy":"standard"}'::json);
SELECT pgboss.create_queue('plan-reminders.sweep', '{"policy":"standard"}'::json);
