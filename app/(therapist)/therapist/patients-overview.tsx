// The therapist dashboard's "Flags to review" and "Your patients" sections.
import Link from 'next/link';
import { FlagList } from '@/app/_components/plans/flag-list';
import { formatDay, shortDate } from '@/app/_components/plans/short-date';
import type { FlagView } from '@/lib/flags/schemas';
import type { TreatedPatient } from '@/lib/plans/progress-schemas';
import { LocalTime } from '@/app/_components/local-time';

export function FlagsCard({ flags }: { flags: FlagView[] }) {
  return (
    <section className="card" aria-labelledby="flags-heading">
      <h2 id="flags-heading">Flags to review {flags.length > 0 && <span className="badge badge-alert">{flags.length}</span>}</h2>
      <FlagList flags={flags} />
    </section>
  );
}

export function PatientsSection({ patients, heading = true }: { patients: TreatedPatient[]; heading?: boolean }) {
  return (
    <section className="section" aria-labelledby="patients-heading">
      <h2 id="patients-heading" className={heading ? undefined : 'sr-only'}>
        Your patients
      </h2>
      {patients.length === 0 ? (
        <p className="empty">
          No patients yet. Once patients book with you, you will find their visit notes, exercise plans and progress here.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table patients-table">
            <caption className="sr-only">Your patients, their plans and how they are doing</caption>
            <thead>
              <tr>
                <th scope="col">Patient</th>
                <th scope="col">Next visit</th>
                <th scope="col">Exercise plan</th>
                <th scope="col">Done, last 7 days</th>
                <th scope="col">Last pain logged</th>
                <th scope="col">Open flags</th>
              </tr>
            </thead>
            <tbody>
              {patients.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link href={`/therapist/patients/${p.id}`}>{p.name}</Link>
                    {/* Always, not only when two share a name: name and birth date identify a patient (decision 044). */}
                    <span className="muted patient-dob"> born {formatDay(p.dateOfBirth)}</span>
                  </th>
                  <td>
                    {p.nextVisit ? (
                      <Link href={`/therapist/visits/${p.nextVisit.id}`}>
                        <LocalTime iso={p.nextVisit.start} />
                      </Link>
                    ) : (
                      '–'
                    )}
                  </td>
                  <td>
                    {p.plan ? (
                      `${p.plan.title} (v${p.plan.version})`
                    ) : (
                      <Link href={`/therapist/patients/${p.id}/plan`}>Create a plan</Link>
                    )}
                  </td>
                  <td>
                    {p.last7Days?.adherencePercent != null
                      ? `${p.last7Days.adherencePercent} % (${p.last7Days.done} of ${p.last7Days.prescribed})`
                      : '–'}
                  </td>
                  <td>{p.lastPain ? `${p.lastPain.pain}/10 on ${shortDate(p.lastPain.on)}` : '–'}</td>
                  <td>{p.openFlags || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
