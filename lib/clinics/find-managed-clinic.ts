import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { inPracticeScope } from '../admin/practice-scope';

export const adminClinicSelect = {
  id: true,
  slug: true,
  name: true,
  practice: { select: { id: true, name: true } },
  addressLine1: true,
  addressLine2: true,
  city: true,
  state: true,
  zip: true,
  latitude: true,
  longitude: true,
  timezone: true,
  phone: true,
  hours: true,
  services: true,
  active: true,
  closedAt: true,
} as const;

/** A clinic the admin manages, or 404. */
export async function findManagedClinic(admin: SessionUser, clinicId: string) {
  const clinic = await db().clinic.findFirst({ where: { id: clinicId, ...inPracticeScope(admin) }, select: adminClinicSelect });
  if (!clinic) throw new AppError('NOT_FOUND', 'Clinic not found.');
  return clinic;
}

export function listManagedClinics(admin: SessionUser) {
  return db().clinic.findMany({
    where: inPracticeScope(admin),
    orderBy: [{ active: 'desc' }, { practice: { name: 'asc' } }, { name: 'asc' }],
    select: adminClinicSelect,
  });
}
