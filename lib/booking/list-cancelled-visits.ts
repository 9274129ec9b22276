// A patient's cancelled visits, newest first: when each was cancelled, by whom (the patient, or
// the clinic: staff or the system on its behalf) and the cancellation fee the policy charged, if
// any (Payment.feeCents with reason LATE_CANCELLATION: kept from a card refund, or owed to the
// clinic on an insurance claim). A released hold (checkout never completed) was never a visit
// and is left out, as in the reports (release-reasons.ts).
import { db } from '../db';
import type { SessionUser } from '../auth/roles';
import { RELEASED_HOLD_REASONS } from './release-reasons';

export interface CancelledVisit {
  id: string;
  start: string;
  visitType: string;
  therapist: string;
  clinic: string | null;
  cancelledAt: string | null;
  cancelledBy: 'patient' | 'clinic';
  reason: string | null;
  fee: { cents: number; currency: string; method: 'CARD' | 'INSURANCE' } | null;
}

export async function listCancelledVisits(patient: SessionUser, take = 100): Promise<CancelledVisit[]> {
  if (patient.role !== 'PATIENT') return [];
  const rows = await db().appointment.findMany({
    where: {
      patient: { userId: patient.id },
      status: 'CANCELLED',
      OR: [{ cancelReason: null }, { cancelReason: { notIn: [...RELEASED_HOLD_REASONS] } }],
    },
    orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
    take,
    select: {
      id: true,
      startsAt: true,
      cancelledAt: true,
      cancelledById: true,
      cancelReason: true,
      visitType: { select: { name: true } },
      therapist: { select: { user: { select: { name: true } } } },
      clinic: { select: { name: true } },
      payment: { select: { method: true, currency: true, feeCents: true, feeReason: true } },
    },
  });
  return rows.map((r) => {
    const p = r.payment;
    return {
      id: r.id,
      start: r.startsAt.toISOString(),
      visitType: r.visitType.name,
      therapist: r.therapist.user.name,
      clinic: r.clinic?.name ?? null,
      cancelledAt: r.cancelledAt?.toISOString() ?? null,
      cancelledBy: r.cancelledById === patient.id ? 'patient' : 'clinic',
      reason: r.cancelReason,
      fee:
        p && p.feeReason === 'LATE_CANCELLATION' && p.feeCents > 0
          ? { cents: p.feeCents, currency: p.currency, method: p.method }
          : null,
    };
  });
}
