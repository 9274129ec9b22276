// Visit types an admin sees: network-wide ones (practiceId null) and those of their practices.
// A practice admin may read network-wide types but only a network admin may change them.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';

export const adminVisitTypeSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  practice: { select: { id: true, name: true } },
  durationMinutes: true,
  priceCents: true,
  currency: true,
  modality: true,
  bufferBeforeMinutes: true,
  bufferAfterMinutes: true,
  minNoticeMinutes: true,
  horizonDays: true,
  slotStepMinutes: true,
  patientMayBookSeries: true,
  freeCancellationHours: true,
  lateCancellationFeeCents: true,
  active: true,
} as const;

const visible = (admin: SessionUser) =>
  admin.practiceId ? { OR: [{ practiceId: null }, { practiceId: admin.practiceId }] } : {};

export function listManagedVisitTypes(admin: SessionUser) {
  return db().visitType.findMany({
    where: visible(admin),
    orderBy: [{ active: 'desc' }, { modality: 'asc' }, { name: 'asc' }],
    select: adminVisitTypeSelect,
  });
}

/** A visit type the admin may change, or 404 (another practice's) / 403 (network-wide, for a practice admin). */
export async function findEditableVisitType(admin: SessionUser, id: string) {
  const visitType = await db().visitType.findFirst({ where: { id, ...visible(admin) }, select: adminVisitTypeSelect });
  if (!visitType) throw new AppError('NOT_FOUND', 'Visit type not found.');
  if (admin.practiceId && !visitType.practice)
    throw new AppError('FORBIDDEN', 'Only a network admin can change a network-wide visit type.');
  return visitType;
}
