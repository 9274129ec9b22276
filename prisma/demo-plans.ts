// Demo exercise plans: the starter library and templates, and Jordan Miller (patient1) two and a
// half weeks into a plan from Maya Chen (therapist1), after an initial evaluation with her: a
// revised plan, most days logged with pain easing, intake and two-week questionnaires, and one
// high-pain log flagged for Maya.
import type { PrismaClient } from '../lib/generated/prisma/client.ts';
import { addDays, spokenDate, todayIn } from '../lib/plans/calendar';
import { wallTimeToInstant } from '../lib/scheduling/zoned-time';
import {
  createAppointment,
  createExerciseLogs,
  createExercisePlan,
  createOutcomeScore,
  installStarterLibrary,
  type LogSeed,
} from './factories';

const ZONE = 'America/New_York';

export async function seedDemoPlans(client: PrismaClient, now = new Date()): Promise<void> {
  const lib = await installStarterLibrary(client);
  const id = (slug: string) => lib.get(slug)!;
  const patient = await client.patient.findFirstOrThrow({ where: { user: { email: 'patient1@rehabit.test' } } });
  const therapist = await client.therapist.findFirstOrThrow({ where: { user: { email: 'therapist1@rehabit.test' } } });
  const evaluation = await client.visitType.findUniqueOrThrow({ where: { slug: 'initial-evaluation' } });
  const today = todayIn(ZONE, now);
  const start = addDays(today, -17);
  await createAppointment(client, {
    patientId: patient.id,
    therapistId: therapist.id,
    visitTypeId: evaluation.id,
    status: 'COMPLETED',
    startsAt: new Date(wallTimeToInstant(start, 9 * 60, ZONE)!),
    createdById: therapist.userId,
  });
  const revisedOn = addDays(today, -3);
  const plan = await createExercisePlan(client, {
    patientId: patient.id,
    therapistId: therapist.id,
    title: 'Low back: settle, then strengthen',
    versions: [
      {
        startsOn: start,
        endsOn: addDays(start, 41),
        createdAt: new Date(`${start}T15:00:00Z`),
        notes: 'Little and often. Mild soreness is fine; stop anything that sends pain down your leg.',
        items: [
          { exerciseId: id('pelvic-tilt'), sets: 1, reps: 10, holdSeconds: 5, timesPerDay: 2 },
          { exerciseId: id('cat-camel'), sets: 1, reps: 10 },
          { exerciseId: id('lower-trunk-rotation'), sets: 1, reps: 10, holdSeconds: 5 },
          { exerciseId: id('walking-program'), sets: 1, reps: null, minutes: 10, daysPerWeek: 5 },
        ],
      },
      {
        startsOn: start,
        endsOn: addDays(start, 41),
        createdAt: new Date(`${revisedOn}T15:00:00Z`),
        notes: 'Pain is settling: adding trunk and hip strength, walks up to 20 minutes.',
        items: [
          { exerciseId: id('cat-camel'), sets: 1, reps: 10 },
          { exerciseId: id('bird-dog'), sets: 2, reps: 6, holdSeconds: 8, daysPerWeek: 5 },
          { exerciseId: id('glute-bridge'), sets: 2, reps: 10, holdSeconds: 5, daysPerWeek: 5 },
          { exerciseId: id('walking-program'), sets: 1, reps: null, minutes: 20, daysPerWeek: 5 },
        ],
      },
    ],
  });
  const [v1, v2] = plan.versions;
  const logs: LogSeed[] = [];
  for (let n = 0; n < 17; n++) {
    const day = addDays(start, n);
    const version = day < revisedOn ? v1! : v2!;
    // Skips about one day in five; pain eases from 6 to 3 over the weeks.
    if (n % 5 === 3) continue;
    const pain = Math.max(2, 6 - Math.floor(n / 5));
    for (const item of version.items) {
      if (item.daysPerWeek < 7 && n % 7 === 6) continue;
      logs.push({
        patientId: patient.id,
        planId: plan.id,
        versionId: version.id,
        exerciseId: item.exerciseId,
        performedOn: day,
        setsDone: item.sets,
        repsDone: item.reps,
        pain: n === 12 && item.position === 0 ? 8 : pain,
        difficulty: pain > 4 ? 'TOO_HARD' : 'ABOUT_RIGHT',
        comment: n === 12 && item.position === 0 ? 'Sharp pain after lifting the laundry basket.' : null,
      });
    }
  }
  await createExerciseLogs(client, logs);
  await client.patientFlag.create({
    data: {
      patientId: patient.id,
      planId: plan.id,
      kind: 'HIGH_PAIN',
      key: `high-pain:${addDays(start, 12)}`,
      detail: `Logged pain 8/10 with Pelvic tilt on ${spokenDate(addDays(start, 12))}.`,
      raisedAt: new Date(`${addDays(start, 12)}T22:00:00Z`),
    },
  });
  for (const [takenOn, timepoint, odi, nprs] of [
    [start, 'INTAKE', 38, 6],
    [revisedOn, 'FOLLOW_UP', 28, 4],
  ] as const) {
    await createOutcomeScore(client, {
      patientId: patient.id,
      planId: plan.id,
      instrument: 'ODI',
      timepoint,
      score: odi,
      takenOn,
    });
    await createOutcomeScore(client, {
      patientId: patient.id,
      planId: plan.id,
      instrument: 'NPRS',
      timepoint,
      score: nprs,
      takenOn,
    });
  }
}
