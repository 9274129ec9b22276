import { endpoint } from '@/lib/http';
import { idParams } from '@/lib/booking/schemas';
import { downloadAppointmentCalendar } from '@/lib/notify/download-appointment-calendar';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/appointments/{id}/calendar',
    tags: ['Appointments'],
    auth: ['PATIENT'],
    media: 'text/calendar',
    errors: ['VISIT_NOT_BOOKED'],
    summary:
      'Add to calendar: the patient’s own booked visit as an iCalendar file (text/calendar, METHOD:PUBLISH, times in ' +
      'UTC), downloaded as an attachment. Same UID as the emailed invitation. Another patient’s visit is a 404; a ' +
      'visit that is not booked (held, cancelled, over) is a 409.',
    params: idParams,
  },
  async ({ user, params }) => {
    const { filename, ics } = await downloadAppointmentCalendar(user, params.id);
    return new Response(ics, {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  },
);
