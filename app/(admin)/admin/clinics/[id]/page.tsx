import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { findManagedClinic } from '@/lib/clinics/find-managed-clinic';
import { findHomeClinicCleared, listTherapistsBasedAt, listUpcomingClinicVisits } from '@/lib/clinics/close-clinic';
import type { SearchParams } from '@/app/_components/search-params';
import { ClinicForm } from '../clinic-form';
import { formatInZone } from '../../_forms/zoned';
import { CloseClinicButton } from './close-clinic-button';
import { orNotFound } from '@/app/_components/or-not-found';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Clinic' };

export default async function ClinicPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireRole('ADMIN', `/admin/clinics/${id}`);
  const clinic = await orNotFound(findManagedClinic(user, id));
  const [upcoming, based, cleared] = clinic.active
    ? [...(await Promise.all([listUpcomingClinicVisits(user, clinic), listTherapistsBasedAt(clinic.id)])), []]
    : [[], [], await findHomeClinicCleared(clinic.id)];
  const therapistLinks = (list: { id: string; name: string }[]) =>
    list.map((t, i) => (
      <span key={t.id}>
        {i > 0 && ', '}
        <Link href={`/admin/therapists/${t.id}`}>{t.name}</Link>
      </span>
    ));
  return (
    <div className="stack">
      <div>
        <p>
          <Link href="/admin/clinics">Back to clinics</Link>
        </p>
        <h1>{clinic.name}</h1>
        <p className="lead">
          {clinic.practice.name}
          {!clinic.active && (
            <>
              {' '}
              · <span className="badge">Closed</span>
            </>
          )}
        </p>
        {query.created === '1' && (
          <p className="notice notice-success" role="status">
            The clinic is open.
          </p>
        )}
      </div>
      {clinic.active ? (
        <>
          <section aria-labelledby="edit-heading" className="card">
            <h2 id="edit-heading">Details</h2>
            <ClinicForm clinic={clinic} practices={[]} />
          </section>
          <section aria-labelledby="close-heading" className="card">
            <h2 id="close-heading">Close this clinic</h2>
            <p>
              Closing keeps the clinic and its history but takes it out of booking and the clinic locator. It is refused while
              visits are booked here: move or cancel them first.
            </p>
            {based.length > 0 && (
              <p data-testid="based-here">
                Closing also clears the home clinic of {based.length === 1 ? 'the therapist' : `the ${based.length} therapists`}{' '}
                based here: {therapistLinks(based)}. Give {based.length === 1 ? 'them' : 'each'} a new home clinic afterwards.
              </p>
            )}
            {upcoming.length > 0 ? (
              <>
                <p className="notice">
                  {upcoming.length} upcoming visit{upcoming.length === 1 ? ' is' : 's are'} booked here:
                </p>
                <ul className="plain-list">
                  {upcoming.map((a) => (
                    <li key={a.id}>
                      {formatInZone(a.startsAt, clinic.timezone)}: {a.patient.user.name} ({a.patient.user.email}
                      {a.patient.phone && `, ${a.patient.phone}`}), {a.visitType.name} with {a.therapist.user.name}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <CloseClinicButton clinicId={clinic.id} name={clinic.name} basedHere={based.length} />
            )}
          </section>
        </>
      ) : (
        <>
          <p>
            Closed {clinic.closedAt && formatInZone(clinic.closedAt, clinic.timezone)}. {clinic.addressLine1}, {clinic.city},{' '}
            {clinic.state} {clinic.zip}.
          </p>
          {cleared.length > 0 && (
            <p className="notice" data-testid="home-clinic-cleared">
              When it closed, the home clinic of these therapists was cleared: {therapistLinks(cleared)}. Open each to choose a
              new one.
            </p>
          )}
        </>
      )}
    </div>
  );
}
