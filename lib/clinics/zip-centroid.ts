// ZIP code → its centroid, from the offline `zipcodes` dataset (US ZIP codes with coordinates;
// no geocoding service is reachable from our servers). See docs/decisions/008-find-care.md.
import zipcodes from 'zipcodes';
import { AppError } from '../errors';
import type { LatLng } from './distance';

export interface ZipCentroid extends LatLng {
  zip: string;
  city: string;
  state: string;
}

export const ZIP_PATTERN = /^\d{5}$/;

/** The centroid of a 5-digit US ZIP code (a ZIP+4 is cut to its first five digits), or null. */
export function lookupZip(input: string): ZipCentroid | null {
  const zip = input.trim().replace(/^(\d{5})-\d{4}$/, '$1');
  if (!ZIP_PATTERN.test(zip)) return null;
  const found = zipcodes.lookup(zip);
  if (!found || found.country !== 'US') return null;
  return { zip: found.zip, city: found.city, state: found.state, latitude: found.latitude, longitude: found.longitude };
}

export function requireZip(input: string): ZipCentroid {
  const found = lookupZip(input);
  if (!found)
    throw new AppError('VALIDATION_FAILED', `We do not know the ZIP code “${input.slice(0, 10)}”. Enter a 5-digit US ZIP code.`);
  return found;
}

/** The US ZIP code whose centroid is nearest a point (for "use my location"), or null outside the US. */
export function nearestZip(latitude: number, longitude: number): ZipCentroid | null {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180)
    return null;
  const found = zipcodes.lookupByCoords(latitude, longitude);
  return found && found.country === 'US' ? lookupZip(found.zip) : null;
}
