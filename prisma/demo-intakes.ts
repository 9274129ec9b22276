// Demo intakes: every demo patient has filled one in (so the demo accounts book without the intake
// step, as returning patients do), and Jordan Miller's is the one Maya Chen saw at the evaluation.
import type { PrismaClient } from '../lib/generated/prisma/client.ts';
import { suggestVisit } from '../lib/intake/red-flags';
import { scoreOswestry } from '../lib/outcomes/score-oswestry';
import type { Aggravator, Duration, PainArea } from '../lib/intake/intake-options';

export interface IntakeSeed {
  patientId: string;
  reason?: string;
  painAreas?: PainArea[];
  duration?: Duration;
  aggravators?: Aggravator[];
  goals?: string;
  redFlags?: string[];
  baselinePain?: number;
  oswestryAnswers?: (number | null)[] | null;
  oswestryScore?: number | null;
  createdAt?: Date;
}

/** An intake as the app would store it (the suggestion follows the same rules). */
export async function createIntake(client: PrismaClient, i: IntakeSeed) {
  const painAreas = i.painAreas ?? ['low-back'];
  const aggravators = i.aggravators ?? ['sitting', 'bending'];
  const redFlags = i.redFlags ?? [];
  const baselinePain = i.baselinePain ?? 5;
  const odi = i.oswestryAnswers ? scoreOswestry(i.oswestryAnswers) : null;
  return client.intake.create({
    data: {
      patientId: i.patientId,
      reason: i.reason ?? 'Low back pain',
      painAreas,
      duration: i.duration ?? '2-6-weeks',
      aggravators,
      goals: i.goals ?? 'Get back to normal activities',
      redFlags,
      baselinePain,
      suggestedModality: suggestVisit({ redFlags, painAreas, aggravators, baselinePain }).modality,
      oswestryAnswers: i.oswestryAnswers ?? undefined,
      oswestryScore: i.oswestryScore ?? (odi?.ok ? odi.percent : null),
      ...(i.createdAt ? { createdAt: i.createdAt } : {}),
    },
  });
}

const DEMO_INTAKES: Record<number, Omit<IntakeSeed, 'patientId'>> = {
  1: {
    reason: 'Low back pain since helping a friend move; it wakes me when I turn over in bed.',
    painAreas: ['low-back', 'buttock'],
    duration: '2-6-weeks',
    aggravators: ['lying-down', 'sitting', 'bending'],
    goals: 'Sleep through the night and sit through a workday.',
    baselinePain: 6,
    oswestryAnswers: [3, 1, 3, 1, 2, 1, 3, 1, 2, 2],
  },
  2: {
    reason: 'Stiff, aching low back after long drives.',
    aggravators: ['sitting', 'morning'],
    duration: 'over-12-weeks',
    goals: 'Drive for two hours without pain.',
    baselinePain: 4,
  },
  3: {
    reason: 'Back twinges when lifting at the gym.',
    aggravators: ['lifting', 'bending'],
    duration: 'under-2-weeks',
    goals: 'Deadlift again.',
    baselinePain: 3,
  },
  4: {
    reason: 'Ache across the low back at the end of the day.',
    aggravators: ['standing', 'walking'],
    duration: '6-12-weeks',
    goals: 'Walk the dog every evening.',
    baselinePain: 4,
  },
};

export async function seedDemoIntakes(client: PrismaClient, now = new Date()): Promise<void> {
  for (const [n, seed] of Object.entries(DEMO_INTAKES)) {
    const patient = await client.patient.findFirstOrThrow({
      where: { user: { email: `patient${n}@rehabit.test` } },
      select: { id: true, appointments: { orderBy: { startsAt: 'asc' }, take: 1, select: { id: true, startsAt: true } } },
    });
    const first = patient.appointments[0];
    // Filled in a few days before the first visit (or before today for those with none yet).
    const createdAt = new Date((first?.startsAt ?? now).getTime() - 3 * 86_400_000);
    const intake = await createIntake(client, { ...seed, patientId: patient.id, createdAt });
    if (first) await client.appointment.update({ where: { id: first.id }, data: { intakeId: intake.id } });
  }
}
