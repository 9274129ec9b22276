// The caller's conversations: a patient's with each therapist treating them (whether or not a
// message was written yet), a therapist's inbox (patients in their care who have written or been
// written to), newest first, with the count not read yet.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { CARE_VISIT_STATUSES, inCareOfTherapists } from '../care/care-relationship';
import { recordPhiRead } from '../audit/record-phi-read';
import type { ConversationSummary } from './schemas';

interface Pair {
  patientId: string;
  therapistId: string;
}

async function summarize(
  pairs: Pair[],
  unreadFrom: 'PATIENT' | 'THERAPIST',
): Promise<Map<string, { last: Date | null; unread: number }>> {
  const key = (p: Pair) => `${p.patientId}:${p.therapistId}`;
  const out = new Map(pairs.map((p) => [key(p), { last: null as Date | null, unread: 0 }]));
  if (pairs.length === 0) return out;
  const where = { OR: pairs.map((p) => ({ patientId: p.patientId, therapistId: p.therapistId })) };
  const [last, unread] = await Promise.all([
    db().message.groupBy({ by: ['patientId', 'therapistId'], where, _max: { sentAt: true } }),
    db().message.groupBy({
      by: ['patientId', 'therapistId'],
      where: { ...where, senderRole: unreadFrom, readAt: null },
      _count: { _all: true },
    }),
  ]);
  for (const row of last) {
    const s = out.get(key(row));
    if (s) s.last = row._max.sentAt;
  }
  for (const row of unread) {
    const s = out.get(key(row));
    if (s) s.unread = row._count._all;
  }
  return out;
}

const byNewest = (a: ConversationSummary, b: ConversationSummary) =>
  (b.lastMessageAt ?? '').localeCompare(a.lastMessageAt ?? '') || a.patient.name.localeCompare(b.patient.name);

export async function listConversations(user: SessionUser): Promise<ConversationSummary[]> {
  if (user.role === 'PATIENT') {
    const patient = await db().patient.findUnique({
      where: { userId: user.id },
      select: { id: true, user: { select: { name: true } } },
    });
    if (!patient) return [];
    const therapists = await db().therapist.findMany({
      where: {
        OR: [
          { appointments: { some: { patientId: patient.id, status: { in: [...CARE_VISIT_STATUSES] } } } },
          { exercisePlans: { some: { patientId: patient.id } } },
        ],
      },
      select: { id: true, user: { select: { name: true } } },
    });
    const stats = await summarize(
      therapists.map((t) => ({ patientId: patient.id, therapistId: t.id })),
      'THERAPIST',
    );
    return therapists
      .map((t) => {
        const s = stats.get(`${patient.id}:${t.id}`);
        return {
          patient: { id: patient.id, name: patient.user.name },
          therapist: { id: t.id, name: t.user.name },
          lastMessageAt: s?.last?.toISOString() ?? null,
          unread: s?.unread ?? 0,
        };
      })
      .sort(byNewest);
  }
  if (user.role !== 'THERAPIST') throw new AppError('FORBIDDEN', 'Only patients and therapists have an inbox.');
  const therapist = await db().therapist.findUnique({
    where: { userId: user.id },
    select: { id: true, practiceId: true, user: { select: { name: true } } },
  });
  if (!therapist) throw new AppError('FORBIDDEN', 'Only therapists can do this.');
  const patients = await db().patient.findMany({
    where: { AND: [inCareOfTherapists({ id: therapist.id }), { messages: { some: { therapistId: therapist.id } } }] },
    select: { id: true, user: { select: { name: true } } },
  });
  const stats = await summarize(
    patients.map((p) => ({ patientId: p.id, therapistId: therapist.id })),
    'PATIENT',
  );
  await recordPhiRead(user, {
    action: 'message.inbox',
    entityType: 'conversation',
    patientIds: patients.map((p) => p.id),
    practiceId: therapist.practiceId,
  });
  return patients
    .map((p) => {
      const s = stats.get(`${p.id}:${therapist.id}`);
      return {
        patient: { id: p.id, name: p.user.name },
        therapist: { id: therapist.id, name: therapist.user.name },
        lastMessageAt: s?.last?.toISOString() ?? null,
        unread: s?.unread ?? 0,
      };
    })
    .sort(byNewest);
}
