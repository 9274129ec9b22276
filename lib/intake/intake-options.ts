// The choices the intake offers, with the words patients and therapists see. Stored by key.

export const PAIN_AREAS = [
  { key: 'low-back', label: 'Low back' },
  { key: 'buttock', label: 'Buttock' },
  { key: 'hip', label: 'Hip' },
  { key: 'thigh', label: 'Thigh' },
  { key: 'below-knee', label: 'Leg below the knee or foot' },
  { key: 'mid-back', label: 'Middle or upper back' },
] as const;

export const DURATIONS = [
  { key: 'under-2-weeks', label: 'Less than 2 weeks' },
  { key: '2-6-weeks', label: '2 to 6 weeks' },
  { key: '6-12-weeks', label: '6 to 12 weeks' },
  { key: 'over-12-weeks', label: 'More than 12 weeks' },
] as const;

export const AGGRAVATORS = [
  { key: 'lying-down', label: 'Lying down or at night' },
  { key: 'sitting', label: 'Sitting' },
  { key: 'standing', label: 'Standing' },
  { key: 'walking', label: 'Walking' },
  { key: 'bending', label: 'Bending forward' },
  { key: 'leaning-back', label: 'Leaning back' },
  { key: 'lifting', label: 'Lifting' },
  { key: 'cough-sneeze', label: 'Coughing or sneezing' },
  { key: 'morning', label: 'First thing in the morning' },
] as const;

export type PainArea = (typeof PAIN_AREAS)[number]['key'];
export type Duration = (typeof DURATIONS)[number]['key'];
export type Aggravator = (typeof AGGRAVATORS)[number]['key'];

export const keysOf = <T extends { key: string }>(list: readonly T[]) => list.map((o) => o.key) as [T['key'], ...T['key'][]];

/** The label for a stored key (an unknown key, e.g. from an older version, shows as itself). */
export function labelOf(list: readonly { key: string; label: string }[], key: string): string {
  return list.find((o) => o.key === key)?.label ?? key;
}
