import { endpoint, json } from '@/lib/http';
import { staffBookingInput, staffBookingOutput } from '@/lib/payments/schemas';
import { authorizeStaffBooking } from '@/lib/booking/authorize-staff-booking';
import { bookStaffVisit } from '@/lib/payments/book-staff-visit';
import { toAppointmentView } from '@/lib/booking/appointment-view';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/staff/appointments',
    tags: ['Appointments'],
    auth: ['THERAPIST', 'ADMIN'],
    errors: [
      'BEYOND_HORIZON',
      'FORBIDDEN',
      'IDEMPOTENCY_KEY_REUSED',
      'INSUFFICIENT_NOTICE',
      'INVALID_TRANSITION',
      'NOT_FOUND',
      'NOT_LICENSED_IN_STATE',
      'OUTSIDE_AVAILABILITY',
      'PATIENT_DOUBLE_BOOKED',
      'RULE_VIOLATION',
      'SLOT_TAKEN',
    ],
    summary:
      'Book a visit for a patient (the calendar’s “Book a patient”). A therapist books into their own calendar, a ' +
      'practice admin into its therapists’ (another practice’s therapist is 404); the patient must be in the ' +
      'caller’s care (else 404). The same rules as a patient’s booking: 409 SLOT_TAKEN when the time is taken, an ' +
      '`Idempotency-Key` makes a retry return the same visit, the patient is emailed a confirmation with an .ics. ' +
      '`payment`: billed by the clinic, or by the patient’s insurer.',
    body: staffBookingInput,
    response: staffBookingOutput,
    successStatus: 201,
    idempotencyKey: true,
  },
  async ({ user, body, idempotencyKey }) => {
    await authorizeStaffBooking(user, body);
    const { appointment, replayed, payment } = await bookStaffVisit({ ...body, createdById: user.id, idempotencyKey });
    return json(
      staffBookingOutput.parse({ ...toAppointmentView(appointment), payment }),
      201,
      replayed ? { 'Idempotent-Replayed': 'true' } : undefined,
    );
  },
);
