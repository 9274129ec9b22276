import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/guards';
import { AppError } from '@/lib/errors';
import { findOwnPlanItem } from '@/lib/plans/find-own-plan-item';
import { ExerciseHowTo } from '@/app/_components/plans/exercise-how-to';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Exercise' };

/** One exercise of the patient's plan: what a link shared in the visit chat opens. */
export default async function PatientExercisePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireRole('PATIENT', `/patient/exercises/${encodeURIComponent(id)}`);
  const found = await findOwnPlanItem(user, id).catch((err: unknown) => {
    if (err instanceof AppError && err.status === 404) notFound();
    throw err;
  });
  const { item } = found;
  return (
    <div className="stack">
      <div>
        <p>
          <Link href="/patient">&larr; Your dashboard</Link>
        </p>
        <h1>{item.name}</h1>
        <p className="lead">
          {item.dosageText} · from {found.planTitle} by {found.therapistName}
        </p>
        {!found.current && <p className="notice">This exercise is no longer in your current plan.</p>}
      </div>
      <section className="card" aria-labelledby="exercise-how-heading">
        <h2 id="exercise-how-heading">How to do it</h2>
        {item.notes && (
          <p className="therapist-note">
            <strong>From your therapist: </strong>
            {item.notes}
          </p>
        )}
        <ExerciseHowTo exercise={item} open />
        <p>
          <Link href={`/patient/messages?about=${encodeURIComponent(item.exerciseId)}`}>
            Ask your therapist about {item.name}
          </Link>
        </p>
      </section>
    </div>
  );
}
