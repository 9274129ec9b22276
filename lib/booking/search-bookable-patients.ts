// Finding a patient to book, by name: only the patients the caller may read (the care rule,
// lib/care/care-relationship.ts: a therapist their own, a practice admin the practice's). The
// answer names patients and their birth dates, so it is a PHI read, audited like every staff list.
import { db } from '../db';
import type { SessionUser } from '../auth/roles';
import { patientsReadableBy, readerPracticeId } from '../care/care-relationship';
import { recordPhiRead } from '../audit/record-phi-read';
import { addHit } from '../auth/rate-limit';
import { AppError } from '../errors';

export const PATIENT_SEARCH_LIMIT = 20;
/** Searches a minute per staff member: the booking dialog searches as one types (after a pause). */
export const PATIENT_SEARCHES_PER_MINUTE = 60;

export interface BookablePatient {
  id: string;
  name: string;
  dateOfBirth: string;
}

export async function searchBookablePatients(user: SessionUser, name: string, now = new Date()): Promise<BookablePatient[]> {
  // Every search is an audited read of up to 20 records: a script may not page through them all.
  if ((await addHit(`patient-search:${user.id}`, 60_000, now)) > PATIENT_SEARCHES_PER_MINUTE) {
    throw new AppError('RATE_LIMITED', 'Too many searches in a short time. Wait a minute and try again.', undefined, {
      'Retry-After': '60',
    });
  }
  const rows = await db().patient.findMany({
    where: { AND: [patientsReadableBy(user), { user: { name: { contains: name, mode: 'insensitive' } } }] },
    select: { id: true, dateOfBirth: true, user: { select: { name: true } } },
    orderBy: [{ user: { name: 'asc' } }, { id: 'asc' }],
    take: PATIENT_SEARCH_LIMIT,
  });
  await recordPhiRead(user, {
    action: 'patient.search',
    entityType: 'Patient',
    patientIds: rows.map((r) => r.id),
    practiceId: await readerPracticeId(user),
    data: { purpose: 'booking' },
  });
  return rows.map((r) => ({ id: r.id, name: r.user.name, dateOfBirth: r.dateOfBirth.toISOString().slice(0, 10) }));
}
