import type { Prisma } from '../db';
import { dateOnly } from '../plans/calendar';
import { oswestryBand } from './score-oswestry';
import { NPRS_BANDS } from './score-nprs';
import type { ScoreView } from './schemas';

export const scoreSelect = {
  id: true,
  instrument: true,
  timepoint: true,
  score: true,
  takenOn: true,
  takenAt: true,
  answers: true,
} satisfies Prisma.OutcomeScoreSelect;

type ScoreRecord = Prisma.OutcomeScoreGetPayload<{ select: typeof scoreSelect }>;

export function bandLabel(instrument: 'ODI' | 'NPRS', score: number): string {
  return instrument === 'ODI' ? oswestryBand(score).label : (NPRS_BANDS.find((b) => score <= b.upTo) ?? NPRS_BANDS[3]!).label;
}

export function toScoreView(s: ScoreRecord): ScoreView {
  return {
    id: s.id,
    instrument: s.instrument,
    timepoint: s.timepoint,
    score: s.score,
    bandLabel: bandLabel(s.instrument, s.score),
    takenOn: dateOnly(s.takenOn),
    answers: Array.isArray(s.answers) ? (s.answers as (number | null)[]) : null,
  };
}
