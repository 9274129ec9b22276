// A patient's intake before their first visit: stored as answered, with the red flags, the
// suggested kind of visit and the baseline scores, so the therapist starts informed.
import { db } from '../db';
import { AppError } from '../errors';
import { recordAuditEvent } from '../audit/record-audit-event';
import { scoreOswestry } from '../outcomes/score-oswestry';
import { redFlagsOf, suggestVisit } from './red-flags';
import { intakeSelect, toIntakeView } from './intake-view';
import type { IntakeInput } from './schemas';
import type { IntakeView } from './schemas';

export async function submitIntake(patient: { id: string; userId: string }, input: IntakeInput): Promise<IntakeView> {
  const redFlags = redFlagsOf(input.redFlags);
  const suggestion = suggestVisit({
    redFlags,
    painAreas: input.painAreas,
    aggravators: input.aggravators,
    baselinePain: input.baselinePain,
  });
  let oswestryScore: number | null = null;
  if (input.oswestryAnswers) {
    const scored = scoreOswestry(input.oswestryAnswers);
    if (!scored.ok) throw new AppError('VALIDATION_FAILED', `Oswestry questionnaire: ${scored.reason}`);
    oswestryScore = scored.percent;
  }
  const intake = await db().$transaction(async (tx) => {
    const created = await tx.intake.create({
      data: {
        patientId: patient.id,
        reason: input.reason,
        painAreas: input.painAreas,
        duration: input.duration,
        aggravators: input.aggravators,
        goals: input.goals,
        redFlags,
        suggestedModality: suggestion.modality,
        baselinePain: input.baselinePain,
        oswestryAnswers: input.oswestryAnswers ?? undefined,
        oswestryScore,
      },
      select: intakeSelect,
    });
    await recordAuditEvent(
      {
        actorId: patient.userId,
        action: 'intake.submit',
        entityType: 'Intake',
        entityId: created.id,
        patientId: patient.id,
        data: { redFlags, suggestedModality: suggestion.modality },
      },
      tx,
    );
    return created;
  });
  return toIntakeView(intake);
}
