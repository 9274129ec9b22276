import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { appointmentOutput } from '@/lib/booking/schemas';
import { toAppointmentView } from '@/lib/booking/appointment-view';
import { acceptOffer } from '@/lib/waitlist/accept-offer';

export const POST = endpoint({
  method: 'POST', path: '/api/waitlist/offers/{token}/accept', tags: ['Waitlist'], auth: ['PATIENT'],
  summary: 'Take a time held for you from the waitlist (within its 15 minutes).',
  params: z.object({ token: z.string().min(16).max(100) }),
  response: appointmentOutput,
}, async ({ user, params }) => toAppointmentView(await acceptOffer(user, params.token)));
