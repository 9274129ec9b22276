import { z } from 'zod';
import { endpoint, json } from '@/lib/http';
import { ROLES } from '@/lib/auth/roles';
import { appointmentOutput, listQuery } from '@/lib/booking/schemas';
import { paidBookingInput, paidBookingOutput } from '@/lib/payments/schemas';
import { bookPaidVisit } from '@/lib/payments/book-paid-visit';
import { listAppointments } from '@/lib/booking/list-appointments';
import { patientIdOf } from '@/lib/booking/people';
import { toAppointmentView } from '@/lib/booking/appointment-view';
import { assertEmailVerifiedToBook } from '@/lib/accounts/email-verification/assert-email-verified';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/appointments',
    tags: ['Appointments'],
    auth: ROLES,
    summary: "The caller's appointments: a patient's own, a therapist's own, an admin's practice (or all).",
    query: listQuery,
    response: z.object({ appointments: z.array(appointmentOutput) }),
  },
  async ({ user, query }) => ({ appointments: (await listAppointments(user, query)).map(toAppointmentView) }),
);

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/appointments',
    tags: ['Appointments'],
    auth: ['PATIENT'],
    errors: [
      'BEYOND_HORIZON',
      'EMAIL_NOT_VERIFIED',
      'IDEMPOTENCY_KEY_REUSED',
      'INSUFFICIENT_NOTICE',
      'INTAKE_REQUIRED',
      'INVALID_TRANSITION',
      'NOT_FOUND',
      'NOT_LICENSED_IN_STATE',
      'OUTSIDE_AVAILABILITY',
      'PATIENT_DOUBLE_BOOKED',
      'PAYMENT_PROVIDER_ERROR',
      'PAYMENT_REQUIRED',
      'RULE_VIOLATION',
      'SLOT_TAKEN',
    ],
    summary:
      'Book a visit. Send an Idempotency-Key header: a retry with the same key returns the same appointment. ' +
      'A visit with a price needs `payment`: card holds the time for 15 minutes and answers a `checkoutUrl` ' +
      '(booked once Stripe confirms the payment); insurance books at once. A video visit needs `patientState` ' +
      '(where the patient will be): the therapist must hold a license or compact privilege there on the date (422 NOT_LICENSED_IN_STATE). ' +
      'Until the patient has verified their email address nothing is booked or held (403 EMAIL_NOT_VERIFIED).',
    body: paidBookingInput,
    response: paidBookingOutput,
    successStatus: 201,
    idempotencyKey: true,
  },
  async ({ user, body, idempotencyKey: key }) => {
    await assertEmailVerifiedToBook(user);
    const { appointment, replayed, payment, checkoutUrl } = await bookPaidVisit({
      ...body,
      patientId: await patientIdOf(user),
      createdById: user.id,
      idempotencyKey: key,
    });
    return json(
      paidBookingOutput.parse({ ...toAppointmentView(appointment), payment, checkoutUrl }),
      201,
      replayed ? { 'Idempotent-Replayed': 'true' } : undefined,
    );
  },
);
