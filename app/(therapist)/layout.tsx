import type { ReactNode } from 'react';
import { requireRole } from '@/lib/auth/guards';

export const dynamic = 'force-dynamic';

/** Every page under /therapist is for therapists only; this is the real check (proxy.ts only helps). */
export default async function TherapistLayout({ children }: { children: ReactNode }) {
  await requireRole('THERAPIST', '/therapist');
  return children;
}
