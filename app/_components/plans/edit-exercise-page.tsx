// The exercise edit page, shared by the admin and therapist libraries (they differ only in role
// and where "back" goes).
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { findExercise } from '@/lib/exercises/find-exercise';
import { ILLUSTRATIONS } from '@/lib/exercises/illustrations';
import { ExerciseForm } from './exercise-form';
import { orNotFound } from '@/app/_components/or-not-found';

export async function EditExercisePage({
  id,
  role,
  libraryPath,
}: {
  id: string;
  role: 'ADMIN' | 'THERAPIST';
  libraryPath: string;
}) {
  const user = await requireRole(role, `${libraryPath}/${id}`);
  const exercise = await orNotFound(findExercise(user, id));
  return (
    <div className="stack">
      <div>
        <p>
          <Link href={libraryPath}>Back to the library</Link>
        </p>
        <h1>{exercise.name}</h1>
        {!exercise.editable && (
          <p className="notice">This exercise is in the shared starter library; only network admins change it.</p>
        )}
      </div>
      {exercise.editable && <ExerciseForm exercise={exercise} illustrations={[...ILLUSTRATIONS].sort()} backTo={libraryPath} />}
    </div>
  );
}
