// The audit log for admins: who read or changed which record, when, from where. A practice admin
// sees only events stamped with their practice. Reading the log is itself recorded (`audit.read`,
// with the filters used), because it shows who looked at which patient.
import { db, type Prisma } from '../db';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { addDays, wallTimeToInstantLenient } from '../scheduling/zoned-time';
import { PAGE_SIZE, type AuditEventsQuery, type AuditEventView } from './schemas';

const looksLikeId = (s: string) => /^c[a-z0-9]{20,32}$/.test(s);
const nameOrEmail = (text: string): Prisma.UserWhereInput => ({
  OR: [{ name: { contains: text, mode: 'insensitive' } }, { email: { contains: text, mode: 'insensitive' } }],
});

/** Patients whose name or email matches; for a practice admin only the practice's own patients,
 *  so a common name elsewhere in the network cannot crowd theirs out of the first 500. */
async function patientIdsMatching(text: string, practiceId: string | null): Promise<string[]> {
  if (looksLikeId(text)) return [text];
  const ofPractice = { therapist: { practiceId: practiceId ?? undefined } };
  const patients = await db().patient.findMany({
    where: {
      user: nameOrEmail(text),
      ...(practiceId ? { OR: [{ appointments: { some: ofPractice } }, { exercisePlans: { some: ofPractice } }] } : {}),
    },
    select: { id: true },
    take: 500,
  });
  return patients.map((p) => p.id);
}

export interface AuditEventPage {
  events: AuditEventView[];
  total: number;
  page: number;
  pageSize: number;
}

export async function listAuditEvents(
  admin: SessionUser,
  q: AuditEventsQuery,
  ip: string | null = null,
): Promise<AuditEventPage> {
  const zone = q.tz ?? 'UTC';
  const where: Prisma.AuditEventWhereInput = {
    ...(admin.practiceId ? { practiceId: admin.practiceId } : {}),
    ...(q.patient ? { patientId: { in: await patientIdsMatching(q.patient, admin.practiceId) } } : {}),
    ...(q.actor ? (looksLikeId(q.actor) ? { actorId: q.actor } : { actor: nameOrEmail(q.actor) }) : {}),
    ...(q.action ? { action: q.action.endsWith('.') ? { startsWith: q.action } : q.action } : {}),
    at: {
      ...(q.from ? { gte: new Date(wallTimeToInstantLenient(q.from, 0, zone)) } : {}),
      ...(q.to ? { lt: new Date(wallTimeToInstantLenient(addDays(q.to, 1), 0, zone)) } : {}),
    },
  };
  const [rows, total] = await Promise.all([
    db().auditEvent.findMany({
      where,
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      skip: (q.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        at: true,
        action: true,
        entityType: true,
        entityId: true,
        patientId: true,
        ip: true,
        actor: { select: { id: true, name: true, email: true, role: true } },
      },
    }),
    db().auditEvent.count({ where }),
  ]);
  const patientIds = [...new Set(rows.map((r) => r.patientId).filter((id): id is string => !!id))];
  const patients = patientIds.length
    ? await db().patient.findMany({ where: { id: { in: patientIds } }, select: { id: true, user: { select: { name: true } } } })
    : [];
  const names = new Map(patients.map((p) => [p.id, p.user.name]));
  await recordAuditEvent({
    actorId: admin.id,
    action: 'audit.read',
    entityType: 'AuditEvent',
    practiceId: admin.practiceId,
    ip,
    data: { filters: { ...q, page: q.page } },
  });
  return {
    events: rows.map(({ patientId, at, ...r }) => ({
      ...r,
      at: at.toISOString(),
      patient: patientId ? { id: patientId, name: names.get(patientId) ?? '(deleted patient)' } : null,
    })),
    total,
    page: q.page,
    pageSize: PAGE_SIZE,
  };
}
