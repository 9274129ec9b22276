// Books one visit. The availability check gives a precise answer; the exclusion constraint in
// the INSERT is what guarantees that two patients never get the same time. The locks before it
// (booking-locks.ts) keep concurrent bookings from deadlocking and make one Idempotency-Key
// always answer with one appointment.
import { db, type Prisma } from '../db';
import { AppError } from '../errors';
import { recordAuditEvent } from '../audit/record-audit-event';
import { enqueueAll, reminderJob } from '../jobs/enqueue';
import { appointmentColumns, appointmentSelect, type AppointmentRecord } from './appointment-view';
import { loadBookingParties } from './booking-parties';
import { checkSlot } from './check-slot';
import type { LoadedVisitType } from '../scheduling/load-schedules';
import { exclusionViolation, isUniqueViolation, toBookingConflict } from './database-conflicts';
import { assertMayBook, intakeForNewBooking } from '../intake/intake-status';
import { withTransaction } from '../transaction';
import { lockBookingScope } from './booking-locks';
import { releaseLapsedHolds } from './release-lapsed-holds';

export interface BookingRequest {
  patientId: string;
  visitTypeId: string;
  therapistId: string;
  start: Date;
  clinicId?: string | null;
  /** Video visits: the US state the patient will be in (decision 024). */
  patientState?: string | null;
  /** Who asked (patient, therapist or admin user id): idempotency keys are per caller. */
  createdById: string;
  idempotencyKey?: string | null;
  seriesId?: string | null;
  /** Set to hold the slot (e.g. a waitlist offer) instead of booking it outright. */
  holdUntil?: Date | null;
  /** Runs inside the booking's transaction (e.g. to record its payment), so both commit or neither. */
  withinTransaction?: (tx: Prisma.TransactionClient, appointment: AppointmentRecord) => Promise<void>;
  /**
   * Called with the visit type once the time checks out, before the transaction: may refuse (a
   * price without a payment) and may set the hold and the in-transaction step. The visit type comes
   * from the slot check's own query, so the caller need not read it first (docs/decisions/047).
   */
  prepare?: (visitType: LoadedVisitType) => Pick<BookingRequest, 'holdUntil' | 'withinTransaction'>;
}

export interface BookingResult {
  appointment: AppointmentRecord;
  replayed: boolean;
}

type Reader = Pick<Prisma.TransactionClient, 'appointment'>;

/** The appointment this caller already booked with this key, or null; a different request under the key is refused. */
async function replay(req: BookingRequest, client: Reader = db()): Promise<BookingResult | null> {
  if (!req.idempotencyKey) return null;
  const existing = await client.appointment.findUnique({
    where: { createdById_idempotencyKey: { createdById: req.createdById, idempotencyKey: req.idempotencyKey } },
    select: appointmentSelect,
  });
  if (!existing) return null;
  const same =
    existing.visitType.id === req.visitTypeId &&
    existing.therapistId === req.therapistId &&
    existing.patientId === req.patientId &&
    existing.startsAt.getTime() === req.start.getTime();
  if (!same) throw new AppError('IDEMPOTENCY_KEY_REUSED');
  return { appointment: existing, replayed: true };
}

/** A refusal that another request with the same key may explain (it took the time first). */
function mayBeOwnKeysWinner(err: unknown): boolean {
  if (err instanceof AppError) return err.status === 409 || err.status === 422;
  return isUniqueViolation(err) || exclusionViolation(err) !== null;
}

/**
 * A retry with a key already used is found under the key's lock inside the transaction (or, when
 * the time now looks taken, by its own appointment, in the catch below); a first request, the
 * common case, is not asked about its key before that (docs/decisions/047).
 */
export async function bookAppointment(req: BookingRequest, now = new Date()): Promise<BookingResult> {
  try {
    return await book(req, now);
  } catch (err) {
    // The same key raced itself and the other request won: its appointment is the answer, even if
    // this one saw the time as taken (by that very appointment) before reaching the lock.
    if (req.idempotencyKey && mayBeOwnKeysWinner(err)) {
      const winner = await replay(req);
      if (winner) return winner;
    }
    throw toBookingConflict(err) ?? err;
  }
}

async function book(request: BookingRequest, now: Date): Promise<BookingResult> {
  const { visitType, slot, patientState } = await checkSlot(request, now);
  const req = { ...request, ...request.prepare?.(visitType) };
  const parties = await loadBookingParties({ therapistId: req.therapistId, patientId: req.patientId, clinicId: slot.clinicId });
  if (!parties) throw new AppError('NOT_FOUND', 'Patient not found.');
  assertMayBook(
    { userId: parties.patient.userId, latestIntake: parties.latestIntake, appointmentCount: parties.appointmentCount },
    { createdById: req.createdById, modality: visitType.modality },
  );
  const minute = 60_000;
  const times = {
    startsAt: new Date(slot.start),
    endsAt: new Date(slot.end),
    blockStartsAt: new Date(slot.start - visitType.bufferBeforeMinutes * minute),
    blockEndsAt: new Date(slot.end + visitType.bufferAfterMinutes * minute),
  };
  const data: Prisma.AppointmentUncheckedCreateInput = {
    patientId: req.patientId,
    therapistId: req.therapistId,
    visitTypeId: visitType.id,
    modality: visitType.modality,
    clinicId: slot.clinicId,
    patientState,
    ...times,
    status: req.holdUntil ? 'HELD' : 'BOOKED',
    holdExpiresAt: req.holdUntil ?? null,
    priceCents: visitType.priceCents,
    currency: visitType.currency,
    createdById: req.createdById,
    idempotencyKey: req.idempotencyKey ?? null,
    seriesId: req.seriesId ?? null,
  };
  return withTransaction(async (tx) => {
    await lockBookingScope(tx, {
      idempotency: req.idempotencyKey ? { createdById: req.createdById, key: req.idempotencyKey } : null,
      patientIds: [req.patientId],
      therapistIds: [req.therapistId],
    });
    // Under the key's lock: a request with this key that committed while this one waited is found here.
    const earlier = await replay(req, tx);
    if (earlier) return earlier;
    await releaseLapsedHolds(tx, { therapistId: req.therapistId, patientId: req.patientId, ...times }, now);
    // The intake filled in before this booking goes with it, for the therapist.
    const row = await tx.appointment.create({
      data: { ...data, intakeId: await intakeForNewBooking(tx, req.patientId) },
      select: appointmentColumns,
    });
    // The relations were read before the transaction (booking-parties.ts): no reads back under the locks.
    const created: AppointmentRecord = {
      ...row,
      therapist: parties.therapist,
      patient: parties.patient,
      clinic: parties.clinic,
      visitType: {
        id: visitType.id,
        name: visitType.name,
        durationMinutes: visitType.durationMinutes,
        freeCancellationHours: visitType.freeCancellationHours,
      },
    };
    await recordAuditEvent(
      {
        actorId: req.createdById,
        action: req.holdUntil ? 'appointment.hold' : 'appointment.book',
        entityType: 'Appointment',
        entityId: created.id,
        patientId: created.patientId,
        practiceId: created.therapist.practiceId,
        data: { start: created.startsAt.toISOString(), therapistId: created.therapistId, status: created.status },
      },
      tx,
    );
    await req.withinTransaction?.(tx, created);
    if (!req.holdUntil) {
      // The confirmation and the reminder in one INSERT.
      await enqueueAll(tx, [
        { name: 'appointment.booked', data: { appointmentId: created.id } },
        reminderJob({ id: created.id, startsAt: created.startsAt }),
      ]);
    }
    return { appointment: created, replayed: false };
  });
}
