// The red-flag screen for low back pain and the visit the intake suggests. Pure.
//
// The questions are the standard "red flags" that point to a cause physical therapy must not treat
// first (cauda equina syndrome, infection, fracture, cancer, a worsening nerve problem). Any yes
// means: see a doctor urgently, and no video visit (nobody can examine you through a camera).
// See docs/decisions/008-find-care.md.
import type { Aggravator, PainArea } from './intake-options';

export const RED_FLAGS = [
  { key: 'bladder-bowel', question: 'New trouble controlling your bladder or bowels, or being unable to pass urine' },
  {
    key: 'saddle-numbness',
    question: 'Numbness or tingling between your legs, around your genitals or back passage (the “saddle” area)',
  },
  {
    key: 'leg-weakness',
    question: 'Weakness in one or both legs that is getting worse, or a foot that drags or slaps when you walk',
  },
  { key: 'fever', question: 'A fever or chills along with your back pain' },
  { key: 'weight-loss', question: 'Weight loss you cannot explain' },
  { key: 'major-trauma', question: 'A recent major injury, such as a car accident or a bad fall' },
  { key: 'cancer-history', question: 'A history of cancer' },
] as const;

export type RedFlag = (typeof RED_FLAGS)[number]['key'];
export const RED_FLAG_KEYS = RED_FLAGS.map((f) => f.key) as [RedFlag, ...RedFlag[]];

/** The flags answered "yes", in the screen's order. Every question must have been answered. */
export function redFlagsOf(answers: Readonly<Record<RedFlag, boolean>>): RedFlag[] {
  return RED_FLAG_KEYS.filter((key) => answers[key] === true);
}

export function redFlagQuestion(key: string): string {
  return RED_FLAGS.find((f) => f.key === key)?.question ?? key;
}

export interface VisitSuggestion {
  /** Any red flag: seek urgent medical care; a video visit is not offered. */
  urgent: boolean;
  modality: 'IN_CLINIC' | 'VIRTUAL';
  /** Why, in plain words (empty for the default: a video visit suits most people). */
  reasons: string[];
}

export interface SuggestionInput {
  redFlags: readonly string[];
  painAreas: readonly PainArea[];
  aggravators: readonly Aggravator[];
  baselinePain: number;
}

/**
 * Most people with low back pain can start with a video visit: history, movement tests and an
 * exercise plan all work through a camera. Hands-on assessment is needed when symptoms reach below
 * the knee (reflexes, sensation and strength are tested in person), when pain is severe (8+ of 10),
 * or when pain is worse lying down or at night (which deserves a closer look).
 */
export function suggestVisit(input: SuggestionInput): VisitSuggestion {
  if (input.redFlags.length > 0) {
    return {
      urgent: true,
      modality: 'IN_CLINIC',
      reasons: ['You answered yes to a warning sign that needs a doctor’s attention first.'],
    };
  }
  const reasons: string[] = [];
  if (input.painAreas.includes('below-knee')) {
    reasons.push('Your symptoms reach below the knee: a therapist should test your nerves, reflexes and strength in person.');
  }
  if (input.baselinePain >= 8) reasons.push('Your pain is severe right now: hands-on care at the clinic can help settle it.');
  if (input.aggravators.includes('lying-down')) {
    reasons.push('Your pain is worse lying down or at night: a therapist should examine your back in person.');
  }
  return { urgent: false, modality: reasons.length > 0 ? 'IN_CLINIC' : 'VIRTUAL', reasons };
}
