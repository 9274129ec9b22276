// A patient who left Checkout (closed the tab) comes back to pay while the time is still held.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { openCheckout } from './open-checkout';

export async function resumeCheckout(patient: SessionUser, paymentId: string): Promise<string | null> {
  const payment = await db().payment.findUnique({
    where: { id: paymentId },
    select: { id: true, appointment: { select: { patient: { select: { userId: true } } } } },
  });
  if (!payment || payment.appointment.patient.userId !== patient.id) throw new AppError('NOT_FOUND', 'Payment not found.');
  return openCheckout(payment.id);
}
