// "Add to calendar" over HTTP: only the patient whose visit it is gets the file (another patient
// is told it does not exist, staff are refused), as text/calendar; charset=utf-8 downloaded as an
// attachment, METHOD:PUBLISH in UTC with the visit's one UID; a visit that is not booked is a 409.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { PEER_ADDRESS_HEADER } from '@/lib/auth/client-ip';
import { createAppointment } from '@/prisma/factories';
import { sessionCookie, type Caller } from '@/tests/support/http';
import { assertMatchesContract } from '@/tests/support/openapi-contract';
import { parseCalendar } from '@/tests/support/icalendar';
import { at, buildClinic, weekdayAhead } from '@/tests/support/scheduling';
import { GET as download } from '@/app/api/appointments/[id]/calendar/route';

let w: Awaited<ReturnType<typeof buildClinic>>;
let visitId: string;
const day = weekdayAhead(2);

/** The route's Response itself (the shared `call` helper reads JSON bodies only), checked against the OpenAPI document. */
async function get(id: string, as?: Caller) {
  const headers: Record<string, string> = { [PEER_ADDRESS_HEADER]: '127.0.0.1' };
  if (as) headers.cookie = await sessionCookie(as);
  const res = await download(new Request(`http://localhost/api/appointments/${id}/calendar`, { headers }), {
    params: Promise.resolve({ id }),
  });
  const text = await res.text();
  assertMatchesContract(download.spec, res.status, res.headers, text);
  return { status: res.status, headers: res.headers, text };
}

beforeAll(async () => {
  w = await buildClinic();
  visitId = (
    await createAppointment(db(), {
      patientId: w.patient.patient!.id,
      therapistId: w.therapist.id,
      visitTypeId: w.visitType.id,
      startsAt: at(day, '10:00'),
    })
  ).id;
});

describe('GET /api/appointments/{id}/calendar', () => {
  it("gives the visit's own patient a downloadable text/calendar file with the visit in UTC", async () => {
    const res = await get(visitId, w.patient);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="rehabit-visit-${at(day, '10:00').toISOString().slice(0, 10)}.ics"`,
    );
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);

    const { calendar, events } = parseCalendar(res.text);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(0);
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event.getFirstPropertyValue('uid')).toBe(`${visitId}@rehabit`);
    expect(res.text).toContain(`DTSTART:${at(day, '10:00').toISOString().replace(/[-:]/g, '').replace('.000', '')}`);
    expect(res.text).toContain(`DTEND:${at(day, '11:00').toISOString().replace(/[-:]/g, '').replace('.000', '')}`);
    expect(String(event.getFirstPropertyValue('summary'))).toBe('Follow-up with Maya Chen');
    expect(String(event.getFirstPropertyValue('location'))).toContain(w.clinic.name);
    expect(event.getAllProperties('attendee')).toHaveLength(0);
  });

  it('keeps the same UID on every download', async () => {
    const [a, b] = [await get(visitId, w.patient), await get(visitId, w.patient)];
    const uid = (text: string) => parseCalendar(text).events[0]!.getFirstPropertyValue('uid');
    expect(uid(a.text)).toBe(uid(b.text));
  });

  it('tells another patient the visit does not exist (404), refuses staff (403) and someone signed out (401)', async () => {
    const other = await get(visitId, w.otherPatient);
    expect(other.status).toBe(404);
    expect(JSON.parse(other.text)).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
    expect((await get(visitId, w.therapistUser)).status).toBe(403);
    expect((await get(visitId)).status).toBe(401);
    expect((await get('no-such-visit', w.patient)).status).toBe(404);
  });

  it('answers 409 VISIT_NOT_BOOKED for a cancelled visit', async () => {
    const cancelled = await createAppointment(db(), {
      patientId: w.patient.patient!.id,
      therapistId: w.therapist.id,
      visitTypeId: w.visitType.id,
      startsAt: at(day, '13:00'),
      status: 'CANCELLED',
    });
    const res = await get(cancelled.id, w.patient);
    expect(res.status).toBe(409);
    expect(JSON.parse(res.text).error.code).toBe('VISIT_NOT_BOOKED');
  });
});
