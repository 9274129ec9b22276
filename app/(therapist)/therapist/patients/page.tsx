import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/guards';
import { listTreatedPatients } from '@/lib/plans/list-treated-patients';
import { PatientsSection } from '../patients-overview';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your patients' };

export default async function PatientsPage() {
  // The layout guards too, but pages and layouts render in parallel: the page checks for itself.
  const user = await requireRole('THERAPIST', '/therapist/patients');
  const patients = await listTreatedPatients(user);
  return (
    <div className="stack">
      <div>
        <h1>Your patients</h1>
        <p className="lead">
          Everyone you have seen or have a plan with: their next visit, how they kept to their plan and open flags.
        </p>
      </div>
      <PatientsSection patients={patients} heading={false} />
    </div>
  );
}
