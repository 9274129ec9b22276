// Finding a patient to book, by name: only the patients the caller may read (the care rule,
// lib/care/care-relationship.ts: a therapist their own, a practice admin the practice's). The
// answer names patients and their birth dates, so it is a PHI read, audited like every staff list.
import { db } from '../db';
import type { SessionUser } from '../auth/roles';
import { patientsReadableBy, readerPracticeId } from '../care/care-relationship';
import { recordPhiRead } from '../audit/record-phi-read';

export const PATIENT_SEARCH_LIMIT = 20;

export interface BookablePatient {
  id: string;
  name: string;
  dateOfBirth: string;
}

export async function searchBookablePatients(user: SessionUser, name: string): Promise<BookablePatient[]> {
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
