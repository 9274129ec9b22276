import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { listManagedTherapists } from '@/lib/staff/list-managed-therapists';
import { listPractices } from '@/lib/clinics/list-practices';
import { InviteTherapistForm } from './invite-therapist-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Therapists' };

const INVITE_LABEL = { PASSWORD_SET: 'Signed up', PENDING: 'Invitation pending', EXPIRED: 'No password yet' } as const;

export default async function TherapistsPage() {
  const user = await requireRole('ADMIN', '/admin/therapists');
  const [therapists, practices] = await Promise.all([listManagedTherapists(user), listPractices(user)]);
  const choices = practices.map((p) => ({ id: p.id, name: p.name, clinics: p.clinics.filter((c) => c.active) }));
  const network = user.practiceId === null;
  return (
    <div className="stack">
      <div>
        <h1>Therapists</h1>
        <p className="lead">
          Invite therapists, choose their home clinic, and deactivate those who leave (their upcoming visits are listed for
          reassignment).
        </p>
      </div>
      <section aria-labelledby="therapists-heading" className="stack">
        <h2 id="therapists-heading">
          {therapists.length} therapist{therapists.length === 1 ? '' : 's'}
        </h2>
        {therapists.length === 0 ? (
          <p className="empty">No therapists yet.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="sr-only">Therapists</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  {network && <th scope="col">Practice</th>}
                  <th scope="col">Home clinic</th>
                  <th scope="col">Video visits</th>
                  <th scope="col">Account</th>
                  <th scope="col">Sign-up</th>
                </tr>
              </thead>
              <tbody>
                {therapists.map((t) => (
                  <tr key={t.id}>
                    <th scope="row">
                      <Link href={`/admin/therapists/${t.id}`}>{t.name}</Link>
                      <br />
                      <span className="muted small">{t.email}</span>
                    </th>
                    {network && <td>{t.practice.name}</td>}
                    <td>{t.clinic?.name ?? 'None (video only)'}</td>
                    <td>{t.offersVirtual ? 'Yes' : 'No'}</td>
                    <td>{t.active ? 'Active' : <span className="badge">Deactivated</span>}</td>
                    <td>{INVITE_LABEL[t.invite]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="invite-heading" className="card">
        <h2 id="invite-heading">Invite a therapist</h2>
        <p className="muted">They get an email with a one-time link to choose a password, then sign in with it.</p>
        {choices.length === 0 ? <p className="empty">Add a practice first.</p> : <InviteTherapistForm practices={choices} />}
      </section>
    </div>
  );
}
