// A patient answers a questionnaire that is due. The score is computed here (never taken from the
// browser), stored with its timepoint, and compared with the earlier ones: a clinically important
// worsening raises a flag in the same transaction.
import { db, type Prisma } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { raiseFlag } from '../flags/raise-flag';
import { dateOnly, dbDate, todayIn } from '../plans/calendar';
import { worsening } from './flag-rules';
import { planSchedule } from './plan-schedule';
import { questionnairesDue } from './questionnaires-due';
import { scoreNprs } from './score-nprs';
import { scoreOswestry } from './score-oswestry';
import { scoreSelect, toScoreView } from './score-view';
import type { ScoreView, SubmitScoreInput } from './schemas';

const NAME = { ODI: 'ODI', NPRS: 'Pain (NPRS)' } as const;
const unit = (instrument: 'ODI' | 'NPRS', n: number) => (instrument === 'ODI' ? `${n} %` : `${n}/10`);

function computeScore(input: SubmitScoreInput): { score: number; answers: Prisma.InputJsonValue | undefined } {
  if (input.instrument === 'NPRS') {
    const r = scoreNprs(input.rating);
    if (!r.ok) throw new AppError('QUESTIONNAIRE_INCOMPLETE', r.reason);
    return { score: r.score, answers: undefined };
  }
  const r = scoreOswestry(input.answers);
  if (!r.ok) throw new AppError('QUESTIONNAIRE_INCOMPLETE', r.reason);
  return { score: r.percent, answers: input.answers };
}

export async function submitOutcomeScore(user: SessionUser, input: SubmitScoreInput, now = new Date()): Promise<ScoreView> {
  const patient = await db().patient.findUnique({ where: { userId: user.id }, select: { id: true, timezone: true } });
  if (!patient) throw new AppError('FORBIDDEN', 'Only patients answer questionnaires.');
  const plan = await db().exercisePlan.findFirst({
    where: { id: input.planId, patientId: patient.id },
    select: {
      id: true,
      endedAt: true,
      therapist: { select: { practiceId: true } },
      versions: { select: { version: true, startsOn: true, endsOn: true } },
      scores: { orderBy: { takenAt: 'asc' }, select: { instrument: true, timepoint: true, takenOn: true, score: true } },
    },
  });
  if (!plan) throw new AppError('NOT_FOUND', 'Plan not found.');
  const today = todayIn(patient.timezone, now);
  const taken = plan.scores.map((s) => ({ ...s, takenOn: dateOnly(s.takenOn) }));
  const due = questionnairesDue(planSchedule(plan.versions, plan.endedAt, patient.timezone), taken, today).find(
    (d) => d.instrument === input.instrument,
  );
  if (!due) throw new AppError('QUESTIONNAIRE_NOT_DUE');
  const { score, answers } = computeScore(input);

  const mine = taken.filter((s) => s.instrument === input.instrument);
  const previous = mine.at(-1) ?? null;
  const intake = mine.find((s) => s.timepoint === 'INTAKE') ?? null;
  const worse = worsening(input.instrument, score, previous, intake);

  return db().$transaction(async (tx) => {
    const created = await tx.outcomeScore.create({
      data: {
        patientId: patient.id,
        planId: plan.id,
        instrument: input.instrument,
        timepoint: due.timepoint,
        score,
        answers,
        takenOn: dbDate(today),
        takenAt: now,
      },
      select: scoreSelect,
    });
    if (worse) {
      const comparedWith = worse.against === 'intake' ? 'intake' : 'the previous score';
      await raiseFlag(
        tx,
        {
          patientId: patient.id,
          planId: plan.id,
          kind: input.instrument === 'ODI' ? 'ODI_WORSE' : 'PAIN_WORSE',
          key: `${input.instrument.toLowerCase()}-worse:${created.id}`,
          detail:
            `${NAME[input.instrument]} ${unit(input.instrument, score)} on ${today}: worse by ${worse.by} since ` +
            `${comparedWith} (${unit(input.instrument, worse.from.score)} on ${worse.from.takenOn}).`,
        },
        now,
      );
    }
    await recordAuditEvent(
      {
        actorId: user.id,
        action: 'outcome.submit',
        entityType: 'OutcomeScore',
        entityId: created.id,
        patientId: patient.id,
        practiceId: plan.therapist.practiceId,
        data: { instrument: input.instrument, timepoint: due.timepoint, score },
      },
      tx,
    );
    return toScoreView(created);
  });
}
