// The benchmark's clinic: one New York clinic, N therapists on a typical week, one 30-minute
// in-clinic visit type, and M booked appointments spread over the next 90 days. The existing
// appointments go straight in with createMany (the booking path is what bench:booking measures).
import type { PrismaClient } from '../../lib/generated/prisma/client.ts';
import { addDays, isoWeekday, localDateOf, wallTimeToInstant } from '../../lib/scheduling/zoned-time';
import {
  createAvailabilityRules,
  createClinic,
  createPatient,
  createPractice,
  createTherapist,
  createVisitType,
  typicalWeek,
} from '../../prisma/factories';
import { random } from './random';

export const ZONE = 'America/New_York';
const VISIT_MINUTES = 30;
const MINUTE = 60_000;

export interface BenchClinic {
  clinicId: string;
  visitTypeId: string;
  therapistIds: string[];
  priceCents: number;
}

/** Start minutes on a 30-minute grid inside 08:00–12:00 and 13:00–17:00, so blocks never overlap. */
const GRID = [...Array(8).keys()].flatMap((i) => [8 * 60 + i * VISIT_MINUTES, 13 * 60 + i * VISIT_MINUTES]);

export async function buildBenchClinic(
  client: PrismaClient,
  opts: { therapists: number; booked: number; now?: number },
): Promise<BenchClinic> {
  const now = opts.now ?? Date.now();
  const practice = await createPractice(client, { name: 'Bench PT' });
  const clinic = await createClinic(client, practice.id, { name: 'Bench Clinic', timezone: ZONE });
  const therapistIds: string[] = [];
  const patientIds: string[] = [];
  const createdBy: string[] = [];
  for (let i = 0; i < opts.therapists; i++) {
    const user = await createTherapist(client, {
      practiceId: practice.id,
      clinicId: clinic.id,
      timezone: ZONE,
      name: `Bench Therapist ${i + 1}`,
    });
    await createAvailabilityRules(client, user.therapist!.id, typicalWeek(ZONE, clinic.id, false));
    therapistIds.push(user.therapist!.id);
    // One existing patient per therapist: a patient's own visits must not overlap either.
    const patient = await createPatient(client, { name: `Existing Patient ${i + 1}` });
    patientIds.push(patient.patient!.id);
    createdBy.push(patient.id);
  }
  const visitType = await createVisitType(client, {
    name: 'Bench follow-up',
    durationMinutes: VISIT_MINUTES,
    slotStepMinutes: 15,
    horizonDays: 90,
    minNoticeMinutes: 12 * 60,
    modality: 'IN_CLINIC',
    practiceId: practice.id,
    priceCents: 0, // measures booking, not the payment step
  });

  // Every (therapist, weekday, grid start) from tomorrow to day 89, shuffled; take the first M.
  const candidates: { t: number; start: number }[] = [];
  const firstDate = addDays(localDateOf(now, ZONE), 1);
  for (let d = 0; d < 89; d++) {
    const date = addDays(firstDate, d);
    if (isoWeekday(date) > 5) continue;
    for (let t = 0; t < opts.therapists; t++) {
      for (const minute of GRID) {
        const start = wallTimeToInstant(date, minute, ZONE);
        if (start !== null) candidates.push({ t, start });
      }
    }
  }
  const rand = random(20261125);
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j]!, candidates[i]!];
  }
  const chosen = candidates.slice(0, opts.booked);
  await client.appointment.createMany({
    data: chosen.map(({ t, start }) => ({
      patientId: patientIds[t]!,
      therapistId: therapistIds[t]!,
      visitTypeId: visitType.id,
      modality: 'IN_CLINIC' as const,
      clinicId: clinic.id,
      startsAt: new Date(start),
      endsAt: new Date(start + VISIT_MINUTES * MINUTE),
      blockStartsAt: new Date(start),
      blockEndsAt: new Date(start + VISIT_MINUTES * MINUTE),
      status: 'BOOKED' as const,
      priceCents: visitType.priceCents,
      currency: visitType.currency,
      createdById: createdBy[t]!,
    })),
  });
  return { clinicId: clinic.id, visitTypeId: visitType.id, therapistIds, priceCents: visitType.priceCents };
}
