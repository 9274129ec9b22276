import type { ReactNode } from 'react';
import { requireRole } from '@/lib/auth/guards';

export const dynamic = 'force-dynamic';

/** Every page under /patient is for patients only; this is the real check (proxy.ts only helps). */
export default async function PatientLayout({ children }: { children: ReactNode }) {
  await requireRole('PATIENT', '/patient');
  return children;
}
