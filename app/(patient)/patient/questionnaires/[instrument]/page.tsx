import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/guards';
import { loadPatientDashboard } from '@/lib/plans/load-patient-dashboard';
import { ODI_INSTRUCTIONS, ODI_SECTIONS } from '@/lib/outcomes/oswestry-sections';
import { QuestionnaireForm } from './questionnaire-form';

export const dynamic = 'force-dynamic';

const TITLES = { odi: 'Back pain and daily life (Oswestry Disability Index)', nprs: 'Pain rating' } as const;
type Path = keyof typeof TITLES;

export async function generateMetadata({ params }: { params: Promise<{ instrument: string }> }): Promise<Metadata> {
  const { instrument } = await params;
  return { title: TITLES[instrument as Path] ?? 'Questionnaire' };
}

export default async function QuestionnairePage({ params }: { params: Promise<{ instrument: string }> }) {
  const { instrument } = await params;
  if (!(instrument in TITLES)) notFound();
  const user = await requireRole('PATIENT', `/patient/questionnaires/${instrument}`);
  const data = await loadPatientDashboard(user);
  const code = instrument === 'odi' ? 'ODI' : 'NPRS';
  const due = data.questionnairesDue.find((q) => q.instrument === code);
  return (
    <div className="stack questionnaire">
      <div>
        <p>
          <Link href="/patient">Back to your dashboard</Link>
        </p>
        <h1>{TITLES[instrument as Path]}</h1>
      </div>
      {!data.plan || !due ? (
        <p className="notice">This questionnaire is not due right now. We will email you when it is.</p>
      ) : (
        <QuestionnaireForm
          planId={data.plan.id}
          instrument={code}
          instructions={
            code === 'ODI'
              ? ODI_INSTRUCTIONS
              : 'How much pain do you have right now, on average over the last day? 0 is no pain, 10 is the worst pain you can imagine.'
          }
          sections={code === 'ODI' ? ODI_SECTIONS.map((s) => ({ title: s.title, statements: [...s.statements] })) : []}
        />
      )}
    </div>
  );
}
