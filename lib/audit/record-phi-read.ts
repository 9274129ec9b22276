// Every staff read of a patient's clinical or contact data is one audit row: who read, whose
// record, for which practice. A list read is one row per request naming every patient shown (in
// `data.patientIds`; `patientId` is set only when there is exactly one). Patients reading their
// own record are not recorded: it is theirs, and the row would say nothing an auditor needs.
// A read that returned nothing about anyone writes nothing. See docs/decisions/013.
import type { Prisma } from '../db';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from './record-audit-event';

export interface PhiRead {
  /** `<entity>.read` for one record, `<entity>.list` for a list. */
  action: string;
  entityType: string;
  entityId?: string | null;
  patientIds: readonly string[];
  /** The practice whose admins should see the read in their audit log. */
  practiceId: string | null;
  data?: Record<string, Prisma.InputJsonValue>;
}

export async function recordPhiRead(reader: SessionUser, read: PhiRead): Promise<void> {
  if (reader.role === 'PATIENT') return;
  const patientIds = [...new Set(read.patientIds)];
  if (patientIds.length === 0) return;
  await recordAuditEvent({
    actorId: reader.id,
    action: read.action,
    entityType: read.entityType,
    entityId: read.entityId ?? null,
    patientId: patientIds.length === 1 ? patientIds[0] : null,
    practiceId: read.practiceId,
    data: { ...read.data, patientIds },
  });
}
