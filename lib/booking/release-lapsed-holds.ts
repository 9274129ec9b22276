// A hold whose time ran out is free (GET /api/slots offers it), but stays HELD until the
// holds.expire job sweeps it, and the exclusion constraints still see it. Every write that takes a
// time (booking, reschedule, a late payment's re-booking) releases such holds first, in its own
// transaction, so what the slot list offers can really be taken.
import type { Prisma } from '../db';
import { HOLD_EXPIRED } from './release-reasons';

export interface TimeTaken {
  therapistId: string;
  patientId: string;
  startsAt: Date;
  endsAt: Date;
  blockStartsAt: Date;
  blockEndsAt: Date;
  /** The visit being moved: never released by its own reschedule. */
  exceptId?: string;
}

/** Cancels lapsed holds in the way of `t`: the therapist's (buffers included) and the patient's own. */
export async function releaseLapsedHolds(tx: Prisma.TransactionClient, t: TimeTaken, now: Date): Promise<number> {
  const { count } = await tx.appointment.updateMany({
    where: {
      status: 'HELD',
      holdExpiresAt: { lt: now },
      ...(t.exceptId ? { id: { not: t.exceptId } } : {}),
      OR: [
        { therapistId: t.therapistId, blockStartsAt: { lt: t.blockEndsAt }, blockEndsAt: { gt: t.blockStartsAt } },
        { patientId: t.patientId, startsAt: { lt: t.endsAt }, endsAt: { gt: t.startsAt } },
      ],
    },
    data: { status: 'CANCELLED', cancelledAt: now, cancelReason: HOLD_EXPIRED },
  });
  return count;
}
