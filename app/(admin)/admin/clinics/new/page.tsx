import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { listPractices } from '@/lib/clinics/list-practices';
import { ClinicForm } from '../clinic-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Open a clinic' };

export default async function NewClinicPage() {
  const user = await requireRole('ADMIN', '/admin/clinics/new');
  const practices = await listPractices(user);
  return (
    <div className="stack">
      <div>
        <p>
          <Link href="/admin/clinics">Back to clinics</Link>
        </p>
        <h1>Open a clinic</h1>
      </div>
      {practices.length === 0 ? (
        <p className="empty">There is no practice to add a clinic to.</p>
      ) : (
        <ClinicForm clinic={null} practices={practices.map((p) => ({ id: p.id, name: p.name }))} />
      )}
    </div>
  );
}
