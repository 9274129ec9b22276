import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { listPractices } from '@/lib/clinics/list-practices';
import { VisitTypeForm } from '../visit-type-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'New visit type' };

export default async function NewVisitTypePage() {
  const user = await requireRole('ADMIN', '/admin/visit-types/new');
  const practices = await listPractices(user);
  return (
    <div className="stack">
      <div>
        <p>
          <Link href="/admin/visit-types">Back to visit types</Link>
        </p>
        <h1>New visit type</h1>
      </div>
      <VisitTypeForm
        visitType={null}
        practices={practices.map((p) => ({ id: p.id, name: p.name }))}
        network={user.practiceId === null}
      />
    </div>
  );
}
