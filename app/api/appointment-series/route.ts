import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { ROLES } from '@/lib/auth/roles';
import { appointmentOutput, seriesInput } from '@/lib/booking/schemas';
import { authorizeSeries } from '@/lib/booking/authorize-series';
import { bookSeries } from '@/lib/booking/book-series';

const conflict = z.object({
  date: z.string(),
  start: z.string().nullable(),
  reason: z.string(),
  alternatives: z.array(z.object({ start: z.string(), end: z.string() })),
});

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/appointment-series',
    tags: ['Appointments'],
    auth: ROLES,
    errors: [
      'BEYOND_HORIZON',
      'EMAIL_NOT_VERIFIED',
      'FORBIDDEN',
      'IDEMPOTENCY_KEY_REUSED',
      'INSUFFICIENT_NOTICE',
      'INTAKE_REQUIRED',
      'INVALID_TRANSITION',
      'NOT_FOUND',
      'NOT_LICENSED_IN_STATE',
      'OUTSIDE_AVAILABILITY',
      'PATIENT_DOUBLE_BOOKED',
      'RULE_VIOLATION',
      'SLOT_TAKEN',
    ],
    summary: 'Book a weekly series (plan of care). Each visit is checked alone; conflicts come with nearby free times.',
    body: seriesInput,
    response: z.object({ seriesId: z.string(), booked: z.array(appointmentOutput), conflicts: z.array(conflict) }),
    successStatus: 201,
    idempotencyKey: true,
  },
  async ({ user, body, idempotencyKey }) => {
    const patientId = await authorizeSeries(user, body);
    return bookSeries(user, { ...body, patientId }, idempotencyKey);
  },
);
