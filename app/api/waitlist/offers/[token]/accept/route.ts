import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { appointmentOutput } from '@/lib/booking/schemas';
import { toAppointmentView } from '@/lib/booking/appointment-view';
import { acceptOffer } from '@/lib/waitlist/accept-offer';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/waitlist/offers/{token}/accept',
    tags: ['Waitlist'],
    auth: ['PATIENT'],
    errors: [
      'BEYOND_HORIZON',
      'IDEMPOTENCY_KEY_REUSED',
      'INSUFFICIENT_NOTICE',
      'INTAKE_REQUIRED',
      'INVALID_TRANSITION',
      'OFFER_EXPIRED',
      'OUTSIDE_AVAILABILITY',
      'PATIENT_DOUBLE_BOOKED',
      'PAYMENT_PROVIDER_ERROR',
      'RULE_VIOLATION',
      'SLOT_TAKEN',
    ],
    summary: 'Take a time held for you from the waitlist (within its 15 minutes). A paid visit answers with a checkoutUrl.',
    params: z.object({ token: z.string().min(16).max(100) }),
    response: appointmentOutput.extend({ checkoutUrl: z.string().nullable() }),
  },
  async ({ user, params }) => {
    const { appointment, checkoutUrl } = await acceptOffer(user, params.token);
    return { ...toAppointmentView(appointment), checkoutUrl };
  },
);
