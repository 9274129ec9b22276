import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { ROLES } from '@/lib/auth/roles';
import { idParams } from '@/lib/booking/schemas';
import { intakeOutput } from '@/lib/intake/schemas';
import { loadAppointmentIntake } from '@/lib/intake/load-appointment-intake';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/appointments/{id}/intake',
    tags: ['Intake'],
    auth: ROLES,
    summary:
      "The intake the patient filled in before this appointment (null if none), for the appointment's therapist, " +
      'an admin of its practice or the patient (others 404). Each read is audited.',
    params: idParams,
    errors: ['FORBIDDEN'],
    response: z.object({ intake: intakeOutput.nullable() }),
  },
  ({ user, params }) => loadAppointmentIntake(user, params.id),
);
