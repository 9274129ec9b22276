// Therapists a patient can pick while booking: name, credentials, where they work, whether they see
// people by video. Nothing private.
import { db } from '../db';
import { coveredThrough } from '../licensure/license-coverage';
import { licenseSelect, toLicenseRecord } from '../licensure/license-view';
import { localDateOf } from '../scheduling/zoned-time';

/**
 * `patientState` (video only): just the therapists licensed there today (decision 024), so the
 * booking page never offers one the booking would refuse. Invited therapists who have not set a
 * password yet are not bookable.
 */
export async function listBookableTherapists(
  filter: { clinicId?: string; virtual?: boolean; patientState?: string },
  now = new Date(),
) {
  const state = filter.virtual ? filter.patientState : undefined;
  const therapists = await db().therapist.findMany({
    where: {
      user: { active: true, passwordHash: { not: null } },
      ...(state ? { licenses: { some: { state } } } : {}),
      ...(filter.clinicId
        ? { OR: [{ clinicId: filter.clinicId }, { availabilityRules: { some: { clinicId: filter.clinicId } } }] }
        : {}),
      ...(filter.virtual ? { offersVirtual: true } : {}),
    },
    orderBy: { user: { name: 'asc' } },
    select: {
      id: true,
      credentials: true,
      bio: true,
      specialties: true,
      timezone: true,
      offersVirtual: true,
      user: { select: { name: true } },
      clinic: { select: { id: true, name: true, city: true, state: true } },
      licenses: { select: licenseSelect },
    },
  });
  return therapists
    .filter((t) => {
      if (!state) return true;
      const through = coveredThrough(t.licenses.map(toLicenseRecord), state);
      return through !== null && through >= localDateOf(now.getTime(), t.timezone);
    })
    .map(({ user, licenses: _licenses, ...t }) => ({ ...t, name: user.name }));
}

export async function listClinics() {
  return db().clinic.findMany({
    where: { active: true },
    orderBy: [{ state: 'asc' }, { city: 'asc' }, { name: 'asc' }],
    select: {
      id: true,
      slug: true,
      name: true,
      addressLine1: true,
      addressLine2: true,
      city: true,
      state: true,
      zip: true,
      timezone: true,
      phone: true,
      hours: true,
    },
  });
}
