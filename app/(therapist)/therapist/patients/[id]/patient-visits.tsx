// The visits and visit notes on a patient's record (therapist side).
import Link from 'next/link';
import type { PatientVisit } from '@/lib/booking/list-patient-visits';
import { splitPatientVisits } from '@/lib/booking/split-patient-visits';
import type { NoteSummary } from '@/lib/notes/schemas';
import { STATUS_LABEL } from '@/app/_components/format';
import { LocalTime } from '@/app/_components/local-time';

const NOTE_LABEL = { DRAFT: 'Draft', SIGNED: 'Signed' } as const;

function VisitTable({ visits, caption, cancelled = false }: { visits: PatientVisit[]; caption: string; cancelled?: boolean }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Visit</th>
            <th scope="col">Where</th>
            <th scope="col">Therapist</th>
            {cancelled ? (
              <>
                <th scope="col">Cancelled on</th>
                <th scope="col">Reason</th>
              </>
            ) : (
              <>
                <th scope="col">Status</th>
                <th scope="col">Note</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {visits.map((v) => (
            <tr key={v.id}>
              <td>
                <Link href={`/therapist/visits/${v.id}`}>
                  <LocalTime iso={v.start} />
                </Link>
              </td>
              <td>{v.visitType}</td>
              <td>{v.clinic ?? 'Video visit'}</td>
              <td>{v.therapist}</td>
              {cancelled ? (
                <>
                  <td>{v.cancelledAt ? <LocalTime iso={v.cancelledAt} /> : '–'}</td>
                  <td>{v.cancelReason ?? '–'}</td>
                </>
              ) : (
                <>
                  <td>
                    {STATUS_LABEL[v.status as keyof typeof STATUS_LABEL] ?? v.status}
                    {v.checkedIn && ' · checked in'}
                  </td>
                  <td>{v.note ? NOTE_LABEL[v.note] : '–'}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PatientVisits({ visits, now }: { visits: PatientVisit[]; now: Date }) {
  const { upcoming, past, cancelled } = splitPatientVisits(visits, now);
  return (
    <section aria-labelledby="visits-heading">
      <h2 id="visits-heading">Appointments</h2>
      <h3>Upcoming</h3>
      {upcoming.length === 0 ? (
        <p className="empty">No upcoming visits.</p>
      ) : (
        <VisitTable visits={upcoming} caption="Upcoming visits, soonest first" />
      )}
      <h3>Past</h3>
      {past.length === 0 ? (
        <p className="empty">No past visits.</p>
      ) : (
        <VisitTable visits={past} caption="Past visits, newest first" />
      )}
      <h3>Cancelled</h3>
      {cancelled.length === 0 ? (
        <p className="empty">No cancelled visits.</p>
      ) : (
        <VisitTable visits={cancelled} caption="Cancelled visits, past and future, newest first" cancelled />
      )}
    </section>
  );
}

export function PatientNotes({ notes }: { notes: NoteSummary[] }) {
  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">Visit notes</h2>
      {notes.length === 0 ? (
        <p className="empty">No visit notes yet. Write one from a visit&rsquo;s page.</p>
      ) : (
        <ul className="bare note-list">
          {notes.map((n) => (
            <li key={n.id}>
              <Link href={`/therapist/visits/${n.appointmentId}`}>
                {n.visitType}, <LocalTime iso={n.visitStart} />
              </Link>{' '}
              · {n.therapist} · <span className="badge">{NOTE_LABEL[n.status]}</span>
              {n.addenda > 0 && (
                <>
                  {' '}
                  · {n.addenda} {n.addenda === 1 ? 'addendum' : 'addenda'}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
