// One payment's receipt, as the patient, their practice's admin or a network admin may read it
// (payment-scope.ts); anyone else, or a checkout that was never paid, finds nothing (404).
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordPhiRead } from '../audit/record-phi-read';
import { PAID_OR_OWED, paymentsVisibleTo } from './payment-scope';
import { receiptSelect, toReceipt, type Receipt } from './receipt';

export async function loadReceipt(user: SessionUser, paymentId: string): Promise<Receipt> {
  // A page's path segment arrives unchecked: what cannot be an id is simply not found.
  if (!/^[\w-]{1,40}$/.test(paymentId)) throw new AppError('NOT_FOUND', 'Receipt not found.');
  const row = await db().payment.findFirst({
    where: { AND: [{ id: paymentId }, { status: { in: [...PAID_OR_OWED] } }, paymentsVisibleTo(user)] },
    select: receiptSelect,
  });
  if (!row) throw new AppError('NOT_FOUND', 'Receipt not found.');
  const receipt = toReceipt(row);
  await recordPhiRead(user, {
    action: 'payment.read',
    entityType: 'Payment',
    entityId: row.id,
    patientIds: [receipt.patient.id],
    practiceId: receipt.practice.id,
    data: {},
  });
  return receipt;
}

/** The receipt for the emails (no caller: the system reads it to send it to the patient). */
export async function loadReceiptForEmail(paymentId: string): Promise<Receipt | null> {
  const row = await db().payment.findFirst({
    where: { id: paymentId, status: { in: [...PAID_OR_OWED] } },
    select: receiptSelect,
  });
  return row ? toReceipt(row) : null;
}
