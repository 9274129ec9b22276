import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { adminAppointmentsQuery, MODALITIES, STATUSES } from '@/lib/admin/schemas';
import { listAdminAppointments } from '@/lib/admin/list-admin-appointments';
import { localDateOf } from '@/lib/scheduling/zoned-time';
import { listManagedClinics } from '@/lib/clinics/find-managed-clinic';
import { listManagedTherapists } from '@/lib/staff/list-managed-therapists';
import { formatMoney, MODALITY_LABEL, STATUS_LABEL } from '@/app/_components/format';
import { paymentStatusLabel } from '@/app/_components/payment-text';
import type { SearchParams } from '@/app/_components/search-params';
import { Pager } from '../_forms/pager';
import { firstValues } from '../_forms/query-string';
import { formatInZone } from '../_forms/zoned';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Appointments' };

export default async function AdminAppointmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [user, raw] = await Promise.all([requireRole('ADMIN', '/admin/appointments'), searchParams]);
  const values = firstValues(raw);
  // Opened without filters: from today on, "today" being the earliest date that is still today in
  // any US clinic (UTC would hide this evening's visits). An emptied "From" field means no lower bound.
  if (!('from' in values)) values.from = localDateOf(Date.now(), 'Pacific/Honolulu');
  const parsed = adminAppointmentsQuery.safeParse(values);
  const query = parsed.success ? parsed.data : adminAppointmentsQuery.parse({});
  const [result, clinics, therapists] = await Promise.all([
    listAdminAppointments(user, query),
    listManagedClinics(user),
    listManagedTherapists(user),
  ]);
  const { page: _page, ...filters } = values;
  return (
    <div className="stack">
      <div>
        <h1>Appointments</h1>
        <p className="lead">
          Every visit {user.practiceId ? 'in your practice' : 'across the network'}. Dates and times are where each visit happens
          (the clinic&rsquo;s zone, or the therapist&rsquo;s for video visits).
        </p>
      </div>
      <form method="get" className="filters card" aria-label="Filter appointments">
        <div className="field">
          <label htmlFor="f-from">From</label>
          <input id="f-from" name="from" type="date" defaultValue={values.from ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="f-to">To</label>
          <input id="f-to" name="to" type="date" defaultValue={values.to ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="f-clinic">Clinic</label>
          <select id="f-clinic" name="clinicId" defaultValue={values.clinicId ?? ''}>
            <option value="">Any clinic</option>
            {clinics.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-therapist">Therapist</label>
          <select id="f-therapist" name="therapistId" defaultValue={values.therapistId ?? ''}>
            <option value="">Any therapist</option>
            {therapists.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-status">Status</label>
          <select id="f-status" name="status" defaultValue={values.status ?? ''}>
            <option value="">Any status</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-modality">Where</label>
          <select id="f-modality" name="modality" defaultValue={values.modality ?? ''}>
            <option value="">In clinic or video</option>
            {MODALITIES.map((m) => (
              <option key={m} value={m}>
                {MODALITY_LABEL[m]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-patient">Patient name or email</label>
          <input id="f-patient" name="patient" type="search" defaultValue={values.patient ?? ''} maxLength={120} />
        </div>
        <p>
          <button type="submit">Show</button>
        </p>
      </form>
      {!parsed.success && (
        <p className="form-error" role="alert">
          Some filters were not valid and were ignored: {parsed.error.issues[0]?.message}.
        </p>
      )}
      <section aria-labelledby="results-heading" className="stack">
        <h2 id="results-heading" className="h3">
          {result.total} appointment{result.total === 1 ? '' : 's'}
        </h2>
        {result.appointments.length === 0 ? (
          <p className="empty">No appointments match.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="sr-only">Appointments, earliest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Patient</th>
                  <th scope="col">Therapist</th>
                  <th scope="col">Visit</th>
                  <th scope="col">Where</th>
                  <th scope="col">Status</th>
                  <th scope="col">Payment</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {result.appointments.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{formatInZone(a.start, a.timezone)}</th>
                    <td>
                      {a.patient.name}
                      <br />
                      <span className="muted small">{a.patient.email}</span>
                    </td>
                    <td>{a.therapist.name}</td>
                    <td>{a.visitTypeName}</td>
                    <td>{a.clinic?.name ?? MODALITY_LABEL[a.modality]}</td>
                    <td>{STATUS_LABEL[a.status]}</td>
                    <td>
                      {a.payment ? (
                        <>
                          {paymentStatusLabel(a.payment.status)},{' '}
                          <span className="amount">{formatMoney(a.payment.amountCents, a.payment.currency.toUpperCase())}</span>
                        </>
                      ) : a.priceCents === 0 ? (
                        'Free'
                      ) : (
                        'No payment'
                      )}
                    </td>
                    <td>
                      {a.noteStatus ? (
                        <Link href={`/admin/appointments/${a.id}`}>
                          {a.noteStatus === 'SIGNED' ? 'Signed note' : 'Draft (not signed)'}
                          <span className="sr-only">
                            , {a.patient.name}, {formatInZone(a.start, a.timezone)}
                          </span>
                        </Link>
                      ) : (
                        <span className="muted">None</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pager
          path="/admin/appointments"
          params={filters}
          page={result.page}
          pageSize={result.pageSize}
          total={result.total}
          label="Appointments"
          noun="appointments"
        />
      </section>
    </div>
  );
}
