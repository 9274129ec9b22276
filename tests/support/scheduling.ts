// A small clinic with one therapist working weekdays 09:00–17:00 New York time, used by the
// booking integration tests. Dates are chosen relative to the real clock, on weekdays far enough
// ahead to clear the minimum notice.
import { createIntake } from '@/prisma/demo-intakes';
import { db } from '@/lib/db';
import { addDays, isoWeekday, localDateOf, wallTimeToInstant } from '@/lib/scheduling/zoned-time';
import {
  createAvailabilityRules,
  createClinic,
  createPatient,
  createPractice,
  createTherapist,
  createVisitType,
} from '@/prisma/factories';

export const ZONE = 'America/New_York';

/** The n-th weekday (Mon–Fri) at least 3 days from now, as a local date. */
export function weekdayAhead(n = 0): string {
  let date = addDays(localDateOf(Date.now(), ZONE), 3);
  let seen = -1;
  for (;;) {
    if (isoWeekday(date) <= 5 && ++seen === n) return date;
    date = addDays(date, 1);
  }
}

export function at(date: string, hhmm: string): Date {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return new Date(wallTimeToInstant(date, h * 60 + m, ZONE)!);
}

export async function buildClinic() {
  const practice = await createPractice(db());
  const clinic = await createClinic(db(), practice.id, { timezone: ZONE });
  const hours = (therapistId: string) =>
    createAvailabilityRules(
      db(),
      therapistId,
      [1, 2, 3, 4, 5].map((weekday) => ({
        weekday,
        startMinute: 9 * 60,
        endMinute: 17 * 60,
        timezone: ZONE,
        clinicId: clinic.id,
      })),
    );
  const therapistUser = await createTherapist(db(), {
    practiceId: practice.id,
    clinicId: clinic.id,
    timezone: ZONE,
    name: 'Maya Chen',
  });
  await hours(therapistUser.therapist!.id);
  const otherTherapistUser = await createTherapist(db(), {
    practiceId: practice.id,
    clinicId: clinic.id,
    timezone: ZONE,
    name: 'Luis Herrera',
  });
  await hours(otherTherapistUser.therapist!.id);
  // Free, so these tests book without a payment step (payments have their own tests).
  const visitType = await createVisitType(db(), {
    name: 'Follow-up',
    durationMinutes: 60,
    bufferAfterMinutes: 15,
    minNoticeMinutes: 12 * 60,
    horizonDays: 90,
    slotStepMinutes: 15,
    priceCents: 0,
  });
  const patient = await patientWithIntake({ name: 'Jordan Miller' });
  const otherPatient = await patientWithIntake({ name: 'Alex Rivera' });
  return {
    practice,
    clinic,
    visitType,
    patient,
    otherPatient,
    therapistUser,
    therapist: therapistUser.therapist!,
    otherTherapistUser,
    otherTherapist: otherTherapistUser.therapist!,
  };
}

/** A patient who has done the intake (no red flags), as every patient has before a first booking. */
export async function patientWithIntake(p: Parameters<typeof createPatient>[1] = {}) {
  const user = await createPatient(db(), p);
  await createIntake(db(), { patientId: user.patient!.id });
  return user;
}
