// A therapist's licenses, for an admin of their practice (404 for another practice's therapist)
// or for the therapist themselves, with the upcoming video visits they do not cover.
import { db } from '../db';
import type { SessionUser } from '../auth/roles';
import { AppError } from '../errors';
import { findManagedTherapist } from '../staff/find-managed-therapist';
import { findUncoveredVisits } from './find-uncovered-visits';
import { licenseSelect, toLicenseView } from './license-view';

async function licensesOf(therapistId: string) {
  const [licenses, uncoveredVisits] = await Promise.all([
    db().therapistLicense.findMany({
      where: { therapistId },
      orderBy: [{ state: 'asc' }, { kind: 'asc' }],
      select: licenseSelect,
    }),
    findUncoveredVisits([therapistId]),
  ]);
  return { licenses: licenses.map(toLicenseView), uncoveredVisits };
}

export async function listTherapistLicenses(admin: SessionUser, therapistId: string) {
  const therapist = await findManagedTherapist(admin, therapistId);
  return licensesOf(therapist.id);
}

export async function listOwnLicenses(user: SessionUser) {
  const therapist = await db().therapist.findUnique({ where: { userId: user.id }, select: { id: true } });
  if (!therapist) throw new AppError('FORBIDDEN', 'Only therapists have licenses.');
  return licensesOf(therapist.id);
}
