// Books one visit. The availability check gives a precise answer; the exclusion constraint in
// the INSERT is what guarantees that two patients never get the same time.
import { db, type Prisma } from '../db';
import { AppError } from '../errors';
import { recordAuditEvent } from '../audit/record-audit-event';
import { enqueue, scheduleReminder } from '../jobs/enqueue';
import { appointmentSelect, type AppointmentRecord } from './appointment-view';
import { checkSlot } from './check-slot';
import { isUniqueViolation, toBookingConflict } from './database-conflicts';
import { assertPatientMayBook, intakeForNewBooking } from '../intake/intake-status';
import { HOLD_EXPIRED } from './release-reasons';

export interface BookingRequest {
  patientId: string;
  visitTypeId: string;
  therapistId: string;
  start: Date;
  clinicId?: string | null;
  /** Who asked (patient, therapist or admin user id): idempotency keys are per caller. */
  createdById: string;
  idempotencyKey?: string | null;
  seriesId?: string | null;
  /** Set to hold the slot (e.g. a waitlist offer) instead of booking it outright. */
  holdUntil?: Date | null;
  /** Runs inside the booking's transaction (e.g. to record its payment), so both commit or neither. */
  withinTransaction?: (tx: Prisma.TransactionClient, appointment: AppointmentRecord) => Promise<void>;
}

export interface BookingResult { appointment: AppointmentRecord; replayed: boolean }

async function replay(req: BookingRequest): Promise<BookingResult | null> {
  if (!req.idempotencyKey) return null;
  const existing = await db().appointment.findUnique({
    where: { createdById_idempotencyKey: { createdById: req.createdById, idempotencyKey: req.idempotencyKey } },
    select: appointmentSelect,
  });
  if (!existing) return null;
  const same = existing.visitType.id === req.visitTypeId && existing.therapistId === req.therapistId
    && existing.patientId === req.patientId && existing.startsAt.getTime() === req.start.getTime();
  if (!same) throw new AppError('IDEMPOTENCY_KEY_REUSED');
  return { appointment: existing, replayed: true };
}

export async function bookAppointment(req: BookingRequest, now = new Date()): Promise<BookingResult> {
  const earlier = await replay(req);
  if (earlier) return earlier;
  const { visitType, slot } = await checkSlot(req, now);
  await assertPatientMayBook({ patientId: req.patientId, createdById: req.createdById, modality: visitType.modality });
  const minute = 60_000;
  const data: Prisma.AppointmentUncheckedCreateInput = {
    patientId: req.patientId, therapistId: req.therapistId, visitTypeId: visitType.id,
    modality: visitType.modality, clinicId: slot.clinicId,
    startsAt: new Date(slot.start), endsAt: new Date(slot.end),
    blockStartsAt: new Date(slot.start - visitType.bufferBeforeMinutes * minute),
    blockEndsAt: new Date(slot.end + visitType.bufferAfterMinutes * minute),
    status: req.holdUntil ? 'HELD' : 'BOOKED', holdExpiresAt: req.holdUntil ?? null,
    priceCents: visitType.priceCents, currency: visitType.currency,
    createdById: req.createdById, idempotencyKey: req.idempotencyKey ?? null, seriesId: req.seriesId ?? null,
  };
  try {
    const appointment = await db().$transaction(async (tx) => {
      // A hold that ran out but was not yet swept must not block this booking.
      await tx.appointment.updateMany({
        where: {
          therapistId: req.therapistId, status: 'HELD', holdExpiresAt: { lt: now },
          blockStartsAt: { lt: data.blockEndsAt }, blockEndsAt: { gt: data.blockStartsAt },
        },
        data: { status: 'CANCELLED', cancelledAt: now, cancelReason: HOLD_EXPIRED },
      });
      // The intake filled in before this booking goes with it, for the therapist.
      const created = await tx.appointment.create({ data: { ...data, intakeId: await intakeForNewBooking(tx, req.patientId) }, select: appointmentSelect });
      await recordAuditEvent({
        actorId: req.createdById, action: req.holdUntil ? 'appointment.hold' : 'appointment.book',
        entityType: 'Appointment', entityId: created.id, patientId: created.patientId, practiceId: created.therapist.practiceId,
        data: { start: created.startsAt.toISOString(), therapistId: created.therapistId, status: created.status },
      }, tx);
      await req.withinTransaction?.(tx, created);
      if (!req.holdUntil) {
        await enqueue(tx, 'appointment.booked', { appointmentId: created.id });
        await scheduleReminder(tx, { id: created.id, startsAt: created.startsAt });
      }
      return created;
    });
    return { appointment, replayed: false };
  } catch (err) {
    // The same key raced itself: the other request won, so answer with its appointment.
    if (isUniqueViolation(err)) {
      const winner = await replay(req);
      if (winner) return winner;
    }
    throw toBookingConflict(err) ?? err;
  }
}
