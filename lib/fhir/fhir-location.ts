// A clinic as a FHIR R4 Location, for whoever follows an Appointment's `Location/<id>`. Pure.
// Everything here is on the public clinic page already. A closed clinic stays readable (old
// appointments point at it) as `inactive`, without phone or hours. Opening hours are free text
// typed by an admin: parsed into hoursOfOperation when they follow the usual pattern, otherwise
// passed on word for word in `description` rather than guessed at.
import type { Location } from '@medplum/fhirtypes';
import { dateOnly } from '../plans/calendar';
import { parseOpeningHours } from './opening-hours';

export interface LocationRecord {
  id: string;
  name: string;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  state: string;
  zip: string;
  latitude: number;
  longitude: number;
  phone: string;
  hours: string;
  active: boolean;
  closedAt: Date | null;
  practice: { name: string };
}

export function toFhirLocation(c: LocationRecord): Location {
  const open = c.active && c.closedAt === null;
  const line = [c.addressLine1, c.addressLine2].filter((l): l is string => Boolean(l));
  const hoursOfOperation = open ? parseOpeningHours(c.hours) : null;
  const description = !open
    ? `Closed${c.closedAt ? ` since ${dateOnly(c.closedAt)}` : ''}.`
    : hoursOfOperation
      ? undefined
      : `Opening hours: ${c.hours}`;
  return {
    resourceType: 'Location',
    id: c.id,
    status: open ? 'active' : 'inactive',
    name: c.name,
    ...(description ? { description } : {}),
    mode: 'instance',
    ...(open ? { telecom: [{ system: 'phone', value: c.phone, use: 'work' }] } : {}),
    address: {
      use: 'work',
      type: 'physical',
      text: `${line.join(', ')}, ${c.city}, ${c.state} ${c.zip}`,
      line,
      city: c.city,
      state: c.state,
      postalCode: c.zip,
      country: 'US',
    },
    position: { latitude: c.latitude, longitude: c.longitude },
    managingOrganization: { display: c.practice.name },
    ...(hoursOfOperation ? { hoursOfOperation } : {}),
  };
}
