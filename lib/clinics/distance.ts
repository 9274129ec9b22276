// Great-circle distance between two points (haversine on a sphere of the Earth's mean radius).
// Pure. Good to a fraction of a percent for the few hundred miles a patient would travel; the
// ZIP centroid it starts from is itself only good to a mile or two, so more precision would be false.

export interface LatLng {
  latitude: number;
  longitude: number;
}

/** Mean Earth radius in statute miles (IUGG mean radius 6371.0088 km). */
export const EARTH_RADIUS_MILES = 3958.7613;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

export function distanceMiles(a: LatLng, b: LatLng): number {
  const dLat = toRadians(b.latitude - a.latitude);
  const dLng = toRadians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.latitude)) * Math.cos(toRadians(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The latitudes a place within `radiusMiles` of `origin` can have: no great circle is shorter than
 * the meridian between two latitudes, so this band is a safe prefilter for a database (the radius
 * itself is then checked with distanceMiles). Widened by the 0.05 mi that rounding can hide.
 */
export function latitudeBand(origin: LatLng, radiusMiles: number): { min: number; max: number } {
  const degrees = ((radiusMiles + 0.05) / EARTH_RADIUS_MILES) * (180 / Math.PI);
  return { min: Math.max(-90, origin.latitude - degrees), max: Math.min(90, origin.latitude + degrees) };
}

/** One decimal, as shown to patients ("2.4 mi"). */
export function roundMiles(miles: number): number {
  return Math.round(miles * 10) / 10;
}

/**
 * Places sorted nearest first, each with its distance from `origin`; ties keep a stable order by
 * name so the list does not shuffle between requests. `radiusMiles` drops anything farther.
 */
export function sortByDistance<T extends LatLng & { name: string }>(
  origin: LatLng,
  places: readonly T[],
  radiusMiles?: number,
): (T & { distanceMiles: number })[] {
  return places
    .map((place) => ({ ...place, distanceMiles: roundMiles(distanceMiles(origin, place)) }))
    .filter((place) => radiusMiles === undefined || place.distanceMiles <= radiusMiles)
    .sort((a, b) => a.distanceMiles - b.distanceMiles || a.name.localeCompare(b.name));
}
