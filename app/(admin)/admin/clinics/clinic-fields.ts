// The clinic form's fields as filled in and the API bodies made from them (checked by the API's
// `createClinicInput` / `updateClinicInput` in clinic-schema.ts). No zod here: this is in the first load.
import { sortServices } from '@/lib/clinics/services';

export interface ClinicValues {
  id: string;
  slug: string;
  name: string;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  state: string;
  zip: string;
  latitude: number;
  longitude: number;
  timezone: string;
  phone: string;
  hours: string;
  services: string[];
}

export interface ClinicFields {
  practiceId: string;
  name: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  state: string;
  zip: string;
  phone: string;
  hours: string;
  slug: string;
  latitude: string;
  longitude: string;
  timezone: string;
  services: string[];
}

export type ClinicTextField = 'name' | 'addressLine1' | 'addressLine2' | 'city' | 'state' | 'zip' | 'phone' | 'hours';

export function clinicFields(clinic: ClinicValues | null, practices: { id: string }[]): ClinicFields {
  return {
    practiceId: practices[0]?.id ?? '',
    name: clinic?.name ?? '',
    addressLine1: clinic?.addressLine1 ?? '',
    addressLine2: clinic?.addressLine2 ?? '',
    city: clinic?.city ?? '',
    state: clinic?.state ?? '',
    zip: clinic?.zip ?? '',
    phone: clinic?.phone ?? '',
    hours: clinic?.hours ?? '',
    slug: clinic?.slug ?? '',
    latitude: clinic ? String(clinic.latitude) : '',
    longitude: clinic ? String(clinic.longitude) : '',
    timezone: clinic?.timezone ?? 'America/New_York',
    services: clinic?.services ?? [],
  };
}

/** A number box: empty or not a number is NaN, for the schema to refuse. */
const number = (value: string) => (value.trim() === '' ? Number.NaN : Number(value.trim()));

/** The body of PATCH /api/admin/clinics/{id}: every field; the slug only when given. */
export function clinicBody(fields: ClinicFields) {
  const slug = fields.slug.trim();
  return {
    name: fields.name,
    addressLine1: fields.addressLine1,
    addressLine2: fields.addressLine2.trim() || null,
    city: fields.city,
    state: fields.state,
    zip: fields.zip,
    latitude: number(fields.latitude),
    longitude: number(fields.longitude),
    timezone: fields.timezone,
    phone: fields.phone,
    hours: fields.hours,
    services: sortServices(fields.services),
    ...(slug ? { slug } : {}),
  };
}

/** The body of POST /api/admin/clinics: the same, in a practice. */
export const newClinicBody = (fields: ClinicFields) => ({ ...clinicBody(fields), practiceId: fields.practiceId });
