// The daily 'outcomes.remind' job: every patient with questionnaires due gets one email listing
// them. Each (plan, instrument, timepoint, due date) is claimed in questionnaire_reminders before
// the mail goes out, so a rerun or a second worker sends nothing twice; a failed send hands its
// claim back for the retry.
import { db } from '../db';
import { sendQuestionnaireReminder } from '../notify/send-questionnaire-reminder';
import { dateOnly, todayIn } from '../plans/calendar';
import { planSchedule } from './plan-schedule';
import { questionnairesDue, type DueQuestionnaire } from './questionnaires-due';

const GRACE_MS = 31 * 86_400_000;

export async function sendQuestionnaireReminders(now = new Date()): Promise<number> {
  const plans = await db().exercisePlan.findMany({
    where: {
      OR: [{ endedAt: null }, { endedAt: { gte: new Date(now.getTime() - GRACE_MS) } }],
      patient: { user: { active: true } },
    },
    select: {
      id: true,
      endedAt: true,
      patient: { select: { timezone: true, user: { select: { email: true, name: true } } } },
      versions: { select: { version: true, startsOn: true, endsOn: true } },
      scores: { select: { instrument: true, timepoint: true, takenOn: true } },
    },
  });
  let sent = 0;
  const failures: unknown[] = [];
  for (const plan of plans) {
    const today = todayIn(plan.patient.timezone, now);
    const due = questionnairesDue(
      planSchedule(plan.versions, plan.endedAt, plan.patient.timezone),
      plan.scores.map((s) => ({ ...s, takenOn: dateOnly(s.takenOn) })),
      today,
    );
    if (due.length === 0) continue;
    const claimed = await claim(plan.id, due);
    if (claimed.length === 0) continue;
    try {
      await sendQuestionnaireReminder({ to: plan.patient.user.email, name: plan.patient.user.name, due: claimed });
      sent++;
    } catch (err) {
      await release(plan.id, claimed);
      failures.push(err);
    }
  }
  if (failures.length) throw new AggregateError(failures, `${failures.length} questionnaire reminder(s) failed`);
  return sent;
}

async function claim(planId: string, due: DueQuestionnaire[]): Promise<DueQuestionnaire[]> {
  const rows = await db().$queryRaw<DueQuestionnaire[]>`
    INSERT INTO questionnaire_reminders (plan_id, instrument, timepoint, due_on)
    SELECT ${planId}, d.instrument::"OutcomeInstrument", d.timepoint::"OutcomeTimepoint", d.due_on::date
      FROM jsonb_to_recordset(${JSON.stringify(due.map((d) => ({ instrument: d.instrument, timepoint: d.timepoint, due_on: d.dueOn })))}::jsonb)
           AS d(instrument text, timepoint text, due_on text)
    ON CONFLICT DO NOTHING
    RETURNING instrument::text AS instrument, timepoint::text AS timepoint, to_char(due_on, 'YYYY-MM-DD') AS "dueOn"`;
  return rows;
}

async function release(planId: string, claimed: DueQuestionnaire[]): Promise<void> {
  for (const d of claimed) {
    await db().$executeRaw`DELETE FROM questionnaire_reminders
      WHERE plan_id = ${planId} AND instrument = ${d.instrument}::"OutcomeInstrument"
        AND timepoint = ${d.timepoint}::"OutcomeTimepoint" AND due_on = ${d.dueOn}::date`;
  }
}
