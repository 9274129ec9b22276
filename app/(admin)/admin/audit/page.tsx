import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { requireRole } from '@/lib/auth/guards';
import { clientIp } from '@/lib/auth/client-ip';
import { auditEventsQuery } from '@/lib/admin/schemas';
import { listAuditEvents } from '@/lib/admin/list-audit-events';
import { LocalTime } from '@/app/_components/local-time';
import type { SearchParams } from '@/app/_components/search-params';
import { Pager } from '../_forms/pager';
import { firstValues } from '../_forms/query-string';
import { ViewerZoneInput } from './viewer-zone-input';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Audit log' };

const ROLE_LABEL: Record<string, string> = { PATIENT: 'Patient', THERAPIST: 'Therapist', ADMIN: 'Admin' };

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [user, raw, head] = await Promise.all([requireRole('ADMIN', '/admin/audit'), searchParams, headers()]);
  const values = firstValues(raw);
  const parsed = auditEventsQuery.safeParse(values);
  const query = parsed.success ? parsed.data : auditEventsQuery.parse({});
  const result = await listAuditEvents(user, query, clientIp(head));
  const { page: _page, ...filters } = values;
  return (
    <div className="stack">
      <div>
        <h1>Audit log</h1>
        <p className="lead">
          Who read or changed which record, newest first{user.practiceId ? ', in your practice' : ''}. Times are in your own time
          zone. Opening this log is recorded too.
        </p>
      </div>
      <form method="get" className="filters card" aria-label="Filter the audit log">
        <div className="field">
          <label htmlFor="a-patient">Patient (name, email or id)</label>
          <input id="a-patient" name="patient" type="search" defaultValue={values.patient ?? ''} maxLength={120} />
        </div>
        <div className="field">
          <label htmlFor="a-actor">Done by (name, email or id)</label>
          <input id="a-actor" name="actor" type="search" defaultValue={values.actor ?? ''} maxLength={120} />
        </div>
        <div className="field">
          <label htmlFor="a-action">Action</label>
          <input
            id="a-action"
            name="action"
            defaultValue={values.action ?? ''}
            maxLength={60}
            aria-describedby="a-action-hint"
            list="a-actions"
          />
          <datalist id="a-actions">
            {[
              'patient.read',
              'note.read',
              'fhir.read',
              'appointment.',
              'auth.sign_in',
              'therapist.',
              'clinic.',
              'visit_type.',
              'audit.read',
            ].map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor="a-from">From</label>
          <input id="a-from" name="from" type="date" defaultValue={values.from ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="a-to">To</label>
          <input id="a-to" name="to" type="date" defaultValue={values.to ?? ''} />
        </div>
        <ViewerZoneInput />
        <p>
          <button type="submit">Show</button>
        </p>
        <p id="a-action-hint" className="hint filters-hint">
          Action: e.g. <code>patient.read</code>, or <code>appointment.</code> for every appointment action.
        </p>
      </form>
      {!parsed.success && (
        <p className="form-error" role="alert">
          Some filters were not valid and were ignored: {parsed.error.issues[0]?.message}.
        </p>
      )}
      <section aria-labelledby="events-heading" className="stack">
        <h2 id="events-heading" className="h3">
          {result.total} event{result.total === 1 ? '' : 's'}
        </h2>
        {result.events.length === 0 ? (
          <p className="empty">No events match.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="sr-only">Audit events, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                  <th scope="col">Record</th>
                  <th scope="col">Patient</th>
                  <th scope="col">IP address</th>
                </tr>
              </thead>
              <tbody>
                {result.events.map((e) => (
                  <tr key={e.id}>
                    <th scope="row">
                      <LocalTime iso={e.at} short />
                    </th>
                    <td>
                      {e.actor ? (
                        <>
                          {e.actor.name} <span className="muted small">({ROLE_LABEL[e.actor.role] ?? e.actor.role})</span>
                          <br />
                          <span className="muted small">{e.actor.email}</span>
                        </>
                      ) : (
                        'System'
                      )}
                    </td>
                    <td>
                      <code>{e.action}</code>
                    </td>
                    <td>
                      {e.entityType}
                      {e.entityId && (
                        <>
                          <br />
                          <span className="muted small break-anywhere">{e.entityId}</span>
                        </>
                      )}
                    </td>
                    <td>{e.patient?.name ?? '—'}</td>
                    <td>{e.ip ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pager
          path="/admin/audit"
          params={filters}
          page={result.page}
          pageSize={result.pageSize}
          total={result.total}
          label="Audit log"
          noun="audit events"
        />
      </section>
    </div>
  );
}
