import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { ILLUSTRATIONS } from '@/lib/exercises/illustrations';
import { ExerciseForm } from '@/app/_components/plans/exercise-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Add an exercise' };

export default async function NewExercisePage() {
  await requireRole('THERAPIST', '/therapist/exercises/new');
  return (
    <div className="stack">
      <div>
        <p>
          <Link href="/therapist/exercises">Back to the library</Link>
        </p>
        <h1>Add an exercise</h1>
        <p className="lead">It joins your practice&rsquo;s library: you and your colleagues can add it to plans.</p>
      </div>
      <ExerciseForm exercise={null} illustrations={[...ILLUSTRATIONS].sort()} backTo="/therapist/exercises" />
    </div>
  );
}
