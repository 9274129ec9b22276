// The clinic directory the locator and a clinic's page show, besides open times: active clinics
// (in a band of latitude, or one by slug) with their practice and bookable therapists, and the
// first visit types a new patient books. One call of the SQL function rehabit_clinic_directory
// (its migration holds the rules) instead of seven statements (decision 047, update "The locator").
import { db, Prisma } from '../db';
import type { z } from 'zod';
import { chooseFirstVisitType, type FirstVisitType, type VisitTypeChoice } from './earliest-slots';
import type { clinicCardOutput } from './schemas';

type ClinicCard = z.infer<typeof clinicCardOutput>;
export type DirectoryTherapist = ClinicCard['therapists'][number];
/** A clinic as the locator's card shows it, before distance and open times. */
export type DirectoryClinic = Omit<ClinicCard, 'distanceMiles' | 'services' | 'earliestSlot' | 'bookable'> & {
  services: string[];
};

export interface DirectoryQuery {
  /** Only clinics whose latitude is in this band (distance.ts latitudeBand). */
  latitudes?: { min: number; max: number };
  service?: string;
  slug?: string;
}

export interface Directory {
  clinics: DirectoryClinic[];
  evaluation: FirstVisitType | null;
  virtual: FirstVisitType | null;
}

interface Row {
  data: { clinics: DirectoryClinic[]; visitTypes: VisitTypeChoice[] };
}

export async function loadDirectory(q: DirectoryQuery): Promise<Directory> {
  const [row] = await db().$queryRaw<Row[]>(Prisma.sql`SELECT rehabit_clinic_directory(
    ${q.latitudes?.min ?? -90}::float8, ${q.latitudes?.max ?? 90}::float8, ${q.service ?? null}::text, ${q.slug ?? null}::text) AS data`);
  const data = row?.data ?? { clinics: [], visitTypes: [] };
  return {
    clinics: data.clinics,
    evaluation: chooseFirstVisitType(data.visitTypes, 'IN_CLINIC'),
    virtual: chooseFirstVisitType(data.visitTypes, 'VIRTUAL'),
  };
}
