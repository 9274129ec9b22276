import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { findEditableVisitType } from '@/lib/visit-types/find-managed-visit-type';
import { VisitTypeForm } from '../visit-type-form';
import { orNotFound } from '@/app/_components/or-not-found';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Edit visit type' };

export default async function EditVisitTypePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireRole('ADMIN', `/admin/visit-types/${id}`);
  // A practice admin opening a network-wide type is treated like any type they cannot edit.
  const visitType = await orNotFound(findEditableVisitType(user, id), ['NOT_FOUND', 'FORBIDDEN']);
  return (
    <div className="stack">
      <div>
        <p>
          <Link href="/admin/visit-types">Back to visit types</Link>
        </p>
        <h1>{visitType.name}</h1>
        <p className="lead">
          {visitType.practice?.name ?? 'Network-wide'}. Booked visits keep the price they were booked at; the cancellation policy
          is read when a visit is cancelled, so a change applies to booked visits too.
        </p>
      </div>
      <VisitTypeForm visitType={visitType} practices={[]} network={user.practiceId === null} />
    </div>
  );
}
