import { describe, expect, it } from 'vitest';
import { RED_FLAG_KEYS, redFlagsOf, suggestVisit, type RedFlag } from './red-flags';
import { intakeInput } from './schemas';

const noFlags = Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, false])) as Record<RedFlag, boolean>;
const base = { redFlags: [] as string[], painAreas: ['low-back'] as const, aggravators: ['sitting'] as const, baselinePain: 5 };

describe('redFlagsOf', () => {
  it('lists the questions answered yes, in the screen’s order', () => {
    expect(redFlagsOf(noFlags)).toEqual([]);
    expect(redFlagsOf({ ...noFlags, 'cancer-history': true, 'bladder-bowel': true })).toEqual([
      'bladder-bowel',
      'cancer-history',
    ]);
  });

  it('covers the seven warning signs of the low back pain screen', () => {
    expect(RED_FLAG_KEYS).toEqual([
      'bladder-bowel',
      'saddle-numbness',
      'leg-weakness',
      'fever',
      'weight-loss',
      'major-trauma',
      'cancer-history',
    ]);
  });
});

describe('suggestVisit', () => {
  it('sends anyone with a red flag to urgent medical care and never to a video visit', () => {
    for (const flag of RED_FLAG_KEYS) {
      const s = suggestVisit({ ...base, redFlags: [flag] });
      expect(s.urgent).toBe(true);
      expect(s.modality).not.toBe('VIRTUAL');
    }
  });

  it('suggests a video visit for most people', () => {
    expect(suggestVisit(base)).toEqual({ urgent: false, modality: 'VIRTUAL', reasons: [] });
    expect(suggestVisit({ ...base, baselinePain: 7, painAreas: ['low-back', 'buttock', 'thigh'] }).modality).toBe('VIRTUAL');
  });

  it('suggests the clinic when a hands-on assessment is needed, and says why', () => {
    const belowKnee = suggestVisit({ ...base, painAreas: ['low-back', 'below-knee'] });
    expect(belowKnee.modality).toBe('IN_CLINIC');
    expect(belowKnee.reasons[0]).toMatch(/below the knee/);
    expect(suggestVisit({ ...base, baselinePain: 8 }).modality).toBe('IN_CLINIC');
    expect(suggestVisit({ ...base, aggravators: ['lying-down'] }).reasons).toHaveLength(1);
    expect(
      suggestVisit({ ...base, baselinePain: 9, aggravators: ['lying-down'], painAreas: ['below-knee'] }).reasons,
    ).toHaveLength(3);
  });
});

describe('intakeInput', () => {
  const valid = {
    reason: 'Back pain after moving house',
    painAreas: ['low-back'],
    duration: '2-6-weeks',
    aggravators: ['lying-down'],
    goals: 'Sleep through the night',
    redFlags: noFlags,
    baselinePain: 6,
  };

  it('accepts a complete intake, with or without the Oswestry questionnaire', () => {
    expect(intakeInput.safeParse(valid).success).toBe(true);
    expect(intakeInput.safeParse({ ...valid, oswestryAnswers: [1, 2, 0, 1, 2, 1, 3, null, 1, 0] }).success).toBe(true);
  });

  it('refuses an unanswered warning-sign question, an unknown choice or a pain rating out of range', () => {
    const { fever: _fever, ...missingFever } = noFlags;
    expect(intakeInput.safeParse({ ...valid, redFlags: missingFever }).success).toBe(false);
    expect(intakeInput.safeParse({ ...valid, painAreas: ['elbow'] }).success).toBe(false);
    expect(intakeInput.safeParse({ ...valid, painAreas: [] }).success).toBe(false);
    expect(intakeInput.safeParse({ ...valid, baselinePain: 11 }).success).toBe(false);
    expect(intakeInput.safeParse({ ...valid, oswestryAnswers: [1, 2, 3] }).success).toBe(false);
  });
});
