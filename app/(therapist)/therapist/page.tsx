import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/guards';
import { DashboardHeading } from '@/app/_components/dashboard-heading';
import type { SearchParams } from '@/app/_components/search-params';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your schedule' };

export default async function TherapistDashboard({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // The layout guards too, but pages and layouts render in parallel: the page checks for itself.
  const [user, params] = await Promise.all([requireRole('THERAPIST', '/therapist'), searchParams]);
  return (
    <>
      <DashboardHeading name={user.name} searchParams={params}>
        Your day at a glance: who you are seeing and how your patients are doing.
      </DashboardHeading>
      <div className="grid">
        <section className="card" aria-labelledby="schedule-heading">
          <h2 id="schedule-heading">Today&rsquo;s schedule</h2>
          <p className="empty">
            No appointments today. Clinic and video visits booked with you will be listed here in
            time order.
          </p>
        </section>
        <section className="card" aria-labelledby="patients-heading">
          <h2 id="patients-heading">Your patients</h2>
          <p className="empty">
            No patients yet. Once patients book with you, you will find their visit notes, exercise
            plans and progress here.
          </p>
        </section>
      </div>
    </>
  );
}
