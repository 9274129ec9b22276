import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/guards';
import { AppError } from '@/lib/errors';
import { findExercise } from '@/lib/exercises/find-exercise';
import { ILLUSTRATIONS } from '@/lib/exercises/illustrations';
import { ExerciseForm } from '@/app/_components/plans/exercise-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Edit an exercise' };

export default async function EditExercisePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireRole('ADMIN', `/admin/exercises/${id}`);
  const exercise = await findExercise(user, id).catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
  return (
    <div className="stack">
      <div>
        <p><Link href="/admin/exercises">Back to the library</Link></p>
        <h1>{exercise.name}</h1>
        {!exercise.editable && <p className="notice">This exercise is in the shared starter library; only network admins change it.</p>}
      </div>
      {exercise.editable && <ExerciseForm exercise={exercise} illustrations={[...ILLUSTRATIONS].sort()} backTo="/admin/exercises" />}
    </div>
  );
}
