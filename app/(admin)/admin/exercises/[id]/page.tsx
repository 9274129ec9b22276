import type { Metadata } from 'next';
import { EditExercisePage } from '@/app/_components/plans/edit-exercise-page';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Edit an exercise' };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  return <EditExercisePage id={(await params).id} role="ADMIN" libraryPath="/admin/exercises" />;
}
