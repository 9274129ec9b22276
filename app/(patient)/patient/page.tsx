import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { DashboardHeading } from '@/app/_components/dashboard-heading';
import type { SearchParams } from '@/app/_components/search-params';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your dashboard' };

export default async function PatientDashboard({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // The layout guards too, but pages and layouts render in parallel: the page checks for itself.
  const [user, params] = await Promise.all([requireRole('PATIENT', '/patient'), searchParams]);
  return (
    <>
      <DashboardHeading name={user.name} searchParams={params}>
        Your visits, your exercise plan and how you are getting on, all in one place.
      </DashboardHeading>
      <div className="actions">
        <Link href="/book" className="button">Book a visit</Link>
        <Link href="/patient/appointments" className="button button-secondary">Appointments</Link>
      </div>
      <div className="grid">
        <section className="card" aria-labelledby="next-visit-heading">
          <h2 id="next-visit-heading">Next appointment</h2>
          <p className="empty">Nothing booked yet. When you book a visit, its date, time and place will show here.</p>
        </section>
        <section className="card" aria-labelledby="exercises-heading">
          <h2 id="exercises-heading">Today&rsquo;s exercises</h2>
          <p className="empty">
            No exercise plan yet. After your first visit, your therapist&rsquo;s plan for each day
            will show here, with a place to note how it went.
          </p>
        </section>
        <section className="card" aria-labelledby="progress-heading">
          <h2 id="progress-heading">Your progress</h2>
          <p className="empty">Nothing to show yet. Your pain and function scores over time will appear here.</p>
        </section>
      </div>
    </>
  );
}
