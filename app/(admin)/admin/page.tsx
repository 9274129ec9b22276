import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { listPractices } from '@/lib/clinics/list-practices';
import { DashboardHeading } from '@/app/_components/dashboard-heading';
import { LicenseAlert } from '@/app/_components/license-alert';
import type { SearchParams } from '@/app/_components/search-params';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Administration' };

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export default async function AdminDashboard({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // The layout guards too, but pages and layouts render in parallel: the page checks for itself.
  const [user, params] = await Promise.all([requireRole('ADMIN', '/admin'), searchParams]);
  const practices = await listPractices(user);
  const scope = user.practiceId ? (practices.find((p) => p.id === user.practiceId)?.name ?? 'Your practice') : 'Network admin';

  return (
    <>
      <DashboardHeading name={user.name} searchParams={params}>
        The practices and clinics you manage, and how many therapists work in each.
      </DashboardHeading>
      <p>
        Your scope: <span className="badge">{scope}</span>
      </p>
      <LicenseAlert user={user} />
      <p className="actions">
        <Link href="/admin/payments" className="button button-secondary">
          Payments and refunds
        </Link>
        <Link href="/admin/exercises" className="button button-secondary">
          Exercise library
        </Link>
      </p>

      <section aria-labelledby="practices-heading" className="stack">
        <h2 id="practices-heading">Practices and clinics</h2>
        {practices.length === 0 ? (
          <p className="empty">No practices yet.</p>
        ) : (
          <ul className="stack bare">
            {practices.map((practice) => (
              <li key={practice.id} className="card">
                <h3>{practice.name}</h3>
                <p className="muted">
                  {count(practice.clinics.length, 'clinic', 'clinics')} ·{' '}
                  {count(practice.therapistCount, 'therapist', 'therapists')}
                </p>
                {practice.clinics.length === 0 ? (
                  <p className="empty">No clinics yet.</p>
                ) : (
                  <ul className="plain-list" aria-label={`Clinics of ${practice.name}`}>
                    {practice.clinics.map((clinic) => (
                      <li key={clinic.id}>
                        <strong>{clinic.name}</strong>, {clinic.city}, {clinic.state}
                        {!clinic.active && (
                          <>
                            {' '}
                            <span className="badge">Inactive</span>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
