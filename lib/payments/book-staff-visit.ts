// A visit booked by the staff for a patient (the calendar's "Book a patient"): the same booking
// core as the patient's own (lib/booking/book-appointment.ts: availability, notice, licensure,
// the exclusion constraints, the idempotency key, the audit row, the confirmation email and .ics
// enqueued in the same transaction). There is no card checkout at the desk: the clinic bills the
// visit (no payment row, as for a series), or the patient's insurer is (an INSURANCE_CLAIM payment).
import { db } from '../db';
import { AppError } from '../errors';
import { bookAppointment, type BookingRequest } from '../booking/book-appointment';
import { bookPaidVisit, type PaidBookingResult } from './book-paid-visit';
import type { StaffPaymentChoice } from './schemas';

export async function bookStaffVisit(
  req: BookingRequest & { payment: StaffPaymentChoice },
  now = new Date(),
): Promise<Omit<PaidBookingResult, 'checkoutUrl'>> {
  const { payment: choice, ...booking } = req;
  if (choice.method === 'insurance') {
    const { checkoutUrl: _none, ...result } = await bookPaidVisit({ ...booking, payment: choice }, now);
    return result;
  }
  const { appointment, replayed } = await bookAppointment(booking, now);
  if (replayed && (await db().payment.count({ where: { appointmentId: appointment.id } })) > 0) {
    throw new AppError('IDEMPOTENCY_KEY_REUSED');
  }
  return { appointment, replayed, payment: null };
}
