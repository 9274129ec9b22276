// The care relationship: the one rule for which staff may read a patient's record (chart, plans,
// progress, flags, intake, FHIR, patient lists). A patient is in the care of a therapist once
// they have a real visit with them (BOOKED, which includes checked in, COMPLETED or NO_SHOW) or
// an exercise plan the therapist wrote. Never through a hold (a checkout in progress), a visit
// cancelled before or after it was booked, or a waitlist entry: starting a card checkout with
// someone must not open one's record to them. Colleagues do not share patients; a practice admin
// reads the patients in care of any therapist of the practice; a network admin reads everyone.
// See docs/decisions/013-care-relationship-and-phi-reads.md.
import { db, type Prisma } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import type { AppointmentStatus } from '../generated/prisma/enums.ts';

/** Visit statuses that make a care relationship. A NO_SHOW was a booked visit: the clinic follows it up. */
export const CARE_VISIT_STATUSES = ['BOOKED', 'COMPLETED', 'NO_SHOW'] as const satisfies readonly AppointmentStatus[];

/** Patients in the care of any therapist matching `therapist` (a Prisma `where` on Patient). */
export function inCareOfTherapists(therapist: Prisma.TherapistWhereInput): Prisma.PatientWhereInput {
  return {
    OR: [
      { appointments: { some: { therapist, status: { in: [...CARE_VISIT_STATUSES] } } } },
      { exercisePlans: { some: { therapist } } },
    ],
  };
}

/**
 * The patients a caller may read, as a Prisma `where` on Patient: a therapist their own patients,
 * a practice admin the practice's, a network admin all, a patient only themselves.
 */
export function patientsReadableBy(user: SessionUser): Prisma.PatientWhereInput {
  if (user.role === 'THERAPIST') return inCareOfTherapists({ userId: user.id });
  if (user.role === 'ADMIN') return user.practiceId ? inCareOfTherapists({ practiceId: user.practiceId }) : {};
  return { userId: user.id };
}

export async function mayReadPatient(user: SessionUser, patientId: string): Promise<boolean> {
  return (await db().patient.count({ where: { AND: [{ id: patientId }, patientsReadableBy(user)] } })) > 0;
}

/** 404 (not 403) when the caller may not read the patient, so their existence is not revealed. */
export async function assertMayReadPatient(user: SessionUser, patientId: string, notFound = 'Patient not found.'): Promise<void> {
  if (!(await mayReadPatient(user, patientId))) throw new AppError('NOT_FOUND', notFound);
}

/**
 * The practice whose records a staff reader sees within a patient's chart (a patient seen by two
 * practices is not disclosed across them): a therapist's own practice, a practice admin's; null
 * for a network admin (all) and for patients (their own record, all of it).
 */
export async function readerPracticeId(user: SessionUser): Promise<string | null> {
  if (user.role === 'ADMIN') return user.practiceId;
  if (user.role !== 'THERAPIST') return null;
  const therapist = await db().therapist.findUnique({ where: { userId: user.id }, select: { practiceId: true } });
  if (!therapist) throw new AppError('FORBIDDEN', 'Only therapists can do this.');
  return therapist.practiceId;
}
