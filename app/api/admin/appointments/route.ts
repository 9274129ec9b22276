import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { adminAppointmentOutput, adminAppointmentsQuery, pageOutput } from '@/lib/admin/schemas';
import { listAdminAppointments } from '@/lib/admin/list-admin-appointments';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/admin/appointments',
    tags: ['Admin'],
    auth: ['ADMIN'],
    summary:
      "Appointments in the admin's scope, filtered by local date range, clinic, therapist, status, modality and patient name or email; 50 a page.",
    query: adminAppointmentsQuery,
    response: z.object({ appointments: z.array(adminAppointmentOutput), ...pageOutput }),
  },
  ({ user, query }) => listAdminAppointments(user, query),
);
