// The one POST that books the chosen visit. A retry of the same attempt (after a network error or a
// 5xx) reuses its Idempotency-Key, so a booking that did go through is answered with the same
// appointment instead of a second one. Paying by card sends the patient on to Checkout; the visit
// is booked only when the payment is confirmed to the server (never by coming back to our page).
import { useRouter } from 'next/navigation';
import { useRef } from 'react';
import { api } from '@/app/_components/api-client';
import { newIdempotencyKey } from '@/app/_components/idempotency-key';
import type { PaymentChoice } from '@/lib/payments/schemas';
import type { BookableClinic, BookableVisitType } from './booking-steps';

export type BookingViewer = 'patient' | 'signed-out' | 'other-role';

export interface ChosenVisit {
  visitType: BookableVisitType;
  clinic: BookableClinic | null;
  therapistId: string;
  therapistName: string | null;
  start: string;
  /** Video visits: where the patient will be (the therapist is licensed there). */
  patientState?: string | null;
}

/** How an attempt ended, for the confirm step to say (a booked visit has already moved on). */
export type BookingOutcome =
  | { kind: 'moving-on' }
  /** No answer, or a failure on our side: the same attempt may be retried with the same key. */
  | { kind: 'retry'; message: string }
  | { kind: 'slot-taken' }
  | { kind: 'signed-out' }
  /** The patient's email is not verified yet (decision 045): nothing was booked or held. */
  | { kind: 'verify-email' }
  | { kind: 'refused'; message: string };

export function bookingBody(visit: ChosenVisit, payment: PaymentChoice | undefined) {
  const { visitType, clinic } = visit;
  return {
    visitTypeId: visitType.id,
    therapistId: visit.therapistId,
    start: visit.start,
    ...(visitType.modality === 'IN_CLINIC' && clinic ? { clinicId: clinic.id } : {}),
    ...(visitType.modality === 'VIRTUAL' && visit.patientState ? { patientState: visit.patientState } : {}),
    ...(visitType.priceCents > 0 && payment ? { payment } : {}),
  };
}

/** `book(body)`: sends it (same body again = same key) and moves on to Checkout or the appointments. */
export function useBookVisit(): (body: ReturnType<typeof bookingBody>) => Promise<BookingOutcome> {
  const router = useRouter();
  const attempt = useRef<{ signature: string; key: string } | null>(null);
  return async (body) => {
    const signature = JSON.stringify(body);
    if (attempt.current?.signature !== signature) attempt.current = { signature, key: newIdempotencyKey() };
    const res = await api('POST /api/appointments', {
      body,
      headers: { 'Idempotency-Key': attempt.current.key },
    });
    if (res.ok) {
      if (res.data.checkoutUrl) window.location.assign(res.data.checkoutUrl);
      else router.push(`/patient/appointments?booked=${encodeURIComponent(res.data.id)}`);
      return { kind: 'moving-on' };
    }
    if (res.status === 0 || res.status >= 500) return { kind: 'retry', message: res.message };
    attempt.current = null;
    if (res.code === 'SLOT_TAKEN') return { kind: 'slot-taken' };
    if (res.status === 401) return { kind: 'signed-out' };
    if (res.code === 'EMAIL_NOT_VERIFIED') return { kind: 'verify-email' };
    return { kind: 'refused', message: res.message };
  };
}
