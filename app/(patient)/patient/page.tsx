import type { Metadata } from 'next';
import { PageLink } from '@/app/_components/page-link';
import { requireRole } from '@/lib/auth/guards';
import { DashboardHeading } from '@/app/_components/dashboard-heading';
import type { SearchParams } from '@/app/_components/search-params';
import { LocalTime } from '@/app/_components/local-time';
import { JoinVisitLink } from '@/app/_components/visit-room/join-visit-link';
import { roomOpenNow } from '@/lib/video/join-window';
import { loadPatientDashboard } from '@/lib/plans/load-patient-dashboard';
import { listConversations } from '@/lib/messaging/list-conversations';
import { ExerciseSections, QuestionnairesCard, WeekCard } from './exercise-sections';
import { findOwnRtmConsent } from '@/lib/rtm/rtm-consent';
import { RtmConsentCard } from './rtm-consent-card';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your dashboard' };

export default async function PatientDashboard({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // The layout guards too, but pages and layouts render in parallel: the page checks for itself.
  const [user, params] = await Promise.all([requireRole('PATIENT', '/patient'), searchParams]);
  // One loader answers the whole dashboard, next appointment included (one query, not two).
  const [plan, conversations, rtm] = await Promise.all([
    loadPatientDashboard(user),
    listConversations(user),
    findOwnRtmConsent(user),
  ]);
  const unread = conversations.reduce((n, c) => n + c.unread, 0);
  const next = plan.nextAppointment;
  return (
    <>
      <DashboardHeading name={user.name} searchParams={params}>
        Your visits, your exercise plan and how you are getting on, all in one place.
      </DashboardHeading>
      <div className="actions">
        <PageLink href="/book" className="button">
          Book a visit
        </PageLink>
        <PageLink href="/patient/appointments" className="button button-secondary">
          Appointments
        </PageLink>
        {conversations.length > 0 && (
          <PageLink href="/patient/messages" className="button button-secondary">
            Messages{unread > 0 && <> ({unread} unread)</>}
          </PageLink>
        )}
        <PageLink href="/patient/payments" className="button button-secondary">
          Payments and receipts
        </PageLink>
        <PageLink href="/patient/device-test" className="button button-secondary">
          Test camera and microphone
        </PageLink>
      </div>
      <div className="grid">
        <section className="card" aria-labelledby="next-visit-heading">
          <h2 id="next-visit-heading">Next appointment</h2>
          {next ? (
            <>
              <p id="next-visit-summary">
                <strong>{next.visitType}</strong> with {next.therapist}
                <br />
                <LocalTime iso={next.start} />
                <br />
                {next.clinic ?? 'Video visit'}
              </p>
              {next.modality === 'VIRTUAL' && (
                <p>
                  <PageLink href="/patient/device-test">Test your camera, microphone and connection</PageLink>
                </p>
              )}
              {next.modality === 'VIRTUAL' && (
                <JoinVisitLink
                  href={`/patient/visits/${next.id}`}
                  start={next.start}
                  end={next.end}
                  initiallyOpen={roomOpenNow({ ...next, status: 'BOOKED' })}
                  describedBy="next-visit-summary"
                />
              )}
            </>
          ) : (
            <p className="empty">Nothing booked yet. When you book a visit, its date, time and place will show here.</p>
          )}
        </section>
        <WeekCard data={plan} />
        <QuestionnairesCard data={plan} />
      </div>
      <ExerciseSections data={plan} />
      {rtm && <RtmConsentCard patientId={rtm.patientId} consent={rtm.consent} />}
    </>
  );
}
