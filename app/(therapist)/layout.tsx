import type { ReactNode } from 'react';
import { requireRole } from '@/lib/auth/guards';
import { WorkspaceNav } from '@/app/_components/workspace-nav';
import { therapistPracticeRtmEnabled } from '@/lib/rtm/practice-rtm-enabled';

export const dynamic = 'force-dynamic';

const LINKS = [
  { href: '/therapist', label: 'Today' },
  { href: '/therapist/schedule', label: 'Schedule' },
  { href: '/therapist/calendar', label: 'Calendar' },
  { href: '/therapist/availability', label: 'Availability' },
  { href: '/therapist/patients', label: 'Patients' },
  { href: '/therapist/messages', label: 'Messages' },
  { href: '/therapist/rtm', label: 'Monitoring' },
  { href: '/therapist/exercises', label: 'Exercises' },
  { href: '/therapist/calendar-feed', label: 'Calendar feed' },
];

/** Every page under /therapist is for therapists only; this is the real check (proxy.ts only helps). */
export default async function TherapistLayout({ children }: { children: ReactNode }) {
  const user = await requireRole('THERAPIST', '/therapist');
  // A practice that switched remote monitoring off (decision 029) has no Monitoring page to offer.
  const links = (await therapistPracticeRtmEnabled({ userId: user.id }))
    ? LINKS
    : LINKS.filter((l) => l.href !== '/therapist/rtm');
  return (
    <>
      <WorkspaceNav label="Therapist workspace" root="/therapist" links={links} />
      {children}
    </>
  );
}
