import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { findManagedTherapist } from '@/lib/staff/find-managed-therapist';
import { listTherapistLicenses } from '@/lib/licensure/list-therapist-licenses';
import { stateName } from '@/lib/licensure/us-states';
import { todayIn } from '@/lib/plans/calendar';
import { orNotFound } from '@/app/_components/or-not-found';
import type { SearchParams } from '@/app/_components/search-params';
import { formatInZone } from '../../../_forms/zoned';
import { LicenseForm, type LicenseValues } from './license-form';
import { KIND_LABEL } from './kind-label';
import { RemoveLicenseButton } from './remove-license-button';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Licenses' };

/** What the row means for video visits today, in the therapist's zone (decision 024). */
function standing(l: LicenseValues, all: LicenseValues[], today: string): string {
  if (l.expiresOn < today) return 'Expired';
  if (l.kind === 'COMPACT_PRIVILEGE' && !all.some((o) => o.kind === 'LICENSE' && o.expiresOn >= today))
    return 'Not valid now: no current state license to back it';
  return 'Valid';
}

export default async function TherapistLicensesPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireRole('ADMIN', `/admin/therapists/${id}/licenses`);
  const therapist = await orNotFound(findManagedTherapist(user, id));
  const { licenses, uncoveredVisits } = await listTherapistLicenses(user, therapist.id);
  const today = todayIn(therapist.timezone, new Date());
  const name = therapist.user.name;
  return (
    <div className="stack">
      <div>
        <p>
          <Link href={`/admin/therapists/${therapist.id}`}>Back to {name}</Link>
        </p>
        <h1>Licenses: {name}</h1>
        <p className="lead">
          Video visits are offered to a patient only in a state where {name} holds a license or a PT Compact privilege that is
          valid on the visit date.
        </p>
        {typeof query.added === 'string' && (
          <p className="notice notice-success" role="status">
            The license was added.
          </p>
        )}
      </div>
      {uncoveredVisits.length > 0 && (
        <section aria-labelledby="uncovered-heading" className="notice">
          <h2 id="uncovered-heading" className="h3">
            {uncoveredVisits.length === 1 ? '1 booked video visit is' : `${uncoveredVisits.length} booked video visits are`} not
            covered
          </h2>
          <p>Renew or add the license, or reassign the visit from the therapist&rsquo;s page.</p>
          <ul>
            {uncoveredVisits.map((v) => (
              <li key={v.appointmentId}>
                {formatInZone(new Date(v.start), therapist.timezone)}, patient in{' '}
                {v.patientState ? stateName(v.patientState) : 'an unrecorded state'}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="licenses-heading" className="stack">
        <h2 id="licenses-heading">Licenses and privileges</h2>
        {licenses.length === 0 ? (
          <p className="empty">No licenses yet: {name} cannot be booked for video visits.</p>
        ) : (
          <ul className="appointment-list bare">
            {licenses.map((l) => {
              const label = `${l.stateName} ${KIND_LABEL[l.kind].toLowerCase()}`;
              return (
                <li key={l.id} className="card" aria-labelledby={`license-${l.id}`}>
                  <h3 id={`license-${l.id}`} className="h3">
                    {l.stateName}: {KIND_LABEL[l.kind]}
                  </h3>
                  <dl className="details">
                    <div>
                      <dt>Number</dt>
                      <dd>{l.number}</dd>
                    </div>
                    <div>
                      <dt>Valid through</dt>
                      <dd>{l.expiresOn}</dd>
                    </div>
                    <div>
                      <dt>Standing</dt>
                      <dd>{standing(l, licenses, today)}</dd>
                    </div>
                  </dl>
                  <details className="how-to">
                    <summary>Edit the {label}</summary>
                    <LicenseForm therapistId={therapist.id} license={l} />
                  </details>
                  <RemoveLicenseButton therapistId={therapist.id} licenseId={l.id} label={label} />
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="add-heading" className="card">
        <h2 id="add-heading">Add a license</h2>
        <LicenseForm therapistId={therapist.id} license={null} />
      </section>
    </div>
  );
}
