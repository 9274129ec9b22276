// The clinic locator: active clinics within a radius of a ZIP code's centroid (50 miles unless
// asked), nearest first but those with an open first visit in 30 days before those without, each
// with its address, hours, bookable therapists and that earliest time; plus the video option,
// with the earliest time of a therapist licensed in the ZIP's state (decision 024).
import { latitudeBand, sortByDistance } from './distance';
import { earliestEvaluationSlots, earliestVirtualSlot, slotNamer, type EarliestSlot } from './earliest-slots';
import { loadDirectory } from './load-directory';
import { requireZip } from './zip-centroid';
import { isUsState } from '../licensure/us-states';
import { sortServices, type ClinicService } from './services';

/** How far the locator looks unless asked otherwise: about an hour's drive. */
export const DEFAULT_RADIUS_MILES = 50;

export interface NearbyQuery {
  zip: string;
  radiusMiles?: number;
  service?: ClinicService;
}

export async function findNearbyClinics(q: NearbyQuery, now = new Date()) {
  const origin = requireZip(q.zip);
  const radiusMiles = q.radiusMiles ?? DEFAULT_RADIUS_MILES;
  const { clinics, evaluation, virtual } = await loadDirectory({
    latitudes: latitudeBand(origin, radiusMiles),
    service: q.service,
  });
  const sorted = sortByDistance(origin, clinics, radiusMiles);
  const patientState = isUsState(origin.state) ? origin.state : null;
  const [earliest, virtualSlot] = await Promise.all([
    evaluation
      ? earliestEvaluationSlots(
          evaluation,
          sorted.map((c) => c.id),
          now,
        )
      : new Map<string, EarliestSlot>(),
    virtual && patientState ? earliestVirtualSlot(virtual, patientState, now) : null,
  ]);
  const withName = await slotNamer(
    [...earliest.values(), virtualSlot],
    sorted.flatMap((c) => c.therapists),
  );
  const cards = sorted.map((c) => {
    const earliestSlot = withName(earliest.get(c.id));
    return { ...c, services: sortServices(c.services), earliestSlot, bookable: earliestSlot !== null };
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
