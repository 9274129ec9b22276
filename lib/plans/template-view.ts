import type { Prisma } from '../db';
import { describeDosage } from './dosage';
import { sortTimesOfDay } from './times-of-day';
import type { TemplateView } from './schemas';

export const templateSelect = {
  id: true,
  name: true,
  description: true,
  practiceId: true,
  ownerId: true,
  items: {
    orderBy: { position: 'asc' },
    select: {
      exerciseId: true,
      position: true,
      sets: true,
      reps: true,
      holdSeconds: true,
      minutes: true,
      timesPerDay: true,
      daysPerWeek: true,
      notes: true,
      timesOfDay: true,
      exercise: { select: { name: true } },
    },
  },
} satisfies Prisma.PlanTemplateSelect;

type TemplateRecord = Prisma.PlanTemplateGetPayload<{ select: typeof templateSelect }>;

export function toTemplateView(t: TemplateRecord): TemplateView {
  return {
    id: t.id,
    name: t.name,
    description: t.description,
    kind: t.ownerId ? 'mine' : t.practiceId ? 'practice' : 'shared',
    items: t.items.map((i) => {
      const dosage = {
        sets: i.sets,
        reps: i.reps,
        holdSeconds: i.holdSeconds,
        minutes: i.minutes,
        timesPerDay: i.timesPerDay,
        daysPerWeek: i.daysPerWeek,
      };
      return {
        exerciseId: i.exerciseId,
        position: i.position,
        name: i.exercise.name,
        dosage,
        dosageText: describeDosage(dosage),
        notes: i.notes,
        timesOfDay: sortTimesOfDay(i.timesOfDay),
      };
    }),
  };
}
