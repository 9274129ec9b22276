// The intake form's fields as filled in, the API body made from them (checked by the API's
// `intakeInput`), and the words for each problem.
import { chosen } from '@/app/_components/forms/chosen';

interface Option {
  key: string;
  label: string;
}
interface OdiSection {
  title: string;
  statements: string[];
}

export interface IntakeChoices {
  painAreas: Option[];
  durations: Option[];
  aggravators: Option[];
  redFlags: { key: string; question: string }[];
  odiInstructions: string;
  odiSections: OdiSection[];
}

export interface IntakeFields {
  reason: string;
  painAreas: string[];
  aggravators: string[];
  goals: string;
  withOdi: boolean;
  /** The radio groups, read from the form when it is sent (see `readChoices`). */
  duration: string | null;
  baselinePain: string | null;
  /** Per warning sign: 'yes', 'no' or null (not answered). */
  redFlags: Record<string, string | null>;
  /** Per Oswestry section: '0'–'5', 'skip' or null. */
  odi: (string | null)[];
}

export const EMPTY_INTAKE: IntakeFields = {
  reason: '',
  painAreas: [],
  aggravators: [],
  goals: '',
  withOdi: false,
  duration: null,
  baselinePain: null,
  redFlags: {},
  odi: [],
};

/** The body of POST /api/intakes; what is missing is left out, for the schema to name. */
export function intakeBody(fields: IntakeFields): unknown {
  const number = (v: string | null | undefined) => (v != null && /^\d+$/.test(v) ? Number(v) : undefined);
  return {
    reason: fields.reason,
    painAreas: fields.painAreas,
    duration: fields.duration ?? undefined,
    aggravators: fields.aggravators,
    goals: fields.goals,
    baselinePain: number(fields.baselinePain),
    redFlags: Object.fromEntries(
      Object.entries(fields.redFlags).map(([key, answer]) => [
        key,
        answer === 'yes' ? true : answer === 'no' ? false : undefined,
      ]),
    ),
    oswestryAnswers: fields.withOdi ? fields.odi.map((a) => number(a) ?? null) : null,
  };
}

/**
 * The radio groups' choices, read from the form element itself: the radios are uncontrolled, so a
 * choice made before the page finished loading (before hydration) still counts.
 */
export function readChoices(form: HTMLFormElement, choices: IntakeChoices) {
  return {
    duration: chosen(form, 'duration'),
    baselinePain: chosen(form, 'baselinePain'),
    redFlags: Object.fromEntries(choices.redFlags.map((f) => [f.key, chosen(form, `flag-${f.key}`)])),
    odi: choices.odiSections.map((_, i) => chosen(form, `odi-${i}`)),
  };
}

/** The words under each question with a problem (keys are the API body's paths). */
export const INTAKE_WORDS = {
  reason: 'Tell us in a few words why you are coming in.',
  painAreas: 'Choose at least one place.',
  duration: 'Choose how long you have had it.',
  goals: 'Tell us what you would like to get back to.',
  baselinePain: 'Choose a number from 0 to 10.',
  redFlags: 'Answer yes or no to each question.',
};
