import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { ILLUSTRATIONS } from '@/lib/exercises/illustrations';
import { ExerciseForm } from '@/app/_components/plans/exercise-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Add an exercise' };

export default async function NewExercisePage() {
  await requireRole('ADMIN', '/admin/exercises/new');
  return (
    <div className="stack">
      <div>
        <p>
          <Link href="/admin/exercises">Back to the library</Link>
        </p>
        <h1>Add an exercise</h1>
        <p className="lead">
          A practice admin adds to their practice&rsquo;s library; a network admin adds to the starter library every practice
          shares.
        </p>
      </div>
      <ExerciseForm exercise={null} illustrations={[...ILLUSTRATIONS].sort()} backTo="/admin/exercises" />
    </div>
  );
}
