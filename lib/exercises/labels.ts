// Names for the library's enums as the clinic says them. Plain data: server and browser share it.
import type { BackCondition, BodyRegion, ExerciseCategory } from '../generated/prisma/enums.ts';

export const CONDITIONS = [
  'SCIATICA',
  'STRAIN_SPRAIN',
  'LUMBAR_OSTEOARTHRITIS',
  'DISC_HERNIATION',
] as const satisfies readonly BackCondition[];
export const REGIONS = ['LOWER_BACK', 'CORE', 'HIP_PELVIS', 'LEG', 'WHOLE_BODY'] as const satisfies readonly BodyRegion[];
export const CATEGORIES = [
  'STRENGTHENING',
  'STRETCHING',
  'MOBILITY',
  'STABILIZATION',
  'AEROBIC',
] as const satisfies readonly ExerciseCategory[];

export const CONDITION_LABEL: Record<BackCondition, string> = {
  SCIATICA: 'Sciatica',
  STRAIN_SPRAIN: 'Muscle strain or sprain',
  LUMBAR_OSTEOARTHRITIS: 'Lumbar osteoarthritis',
  DISC_HERNIATION: 'Disc herniation',
};

export const REGION_LABEL: Record<BodyRegion, string> = {
  LOWER_BACK: 'Lower back',
  CORE: 'Core and trunk',
  HIP_PELVIS: 'Hips and pelvis',
  LEG: 'Legs',
  WHOLE_BODY: 'Whole body',
};

export const CATEGORY_LABEL: Record<ExerciseCategory, string> = {
  STRENGTHENING: 'Strengthening',
  STRETCHING: 'Stretching',
  MOBILITY: 'Mobility',
  STABILIZATION: 'Stabilization',
  AEROBIC: 'Aerobic',
};

/** A form's select value narrowed to the enum it offers. */
export const isRegion = (s: string): s is BodyRegion => Object.hasOwn(REGION_LABEL, s);
export const isCategory = (s: string): s is ExerciseCategory => Object.hasOwn(CATEGORY_LABEL, s);

export const DIFFICULTY_LABEL = { EASY: 'Easy', ABOUT_RIGHT: 'About right', TOO_HARD: 'Too hard' } as const;
