// Who may see which payment (and its receipt): the patient who paid, an admin of the practice whose
// therapist gave the visit, a network admin. Everyone else sees none (a 404, so a payment of another
// practice is not revealed). Every read of a payment or receipt goes through this one rule.
import type { Prisma } from '../db';
import type { SessionUser } from '../auth/roles';

/** What the patient paid or owes: a checkout never completed (pending, failed, expired) is no payment. */
export const PAID_OR_OWED = ['SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'INSURANCE_CLAIM'] as const;

export function paymentsVisibleTo(user: SessionUser): Prisma.PaymentWhereInput {
  if (user.role === 'PATIENT') return { appointment: { patient: { userId: user.id } } };
  if (user.role === 'ADMIN') return user.practiceId ? { appointment: { therapist: { practiceId: user.practiceId } } } : {};
  return { id: { in: [] } };
}
