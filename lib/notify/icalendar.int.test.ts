// The calendar invitations in the patient's emails and the therapist's feed, read back with a real
// parser (ical.js): DTSTAMP and LAST-MODIFIED in UTC, a VTIMEZONE for every TZID, no non-standard
// calendar-level TIMEZONE-ID, and a SEQUENCE that rises with every change the patient is told of,
// however close together (it used to be derived from seconds, so two changes in one second tied).
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { runJob } from '@/lib/jobs/run-job';
import { createAppointment } from '@/prisma/factories';
import { call } from '@/tests/support/http';
import { parseCalendar, sequenceOf, tzidsWithoutVtimezone, utcInstant } from '@/tests/support/icalendar';
import { calendarAttachmentOf, latestMailTo, mailsTo } from '@/tests/support/mail';
import { at, buildClinic, weekdayAhead } from '@/tests/support/scheduling';
import { PATCH as reschedule } from '@/app/api/appointments/[id]/route';
import { POST as cancel } from '@/app/api/appointments/[id]/cancel/route';
import { POST as createFeed } from '@/app/api/therapists/me/calendar-feed/route';
import { GET as feed } from '@/app/api/calendar/[token]/route';

let w: Awaited<ReturnType<typeof buildClinic>>;
const day = weekdayAhead(1);

beforeAll(async () => {
  w = await buildClinic();
});

function expectConformant(text: string) {
  const { calendar, events } = parseCalendar(text);
  expect(events.length).toBeGreaterThan(0);
  expect(calendar.getFirstProperty('timezone-id')).toBeNull();
  expect(tzidsWithoutVtimezone(calendar)).toEqual([]);
  for (const event of events) expect(utcInstant(event, 'dtstamp').utc).toBe(true);
  return { calendar, events };
}

describe('the invitations emailed to the patient', () => {
  it('book → reschedule → cancel back to back: one UID, SEQUENCE 0 < 1 < 2, DTSTAMP in UTC, VTIMEZONE for the TZID', async () => {
    const email = w.patient.email;
    const booked = await createAppointment(db(), {
      patientId: w.patient.patient!.id,
      therapistId: w.therapist.id,
      visitTypeId: w.visitType.id,
      startsAt: at(day, '10:00'),
    });
    const invitations: string[] = [];
    const mailed = async () => invitations.push(await calendarAttachmentOf(await latestMailTo(email)));

    await runJob('appointment.booked', { appointmentId: booked.id });
    await mailed();
    // The two changes follow each other within milliseconds; each email is sent in between.
    const moved = await call(reschedule, {
      as: w.patient,
      method: 'PATCH',
      params: { id: booked.id },
      json: { start: at(day, '11:00').toISOString() },
    });
    expect(moved.status).toBe(200);
    await runJob('appointment.rescheduled', { appointmentId: booked.id, previousStart: booked.startsAt.toISOString() });
    await mailed();
    const cancelled = await call(cancel, { as: w.patient, params: { id: booked.id }, json: { reason: 'Feeling better' } });
    expect(cancelled.status).toBe(200);
    await runJob('appointment.cancelled', { appointmentId: booked.id });
    await mailed();
    expect(await mailsTo(email)).toHaveLength(3);

    const parsed = invitations.map((text) => expectConformant(text));
    expect(parsed.map((p) => String(p.calendar.getFirstPropertyValue('method')))).toEqual(['REQUEST', 'REQUEST', 'CANCEL']);
    expect(parsed.map((p) => p.events[0]!.getFirstPropertyValue('uid'))).toEqual(Array(3).fill(`${booked.id}@rehabit`));
    expect(parsed.map((p) => sequenceOf(p.events[0]!))).toEqual([0, 1, 2]);
    const start = parsed[1]!.events[0]!.getFirstProperty('dtstart')!;
    expect(start.getParameter('tzid')).toBe(w.patient.patient!.timezone);
    expect((start.getFirstValue() as { toJSDate(): Date }).toJSDate().toISOString()).toBe(at(day, '11:00').toISOString());
  });
});

describe("the therapist's calendar feed", () => {
  it("LAST-MODIFIED is the visit's last change in UTC, DTSTAMP in UTC, X-WR-TIMEZONE instead of TIMEZONE-ID, SEQUENCE = revision", async () => {
    const visit = await createAppointment(db(), {
      patientId: w.otherPatient.patient!.id,
      therapistId: w.therapist.id,
      visitTypeId: w.visitType.id,
      startsAt: at(day, '14:00'),
    });
    const moved = await call(reschedule, {
      as: w.otherPatient,
      method: 'PATCH',
      params: { id: visit.id },
      json: { start: at(day, '15:00').toISOString() },
    });
    expect(moved.status).toBe(200);
    const link = await call(createFeed, { method: 'POST', as: w.therapistUser });
    const token = (link.body.url as string).split('/api/calendar/')[1]!;
    const res = await feed(new Request(`http://localhost/api/calendar/${token}`), { params: Promise.resolve({ token }) });
    expect(res.status).toBe(200);

    const { calendar, events } = expectConformant(await res.text());
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe(w.therapist.timezone);
    const event = events.find((e) => e.getFirstPropertyValue('uid') === `${visit.id}.feed@rehabit`)!;
    const row = await db().appointment.findUniqueOrThrow({ where: { id: visit.id } });
    const lastModified = utcInstant(event, 'last-modified');
    expect(lastModified.utc).toBe(true);
    expect(lastModified.instant.toISOString()).toBe(new Date(Math.floor(row.updatedAt.getTime() / 1000) * 1000).toISOString());
    expect(sequenceOf(event)).toBe(1);
    expect(row.revision).toBe(1);
  });
});
