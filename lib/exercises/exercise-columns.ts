// An exercise form's fields as table columns (defaults flattened), checked for a known illustration.
import type { Prisma } from '../db';
import { AppError } from '../errors';
import { isIllustration } from './illustrations';
import type { ExerciseInput } from './schemas';

export function columns(input: Partial<ExerciseInput>): Prisma.ExerciseUncheckedUpdateInput {
  if (input.illustration !== undefined && !isIllustration(input.illustration)) {
    throw new AppError('VALIDATION_FAILED', 'Pick one of the library illustrations.');
  }
  const d = input.defaultDosage;
  return {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.purpose !== undefined ? { purpose: input.purpose } : {}),
    ...(input.steps !== undefined ? { steps: input.steps } : {}),
    ...(input.cautions !== undefined ? { cautions: input.cautions } : {}),
    ...(input.region !== undefined ? { region: input.region } : {}),
    ...(input.category !== undefined ? { category: input.category } : {}),
    ...(input.conditions !== undefined ? { conditions: [...new Set(input.conditions)] } : {}),
    ...(input.illustration !== undefined ? { illustration: input.illustration } : {}),
    ...(d
      ? {
          defaultSets: d.sets,
          defaultReps: d.reps,
          defaultHoldSeconds: d.holdSeconds,
          defaultMinutes: d.minutes,
          defaultTimesPerDay: d.timesPerDay,
          defaultDaysPerWeek: d.daysPerWeek,
        }
      : {}),
  };
}
