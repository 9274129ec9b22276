import type { Metadata } from 'next';
import { PageLink } from '@/app/_components/page-link';
import { LocalTime } from '@/app/_components/local-time';
import { bookingHref } from '@/lib/clinics/booking-link';
import { findNearbyClinics } from '@/lib/clinics/find-nearby-clinics';
import { CLINIC_SERVICES, SERVICE_SLUGS, type ClinicService } from '@/lib/clinics/services';
import { lookupZip, nearestZip } from '@/lib/clinics/zip-centroid';
import { ClinicCard } from './clinic-card';
import { stateName } from '@/lib/licensure/us-states';
import { UseMyLocation } from './use-my-location';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Find a physical therapy clinic near you',
  description:
    'Enter your ZIP code to see Rehabit partner clinics nearest you, with the earliest open evaluation, ' +
    'or start with a video visit from home.',
};

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

/** The radius asked for in the URL (miles), if it is one the API accepts. */
function radiusOf(search: Search): number | undefined {
  const miles = Number(one(search.radius));
  return Number.isFinite(miles) && miles > 0 && miles <= 3000 ? miles : undefined;
}

/** The service asked for in the URL, if it is in the catalogue. */
function serviceOf(search: Search): ClinicService | undefined {
  const s = one(search.service);
  return SERVICE_SLUGS.find((x) => x === s);
}

function originOf(search: Search): { zip: string | null; error: string; entered: string } {
  const entered = one(search.zip)?.trim() ?? '';
  if (entered) {
    const found = lookupZip(entered);
    return found
      ? { zip: found.zip, error: '', entered }
      : { zip: null, entered, error: `We do not know the ZIP code “${entered.slice(0, 10)}”. Enter a 5-digit US ZIP code.` };
  }
  const lat = Number(one(search.lat));
  const lng = Number(one(search.lng));
  if (one(search.lat) && one(search.lng)) {
    const found = nearestZip(lat, lng);
    return found
      ? { zip: found.zip, error: '', entered: found.zip }
      : { zip: null, entered: '', error: 'Your location does not look like it is in the US. Enter a ZIP code instead.' };
  }
  return { zip: null, error: '', entered: '' };
}

export default async function LocationsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const origin = originOf(search);
  const found = origin.zip
    ? await findNearbyClinics({ zip: origin.zip, radiusMiles: radiusOf(search), service: serviceOf(search) })
    : null;
  const virtual = found?.virtualVisit ?? null;
  // No clinic close by: video comes first, and the page says so.
  const noneNear = found !== null && found.clinics.length === 0;
  const virtualSection = virtual && (
    <section className="card" aria-labelledby="virtual-heading" id="virtual">
      <h2 id="virtual-heading">Start with a virtual visit</h2>
      <p>
        See a licensed physical therapist by video from home: no travel, and no app to install. If your therapist needs to examine
        you in person, they will book you at a clinic.
        {virtual.patientState ? ` We only offer therapists licensed in ${stateName(virtual.patientState)}, where you are.` : ''}
      </p>
      {virtual.earliestSlot ? (
        <p>
          Earliest {virtual.visitType.name.toLowerCase()}: <LocalTime iso={virtual.earliestSlot.start} />
          {virtual.earliestSlot.therapistName ? ` with ${virtual.earliestSlot.therapistName}` : ''}
        </p>
      ) : (
        <p>
          No therapist licensed in {virtual.patientState ? stateName(virtual.patientState) : 'your state'} has an open video time
          in the next 30 days.
        </p>
      )}
      <div className="actions">
        {virtual.earliestSlot && (
          <PageLink
            className="button"
            href={bookingHref({
              visitTypeId: virtual.visitType.id,
              start: virtual.earliestSlot.start,
              therapistId: virtual.earliestSlot.therapistId,
              patientState: virtual.patientState,
            })}
          >
            Book<span className="sr-only"> the earliest video visit</span>
          </PageLink>
        )}
        <PageLink
          className="button button-secondary"
          href={bookingHref({ visitTypeId: virtual.visitType.id, patientState: virtual.patientState })}
        >
          Other times<span className="sr-only"> for a video visit</span>
        </PageLink>
      </div>
    </section>
  );
  return (
    <div className="stack">
      <div>
        <h1>Find a clinic near you</h1>
        <p className="lead">
          Enter your ZIP code to see our partner clinics nearest you and the earliest time for a first evaluation. Far from a
          clinic? Most people can start with a video visit.
        </p>
      </div>

      <div role="search" className="card locator-search" aria-label="Find clinics">
        <form method="get" action="/locations" className="locator-form" noValidate>
          <div className="field">
            <label htmlFor="zip">ZIP code</label>
            <input
              id="zip"
              name="zip"
              inputMode="numeric"
              autoComplete="postal-code"
              maxLength={10}
              defaultValue={origin.entered}
              aria-invalid={origin.error ? true : undefined}
              aria-describedby={origin.error ? 'zip-error' : undefined}
            />
            {origin.error && (
              <p id="zip-error" className="field-error">
                {origin.error}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="radius">Within</label>
            <select id="radius" name="radius" defaultValue={String(found?.radiusMiles ?? 50)}>
              {[10, 25, 50, 100, 250].map((m) => (
                <option key={m} value={m}>
                  {m} miles
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="service">Offering</label>
            <select id="service" name="service" defaultValue={serviceOf(search) ?? ''}>
              <option value="">Any service</option>
              {CLINIC_SERVICES.map(([slug, label]) => (
                <option key={slug} value={slug}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="actions">
            <button type="submit">Find clinics</button>
          </div>
        </form>
        <UseMyLocation />
      </div>

      {noneNear && (
        <p className="notice" role="status">
          No partner clinic is within {found.radiusMiles} miles of {found.origin.zip} ({found.origin.city}, {found.origin.state}).
          {virtual?.earliestSlot ? ' You can start with a virtual evaluation from home instead.' : ''}
        </p>
      )}

      {noneNear && virtualSection}

      {found && !noneNear && (
        <section aria-labelledby="results-heading" className="stack">
          <h2 id="results-heading">
            Clinics within {found.radiusMiles} miles of {found.origin.zip} ({found.origin.city}, {found.origin.state})
          </h2>
          <p className="muted">
            Distances are straight-line miles from the middle of the ZIP code area. Clinics with an open time in the next 30 days
            come first. Times are shown in your time zone.
          </p>
          <ol className="bare stack clinic-list">
            {found.clinics.map((clinic) => (
              <li key={clinic.id}>
                <ClinicCard clinic={clinic} evaluation={found.evaluationVisitType} headingLevel={3} />
              </li>
            ))}
          </ol>
        </section>
      )}

      {!noneNear && virtualSection}

      {!found && (
        <p>
          Not sure where to start? Read about{' '}
          <PageLink href="/conditions/low-back-pain">low back pain that is worse lying down</PageLink>.
        </p>
      )}
    </div>
  );
}
