import type { ReactNode } from 'react';
import { requireRole } from '@/lib/auth/guards';
import { WorkspaceNav } from '@/app/_components/workspace-nav';

export const dynamic = 'force-dynamic';

const LINKS = [
  { href: '/admin', label: 'Overview' },
  { href: '/admin/clinics', label: 'Clinics' },
  { href: '/admin/therapists', label: 'Therapists' },
  { href: '/admin/visit-types', label: 'Visit types' },
  { href: '/admin/appointments', label: 'Appointments' },
  { href: '/admin/schedule', label: 'Front desk' },
  { href: '/admin/reports', label: 'Reports' },
  { href: '/admin/rtm', label: 'Monitoring' },
  { href: '/admin/payments', label: 'Payments' },
  { href: '/admin/exercises', label: 'Exercises' },
  { href: '/admin/audit', label: 'Audit log' },
];

/** Every page under /admin is for admins only; this is the real check (proxy.ts only helps). */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireRole('ADMIN', '/admin');
  return (
    <>
      <WorkspaceNav label="Administration" root="/admin" links={LINKS} />
      {children}
    </>
  );
}
