// The clinic locator: active clinics within a radius of a ZIP code's centroid (50 miles unless
// asked), nearest first but those with an open first visit in 30 days before those without, each
// with its address, hours, bookable therapists and that earliest time; plus the video option,
// with the earliest time of a therapist licensed in the ZIP's state (decision 024).
import { db } from '../db';
import { sortByDistance } from './distance';
import { earliestEvaluationSlots, earliestVirtualSlot, findFirstVisitType, type EarliestSlot } from './earliest-slots';
import { requireZip } from './zip-centroid';
import { isUsState } from '../licensure/us-states';
import { sortServices, type ClinicService } from './services';

/** How far the locator looks unless asked otherwise: about an hour's drive. */
export const DEFAULT_RADIUS_MILES = 50;

export const clinicCardSelect = {
  id: true,
  slug: true,
  name: true,
  addressLine1: true,
  addressLine2: true,
  city: true,
  state: true,
  zip: true,
  latitude: true,
  longitude: true,
  phone: true,
  hours: true,
  timezone: true,
  services: true,
  practice: { select: { name: true } },
} as const;

const therapistSelect = { id: true, credentials: true, specialties: true, user: { select: { name: true } } } as const;

/**
 * Therapists who work at each clinic: based there, or with hours there. Bookable ones only: an
 * active account that has finished the invitation (a password), with some hours.
 */
export async function loadClinicTherapists(clinicIds: string[]) {
  const therapists = await db().therapist.findMany({
    where: {
      user: { active: true, passwordHash: { not: null } },
      availabilityRules: { some: {} },
      OR: [{ clinicId: { in: clinicIds } }, { availabilityRules: { some: { clinicId: { in: clinicIds } } } }],
    },
    orderBy: { user: { name: 'asc' } },
    select: {
      ...therapistSelect,
      clinicId: true,
      availabilityRules: { where: { clinicId: { in: clinicIds } }, select: { clinicId: true } },
    },
  });
  const byClinic = new Map<string, { id: string; name: string; credentials: string; specialties: string[] }[]>();
  for (const t of therapists) {
    const ids = new Set(
      [t.clinicId, ...t.availabilityRules.map((r) => r.clinicId)].filter((id): id is string => !!id && clinicIds.includes(id)),
    );
    for (const id of ids) {
      const list = byClinic.get(id) ?? [];
      list.push({ id: t.id, name: t.user.name, credentials: t.credentials, specialties: t.specialties });
      byClinic.set(id, list);
    }
  }
  return byClinic;
}

export interface NearbyQuery {
  zip: string;
  radiusMiles?: number;
  service?: ClinicService;
}

export async function findNearbyClinics(q: NearbyQuery, now = new Date()) {
  const origin = requireZip(q.zip);
  const clinics = await db().clinic.findMany({
    where: { active: true, closedAt: null, ...(q.service ? { services: { has: q.service } } : {}) },
    select: clinicCardSelect,
  });
  const radiusMiles = q.radiusMiles ?? DEFAULT_RADIUS_MILES;
  const sorted = sortByDistance(
    origin,
    clinics.map((c) => ({ ...c, practiceName: c.practice.name })),
    radiusMiles,
  );
  const patientState = isUsState(origin.state) ? origin.state : null;
  const ids = sorted.map((c) => c.id);
  const [evaluation, virtual, therapists] = await Promise.all([
    findFirstVisitType('IN_CLINIC'),
    findFirstVisitType('VIRTUAL'),
    loadClinicTherapists(ids),
  ]);
  const [earliest, virtualSlot] = await Promise.all([
    evaluation ? earliestEvaluationSlots(evaluation, now) : new Map<string, EarliestSlot>(),
    virtual && patientState ? earliestVirtualSlot(virtual, patientState, now) : null,
  ]);
  const names = new Map([...therapists.values()].flat().map((t) => [t.id, t.name]));
  if (virtualSlot && !names.has(virtualSlot.therapistId)) {
    const t = await db().therapist.findUnique({
      where: { id: virtualSlot.therapistId },
      select: { user: { select: { name: true } } },
    });
    if (t) names.set(virtualSlot.therapistId, t.user.name);
  }
  const withName = (slot: EarliestSlot | null | undefined) =>
    slot ? { ...slot, therapistName: names.get(slot.therapistId) ?? null } : null;
  const cards = sorted.map(({ practice: _practice, ...c }) => {
    const earliestSlot = withName(earliest.get(c.id));
    return {
      ...c,
      services: sortServices(c.services),
      therapists: therapists.get(c.id) ?? [],
      earliestSlot,
      bookable: earliestSlot !== null,
    };
  });
  return {
    origin: { zip: origin.zip, city: origin.city, state: origin.state },
    radiusMiles,
    evaluationVisitType: evaluation,
    // Stable sort: by distance within each group, bookable clinics first.
    clinics: [...cards.filter((c) => c.bookable), ...cards.filter((c) => !c.bookable)],
    virtualVisit: virtual ? { visitType: virtual, patientState, earliestSlot: withName(virtualSlot) } : null,
  };
}
