// Therapists a patient can pick while booking: name, credentials, where they work, whether they see
// people by video. Nothing private.
import { db } from '../db';

export async function listBookableTherapists(filter: { clinicId?: string; virtual?: boolean }) {
  const therapists = await db().therapist.findMany({
    where: {
      user: { active: true },
      ...(filter.clinicId ? { OR: [{ clinicId: filter.clinicId }, { availabilityRules: { some: { clinicId: filter.clinicId } } }] } : {}),
      ...(filter.virtual ? { offersVirtual: true } : {}),
    },
    orderBy: { user: { name: 'asc' } },
    select: {
      id: true, credentials: true, bio: true, specialties: true, timezone: true, offersVirtual: true,
      user: { select: { name: true } },
      clinic: { select: { id: true, name: true, city: true, state: true } },
    },
  });
  return therapists.map(({ user, ...t }) => ({ ...t, name: user.name }));
}

export async function listClinics() {
  return db().clinic.findMany({
    where: { active: true },
    orderBy: [{ state: 'asc' }, { city: 'asc' }, { name: 'asc' }],
    select: { id: true, slug: true, name: true, addressLine1: true, addressLine2: true, city: true, state: true, zip: true, timezone: true, phone: true, hours: true },
  });
}
