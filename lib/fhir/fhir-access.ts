// Who may pull a patient's FHIR resources: the patient themselves, or staff who may read the patient
// (the care relationship, lib/care/care-relationship.ts). Anyone else, or an unknown id, is told the
// patient does not exist (404). Therapists and practice admins see the patient's appointments
// and plans within their own practice only; the patient and network admins see all of them.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { assertMayReadPatient, readerPracticeId } from '../care/care-relationship';
import { recordAuditEvent } from '../audit/record-audit-event';

export interface FhirReadScope {
  patientId: string;
  /** Limit appointments and plans to this practice; null = all of the patient's. */
  practiceId: string | null;
}

export async function authorizeFhirRead(user: SessionUser, patientId: string): Promise<FhirReadScope> {
  if (user.role === 'PATIENT') {
    const own = await db().patient.findFirst({ where: { id: patientId, userId: user.id }, select: { id: true } });
    if (!own) throw new AppError('NOT_FOUND', 'Patient not found.');
    return { patientId, practiceId: null };
  }
  await assertMayReadPatient(user, patientId);
  return { patientId, practiceId: await readerPracticeId(user) };
}

/** One audit row per FHIR request that returned a patient's data. */
export function auditFhirRead(user: SessionUser, scope: FhirReadScope, resourceType: string, ids: string[]): Promise<void> {
  return recordAuditEvent({
    actorId: user.id,
    action: 'fhir.read',
    entityType: resourceType,
    entityId: ids.length === 1 ? ids[0] : null,
    patientId: scope.patientId,
    practiceId: scope.practiceId,
    data: { resourceType, ids },
  });
}
