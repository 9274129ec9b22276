import { redirect } from 'next/navigation';
import { readPageUser } from '@/lib/auth/session';
import { HOME_PATH } from '@/lib/auth/roles';

export const dynamic = 'force-dynamic';

/** One address to send anyone after sign-in: it forwards to the dashboard for their role. */
export default async function DashboardRedirect(): Promise<never> {
  const user = await readPageUser();
  redirect(user ? HOME_PATH[user.role] : '/signin');
}
