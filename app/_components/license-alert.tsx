// On the therapist's and the admin's dashboards: booked video visits that the therapist's licenses
// do not cover on the visit date (decision 024), so someone acts before the day comes.
import { findUncoveredVisitsFor } from '@/lib/licensure/find-uncovered-visits';
import { stateName } from '@/lib/licensure/us-states';

export async function LicenseAlert({ user }: { user: { id: string; role: string; practiceId: string | null } }) {
  const visits = await findUncoveredVisitsFor(user);
  if (visits.length === 0) return null;
  const fmt = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <section className="notice" aria-labelledby="license-alert-heading">
      <h2 id="license-alert-heading" className="h3">
        {visits.length === 1 ? '1 video visit' : `${visits.length} video visits`} not covered by a license
      </h2>
      <p>A license expires before these visits, or is missing for the patient&rsquo;s state. Renew it, or reassign the visit.</p>
      <ul>
        {visits.slice(0, 10).map((v) => (
          <li key={v.appointmentId}>
            {fmt.format(new Date(v.start))} (UTC) · {v.therapistName} · patient in{' '}
            {v.patientState ? stateName(v.patientState) : 'an unrecorded state'}
          </li>
        ))}
      </ul>
    </section>
  );
}
