import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { listManagedClinics } from '@/lib/clinics/find-managed-clinic';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Clinics' };

export default async function ClinicsPage() {
  const user = await requireRole('ADMIN', '/admin/clinics');
  const clinics = await listManagedClinics(user);
  const network = user.practiceId === null;
  return (
    <div className="stack">
      <div>
        <h1>Clinics</h1>
        <p className="lead">
          Where in-clinic visits happen. A closed clinic stays listed for its history but is never offered again.
        </p>
        <p className="actions">
          <Link href="/admin/clinics/new" className="button">
            Open a clinic
          </Link>
        </p>
      </div>
      {clinics.length === 0 ? (
        <p className="empty">No clinics yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="sr-only">Clinics</caption>
            <thead>
              <tr>
                <th scope="col">Clinic</th>
                {network && <th scope="col">Practice</th>}
                <th scope="col">Address</th>
                <th scope="col">Time zone</th>
                <th scope="col">Phone</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {clinics.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link href={`/admin/clinics/${c.id}`}>{c.name}</Link>
                  </th>
                  {network && <td>{c.practice.name}</td>}
                  <td>
                    {c.addressLine1}
                    {c.addressLine2 && `, ${c.addressLine2}`}, {c.city}, {c.state} {c.zip}
                  </td>
                  <td>{c.timezone}</td>
                  <td className="nowrap">{c.phone}</td>
                  <td>{c.active ? 'Open' : <span className="badge">Closed</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
