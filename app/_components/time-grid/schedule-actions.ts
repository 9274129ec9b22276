// The grid's changes, each through the route that already enforces its rules: reschedule
// (availability, notice, no overlap, 409 to the loser of a race, the patient's email and .ics),
// reassign to a colleague at the same time, cancel, and time off. Nothing here decides a rule.
import { api, type ApiResult } from '@/app/_components/api-client';

export function rescheduleVisit(id: string, start: number): Promise<ApiResult<unknown>> {
  return api('PATCH /api/appointments/{id}', {
    params: { id },
    body: { start: new Date(start).toISOString() },
  });
}

export function reassignVisit(id: string, therapistId: string): Promise<ApiResult<unknown>> {
  return api('POST /api/admin/appointments/{id}/reassign', { params: { id }, body: { therapistId } });
}

export function cancelVisit(id: string, reason: string): Promise<ApiResult<unknown>> {
  return api('POST /api/appointments/{id}/cancel', { params: { id }, body: { reason } });
}

export function blockTime(start: number, end: number, reason: string): Promise<ApiResult<unknown>> {
  return api('POST /api/availability/time-off', {
    body: { startsAt: new Date(start).toISOString(), endsAt: new Date(end).toISOString(), reason },
  });
}

/** A refused change, said so a person knows what to do next. */
export function refusal(res: { status: number; code: string; message: string }): string {
  if (res.status === 409 && res.code === 'SLOT_TAKEN') return `Not moved: ${res.message} The visit stays where it was.`;
  return `Not changed: ${res.message}`;
}

export interface FoundPatient {
  id: string;
  name: string;
  dateOfBirth: string;
}

export function searchPatients(name: string, signal?: AbortSignal): Promise<ApiResult<{ patients: FoundPatient[] }>> {
  return api('GET /api/staff/patients', { query: { name }, signal });
}

export type StaffPayment = { method: 'clinic' } | { method: 'insurance'; payer: string; memberId: string };

/** Books through POST /api/staff/appointments; the key makes a double submit book once. */
export function bookForPatient(
  booking: {
    patientId: string;
    therapistId: string;
    visitTypeId: string;
    start: number;
    clinicId: string | null;
    patientState: string | null;
    payment: StaffPayment;
  },
  idempotencyKey: string,
): Promise<ApiResult<unknown>> {
  const { start, clinicId, patientState, ...rest } = booking;
  return api('POST /api/staff/appointments', {
    headers: { 'Idempotency-Key': idempotencyKey },
    body: {
      ...rest,
      start: new Date(start).toISOString(),
      ...(clinicId ? { clinicId } : {}),
      ...(patientState ? { patientState } : {}),
    },
  });
}
