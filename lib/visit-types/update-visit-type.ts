// Changes apply to bookings made from now on; booked visits keep the price they were booked at
// (appointments copy priceCents), and cancellation fees are read from the visit type when applied.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { adminVisitTypeSelect, findEditableVisitType } from './find-managed-visit-type';
import type { UpdateVisitTypeInput } from './schemas';

export async function updateVisitType(admin: SessionUser, id: string, input: UpdateVisitTypeInput) {
  const current = await findEditableVisitType(admin, id);
  const price = input.priceCents ?? current.priceCents;
  const fee = input.lateCancellationFeeCents ?? current.lateCancellationFeeCents;
  if (fee > price) {
    throw new AppError('VALIDATION_FAILED', 'Invalid body: the late cancellation fee must not be more than the price.', [
      { path: 'body.lateCancellationFeeCents', message: 'must not be more than the price' },
    ]);
  }
  return db().$transaction(async (tx) => {
    const updated = await tx.visitType.update({ where: { id: current.id }, data: input, select: adminVisitTypeSelect });
    await recordAuditEvent(
      {
        actorId: admin.id,
        action: 'visit_type.update',
        entityType: 'VisitType',
        entityId: current.id,
        practiceId: current.practice?.id ?? null,
        data: { changes: input },
      },
      tx,
    );
    return updated;
  });
}
