import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { safeCallbackPath } from '@/app/_components/safe-callback';
import { patientIdOf } from '@/lib/booking/people';
import { bookingHref } from '@/lib/clinics/booking-link';
import { findFirstVisitType } from '@/lib/clinics/earliest-slots';
import { AGGRAVATORS, DURATIONS, PAIN_AREAS } from '@/lib/intake/intake-options';
import { findIntakeStatus } from '@/lib/intake/intake-status';
import { RED_FLAGS } from '@/lib/intake/red-flags';
import { ODI_INSTRUCTIONS, ODI_SECTIONS } from '@/lib/outcomes/oswestry-sections';
import { IntakeForm } from './intake-form';
import { LocalTime } from '@/app/_components/local-time';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Before your first visit' };

export default async function IntakePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const search = await searchParams;
  const next = typeof search.next === 'string' ? safeCallbackPath(search.next, '/book') : null;
  const user = await requireRole('PATIENT', `/patient/intake${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  const [status, virtual] = await Promise.all([findIntakeStatus(await patientIdOf(user)), findFirstVisitType('VIRTUAL')]);
  return (
    <div className="stack intake-page">
      <div>
        <h1>Before your first visit</h1>
        <p className="lead">
          A few questions so your physical therapist knows what is going on before you meet, and so we can suggest the right kind
          of visit. It takes about three minutes.
        </p>
        {status.latest && (
          <p className="notice">
            You filled in an intake on <LocalTime iso={status.latest.createdAt} short />. Answer again if something has changed
            {next ? (
              <>
                , or <Link href={next}>go back to booking</Link>
              </>
            ) : (
              ''
            )}
            .
          </p>
        )}
      </div>
      <IntakeForm
        next={next}
        virtualHref={virtual ? bookingHref({ visitTypeId: virtual.id }) : '/book'}
        choices={{
          painAreas: [...PAIN_AREAS],
          durations: [...DURATIONS],
          aggravators: [...AGGRAVATORS],
          redFlags: RED_FLAGS.map((f) => ({ key: f.key, question: f.question })),
          odiInstructions: ODI_INSTRUCTIONS,
          odiSections: ODI_SECTIONS.map((s) => ({ title: s.title, statements: [...s.statements] })),
        }}
      />
    </div>
  );
}
