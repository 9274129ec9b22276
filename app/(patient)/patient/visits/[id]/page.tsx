import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/guards';
import { VisitPage } from '@/app/_components/visit-room/visit-page';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Video visit' };

export default async function PatientVisitPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // The layout guards too, but pages and layouts render in parallel: the page checks for itself.
  const user = await requireRole('PATIENT', `/patient/visits/${encodeURIComponent(id)}`);
  return <VisitPage user={user} appointmentId={id} homeHref="/patient" />;
}
