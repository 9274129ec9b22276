// When a patient's progress needs the therapist's eyes. Pure; the callers store what these say.
//
// - ODI worse by 10 points or more, or NPRS worse by 2 or more: the minimal clinically important
//   change for each (Ostelo et al., Spine 2008). Compared with the previous score and with the
//   intake score, so neither a sudden relapse nor a slow drift goes unseen.
// - Adherence under 50 % over the last 7 days (when anything was prescribed).
// - A logged pain of 8 or more during or after an exercise.

export const ODI_WORSE_POINTS = 10;
export const NPRS_WORSE_POINTS = 2;
export const LOW_ADHERENCE_BELOW = 0.5;
export const HIGH_PAIN_FROM = 8;

export interface ScorePoint {
  score: number;
  takenOn: string;
}

export interface Worsening {
  by: number;
  from: ScorePoint;
  against: 'previous' | 'intake';
}

/**
 * How much worse the new score is than the previous one or the intake one (whichever shows more),
 * when that reaches the instrument's threshold; null otherwise. Higher is worse on both scales.
 */
export function worsening(
  instrument: 'ODI' | 'NPRS',
  current: number,
  previous: ScorePoint | null,
  intake: ScorePoint | null,
): Worsening | null {
  const threshold = instrument === 'ODI' ? ODI_WORSE_POINTS : NPRS_WORSE_POINTS;
  const candidates: Worsening[] = [];
  if (previous) candidates.push({ by: round1(current - previous.score), from: previous, against: 'previous' });
  if (intake) candidates.push({ by: round1(current - intake.score), from: intake, against: 'intake' });
  const worst = candidates.sort((a, b) => b.by - a.by)[0];
  return worst && worst.by >= threshold ? worst : null;
}

export function isLowAdherence(a: { prescribed: number; done: number }): boolean {
  return a.prescribed > 0 && a.done / a.prescribed < LOW_ADHERENCE_BELOW;
}

export function isHighPain(pain: number): boolean {
  return pain >= HIGH_PAIN_FROM;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
