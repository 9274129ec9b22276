import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { findManagedTherapist } from '@/lib/staff/find-managed-therapist';
import { listAppointmentsToReassign } from '@/lib/staff/list-appointments-to-reassign';
import { listActiveColleagues } from '@/lib/staff/list-colleagues';
import { listManagedClinics } from '@/lib/clinics/find-managed-clinic';
import { MODALITY_LABEL, STATUS_LABEL } from '@/app/_components/format';
import { formatInZone } from '../../_forms/zoned';
import { ReassignForm } from './reassign-form';
import { TherapistActions } from './therapist-actions';
import { orNotFound } from '@/app/_components/or-not-found';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Therapist' };

export default async function TherapistPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireRole('ADMIN', `/admin/therapists/${id}`);
  const therapist = await orNotFound(findManagedTherapist(user, id));
  const [clinics, colleagues, upcoming] = await Promise.all([
    listManagedClinics(user).then((all) => all.filter((c) => c.active && c.practice.id === therapist.practiceId)),
    listActiveColleagues(therapist.practiceId, therapist.id),
    listAppointmentsToReassign(user, therapist),
  ]);
  const name = therapist.user.name;
  return (
    <div className="stack">
      <div>
        <p>
          <Link href="/admin/therapists">Back to therapists</Link>
        </p>
        <h1>{name}</h1>
        <p className="lead">
          {therapist.user.email} · {therapist.practice.name}
          {!therapist.user.active && (
            <>
              {' '}
              <span className="badge">Deactivated</span>
            </>
          )}
          {!therapist.user.passwordHash && (
            <>
              {' '}
              <span className="badge">No password yet</span>
            </>
          )}
        </p>
      </div>
      <section aria-labelledby="manage-heading" className="card">
        <h2 id="manage-heading">Manage</h2>
        <TherapistActions
          therapistId={therapist.id}
          name={name}
          active={therapist.user.active}
          invitePending={!therapist.user.passwordHash}
          clinicId={therapist.clinicId}
          clinics={clinics.map((c) => ({ id: c.id, name: c.name }))}
        />
      </section>
      <section aria-labelledby="licenses-heading" className="card">
        <h2 id="licenses-heading">Licenses</h2>
        <p>
          Video visits need a license or PT Compact privilege for the patient&rsquo;s state.{' '}
          <Link href={`/admin/therapists/${therapist.id}/licenses`}>Manage {name}&rsquo;s licenses</Link>
        </p>
      </section>
      <section aria-labelledby="upcoming-heading" className="stack">
        <h2 id="upcoming-heading">{therapist.user.active ? 'Upcoming visits' : 'Visits to reassign'}</h2>
        {!therapist.user.active && upcoming.length > 0 && (
          <p className="notice">
            {name} is deactivated but still has these visits. Give each to a colleague who is free then (the patient is emailed
            the change), or call the patient.
          </p>
        )}
        {upcoming.length === 0 ? (
          <p className="empty">No upcoming visits.</p>
        ) : (
          <ul className="appointment-list bare">
            {upcoming.map((a) => {
              const headingId = `visit-${a.id}`;
              const fits = colleagues
                .filter((c) => a.modality !== 'VIRTUAL' || c.offersVirtual)
                .map((c) => ({ id: c.id, name: c.user.name }));
              return (
                <li key={a.id} className="card">
                  <h3 id={headingId} className="h3">
                    {a.patient.name}: {a.visitTypeName}, {formatInZone(a.start, a.timezone)}
                  </h3>
                  <dl className="details">
                    <div>
                      <dt>Where</dt>
                      <dd>{a.clinicName ?? MODALITY_LABEL[a.modality]}</dd>
                    </div>
                    <div>
                      <dt>Status</dt>
                      <dd>{STATUS_LABEL[a.status]}</dd>
                    </div>
                    <div>
                      <dt>Patient</dt>
                      <dd>
                        {a.patient.email}
                        {a.patient.phone && <>, {a.patient.phone}</>}
                      </dd>
                    </div>
                  </dl>
                  {!therapist.user.active && <ReassignForm appointmentId={a.id} colleagues={fits} describedBy={headingId} />}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
