import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { loadPlanBuilder } from '@/lib/plans/load-plan-builder';
import { todayIn } from '@/lib/plans/calendar';
import { PlanBuilder } from './plan-builder';
import { orNotFound } from '@/app/_components/or-not-found';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Exercise plan' };

export default async function PlanBuilderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireRole('THERAPIST', `/therapist/patients/${id}/plan`);
  const data = await orNotFound(loadPlanBuilder(user, id));
  return (
    <div className="stack">
      <div>
        <p>
          <Link href={`/therapist/patients/${id}`}>Back to {data.patient.name}</Link>
        </p>
        <h1>{data.plan ? `Edit ${data.patient.name}'s plan` : `New plan for ${data.patient.name}`}</h1>
        {data.plan && (
          <p className="lead">
            Saving writes version {data.plan.current.version + 1}; the patient sees it from today and version{' '}
            {data.plan.current.version} stays in the history.
          </p>
        )}
      </div>
      <PlanBuilder
        patientId={data.patient.id}
        plan={data.plan}
        exercises={data.exercises}
        templates={data.templates}
        today={todayIn(data.patient.timezone, new Date())}
      />
    </div>
  );
}
