import type { Role } from '../generated/prisma/enums.ts';

export type { Role };
export const ROLES = ['PATIENT', 'THERAPIST', 'ADMIN'] as const satisfies readonly Role[];

/** Where each role lands after signing in. */
export const HOME_PATH: Record<Role, string> = {
  PATIENT: '/patient',
  THERAPIST: '/therapist',
  ADMIN: '/admin',
};

/** The signed-in caller as every route and page sees them. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** For a practice-scoped admin, the practice; null for a network-wide admin and other roles. */
  practiceId: string | null;
}
