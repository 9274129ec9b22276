// An intake row as the API and the pages show it.
import type { Intake } from '../generated/prisma/client.ts';
import { suggestVisit } from './red-flags';
import type { Aggravator, PainArea } from './intake-options';
import type { IntakeView } from './schemas';

export const intakeSelect = {
  id: true,
  createdAt: true,
  reason: true,
  painAreas: true,
  duration: true,
  aggravators: true,
  goals: true,
  redFlags: true,
  suggestedModality: true,
  baselinePain: true,
  oswestryAnswers: true,
  oswestryScore: true,
} as const;

type IntakeRecord = Pick<Intake, keyof typeof intakeSelect>;

function odiAnswers(value: unknown): (number | null)[] | null {
  if (!Array.isArray(value)) return null;
  return value.map((v) => (typeof v === 'number' ? v : null));
}

export function toIntakeView(i: IntakeRecord): IntakeView {
  const suggestion = suggestVisit({
    redFlags: i.redFlags,
    painAreas: i.painAreas as PainArea[],
    aggravators: i.aggravators as Aggravator[],
    baselinePain: i.baselinePain ?? 0,
  });
  return {
    id: i.id,
    createdAt: i.createdAt.toISOString(),
    reason: i.reason,
    painAreas: i.painAreas,
    duration: i.duration,
    aggravators: i.aggravators,
    goals: i.goals,
    redFlags: i.redFlags,
    urgent: i.redFlags.length > 0,
    suggestedModality: i.suggestedModality,
    suggestionReasons: suggestion.reasons,
    baselinePain: i.baselinePain,
    oswestryAnswers: odiAnswers(i.oswestryAnswers),
    oswestryScore: i.oswestryScore,
  };
}
