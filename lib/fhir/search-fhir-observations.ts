// `Observation?patient=…`: the patient's sleep check-ins as Observations (three each), newest night
// first, and the `read` of one (the Bundle's fullUrl). Sleep is the patient's own record, not a
// practice's (decision 024): whoever may read the patient (fhir-access.ts) reads all of it.
import type { Bundle, Observation } from '@medplum/fhirtypes';
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { auditFhirRead, authorizeFhirRead, type FhirReadScope } from './fhir-access';
import { searchsetBundle } from './fhir-bundle';
import { fhirBaseUrl } from './fhir-base-url';
import { parseSleepObservationId, toFhirSleepObservation, toFhirSleepObservations } from './fhir-sleep-observation';

/** A year of nights at most: the export is for records, not for paging through a decade. */
const MAX_CHECK_INS = 366;

const select = {
  id: true,
  checkedOn: true,
  painLyingDown: true,
  timesWoken: true,
  halfHoursSlept: true,
  loggedAt: true,
  patient: { select: { id: true, user: { select: { name: true } } } },
} as const;

export async function searchFhirObservations(user: SessionUser, patientId: string, self: string): Promise<Bundle<Observation>> {
  const scope = await authorizeFhirRead(user, patientId);
  const rows = await db().sleepCheckIn.findMany({
    where: { patientId },
    orderBy: { checkedOn: 'desc' },
    take: MAX_CHECK_INS,
    select,
  });
  const observations = rows.flatMap(toFhirSleepObservations);
  await auditFhirRead(
    user,
    scope,
    'Observation',
    observations.flatMap((o) => (o.id ? [o.id] : [])),
  );
  return searchsetBundle(observations, fhirBaseUrl(), self);
}

export async function readFhirObservation(user: SessionUser, id: string): Promise<Observation> {
  const notFound = new AppError('NOT_FOUND', 'Observation not found.');
  const parsed = parseSleepObservationId(id);
  const row = parsed && (await db().sleepCheckIn.findUnique({ where: { id: parsed.checkInId }, select }));
  if (!parsed || !row) throw notFound;
  let scope: FhirReadScope;
  try {
    scope = await authorizeFhirRead(user, row.patient.id);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') throw notFound; // no hint that the patient exists
    throw err;
  }
  await auditFhirRead(user, scope, 'Observation', [id]);
  return toFhirSleepObservation(row, parsed.measure);
}
