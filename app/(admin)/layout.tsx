import type { ReactNode } from 'react';
import { requireRole } from '@/lib/auth/guards';

export const dynamic = 'force-dynamic';

/** Every page under /admin is for admins only; this is the real check (proxy.ts only helps). */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireRole('ADMIN', '/admin');
  return children;
}
