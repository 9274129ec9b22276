import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { getPlanReminders } from '@/lib/plan-reminders/get-plan-reminders';
import { PlanRemindersForm } from './plan-reminders-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Exercise reminders' };

export default async function PlanRemindersPage() {
  const user = await requireRole('PATIENT', '/patient/reminders');
  const reminders = await getPlanReminders(user);
  return (
    <>
      <h1>Exercise reminders</h1>
      <p>
        Get an email when it is time for your exercises. Times are in your time zone,{' '}
        <strong>{reminders.timezone.replaceAll('_', ' ')}</strong>. The email only says which exercises are ready and links here
        to change or turn it off.
      </p>
      <PlanRemindersForm initial={reminders} />
      <p>
        <Link href="/patient">Back to your dashboard</Link>
      </p>
    </>
  );
}
