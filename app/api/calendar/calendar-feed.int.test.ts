import { beforeAll, describe, expect, it } from 'vitest';
import ical, { type VEvent } from 'node-ical';
import { addDays, localDateOf, wallTimeToInstantLenient, zoneOffsetMs } from '@/lib/scheduling/zoned-time';
import { db } from '@/lib/db';
import {
  createAppointment,
  createClinic,
  createPatient,
  createPractice,
  createTherapist,
  createVisitType,
} from '@/prisma/factories';
import { call, type Caller } from '@/tests/support/http';
import { GET as feed } from './[token]/route';
import { DELETE as turnOff, POST as rotate } from '../therapists/me/calendar-feed/route';

const ZONE = 'Australia/Sydney';
let therapist: Caller & { therapist: { id: string } | null };
let otherTherapist: Caller & { therapist: { id: string } | null };
let patient: Caller;
const appts: Record<string, { id: string; startsAt: Date; endsAt: Date }> = {};

/** The first day within the feed window on which the zone's UTC offset changes (Sydney changes twice a year). */
function nextOffsetChange(): string {
  const noonOffset = (date: string) => zoneOffsetMs(wallTimeToInstantLenient(date, 12 * 60, ZONE), ZONE);
  let day = addDays(localDateOf(Date.now(), ZONE), -25);
  for (let i = 0; i < 200; i++) {
    const next = addDays(day, 1);
    if (noonOffset(next) !== noonOffset(day)) return next;
    day = next;
  }
  throw new Error('no offset change found');
}

/** The instant the clocks in `zone` show hh:00 on the date. */
const atHour = (date: string, hour: number, zone = ZONE) => new Date(wallTimeToInstantLenient(date, hour * 60, zone));
/** 'yyyyMMddTHHmmss' of the instant on the clocks of ZONE. */
const localStamp = (d: Date) =>
  new Date(d.getTime() + zoneOffsetMs(d.getTime(), ZONE)).toISOString().slice(0, 19).replace(/[-:]/g, '');
const todayIn = (zone: string) => localDateOf(Date.now(), zone);

async function feedFor(token: string): Promise<Response> {
  return feed(new Request(`http://localhost/api/calendar/${token}`), { params: Promise.resolve({ token }) });
}

const tokenOf = (url: string) => url.split('/api/calendar/')[1]!;

beforeAll(async () => {
  const practice = await createPractice(db());
  const clinic = await createClinic(db(), practice.id, {
    name: 'Harbor PT — Chelsea',
    addressLine1: '236 W 27th St',
    city: 'New York',
    state: 'NY',
    zip: '10001',
  });
  // A video-only therapist who works from Sydney, and a New York colleague at the clinic.
  therapist = await createTherapist(db(), { practiceId: practice.id, timezone: ZONE, name: 'Maya Chen', offersVirtual: true });
  otherTherapist = await createTherapist(db(), { practiceId: practice.id, clinicId: clinic.id, timezone: 'America/New_York' });
  patient = await createPatient(db(), { name: 'Jordan Alexis Miller' });
  const inClinic = await createVisitType(db(), { name: 'Follow-up', durationMinutes: 45, modality: 'IN_CLINIC' });
  const video = await createVisitType(db(), { name: 'Video check-in', durationMinutes: 30, modality: 'VIRTUAL' });
  const change = nextOffsetChange();
  const at10 = (date: string) => atHour(date, 10);
  const make = async (
    key: string,
    startsAt: Date,
    extra: { status?: 'BOOKED' | 'COMPLETED' | 'CANCELLED' | 'HELD'; video?: boolean; therapistId?: string } = {},
  ) => {
    const a = await createAppointment(db(), {
      patientId: (patient as { patient?: { id: string } }).patient!.id,
      therapistId: extra.therapistId ?? therapist.therapist!.id,
      visitTypeId: extra.video ? video.id : inClinic.id,
      startsAt,
      status: extra.status ?? 'BOOKED',
    });
    appts[key] = a;
  };
  await make('before', at10(addDays(change, -2)), { video: true });
  await make('after', at10(addDays(change, 2)), { video: true });
  await make('cancelled', at10(addDays(change, 3)), { status: 'CANCELLED', video: true });
  await make('held', at10(addDays(change, 4)), { status: 'HELD', video: true });
  await make('tooFar', at10(addDays(todayIn(ZONE), 200)), { video: true });
  await make('tooOld', at10(addDays(todayIn(ZONE), -40)), { status: 'COMPLETED', video: true });
  await make('colleague', atHour(addDays(todayIn('America/New_York'), 3), 9, 'America/New_York'), {
    therapistId: otherTherapist.therapist!.id,
  });
});

describe('the therapist calendar feed', () => {
  it("serves the therapist's visits at 10:00 their time on both sides of a DST change, with minimal patient details", async () => {
    const link = await call(rotate, { method: 'POST', as: therapist });
    expect(link.status).toBe(200);
    expect(link.body).toEqual({
      url: expect.stringMatching(/^https?:\/\/.+\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/),
      replaced: false,
    });
    const saved = await db().therapist.findUniqueOrThrow({ where: { id: therapist.therapist!.id } });
    expect(saved.calendarTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(link.body.url).not.toContain(saved.calendarTokenHash);

    const res = await feedFor(tokenOf(link.body.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await res.text();
    expect(text).toContain(`BEGIN:VTIMEZONE\r\nTZID:${ZONE}`);
    const events = Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
    expect(events.map((e) => e.uid).sort()).toEqual(
      [`${appts.after!.id}.feed@rehabit`, `${appts.before!.id}.feed@rehabit`].sort(),
    );
    for (const key of ['before', 'after'] as const) {
      const event = events.find((e) => e.uid === `${appts[key]!.id}.feed@rehabit`)!;
      expect(event.start.toISOString()).toBe(appts[key]!.startsAt.toISOString());
      expect(event.end?.toISOString()).toBe(appts[key]!.endsAt.toISOString());
      expect((event.start as { tz?: string }).tz).toBe(ZONE);
      const local = localStamp(appts[key]!.startsAt);
      expect(local.endsWith('T100000')).toBe(true);
      expect(text).toContain(`DTSTART;TZID=${ZONE}:${local}`);
    }
    // The two visits are both at 10:00 local but an hour apart in UTC terms of the day: the offset changed between them.
    const offsets = ['before', 'after'].map((k) => zoneOffsetMs(appts[k]!.startsAt.getTime(), ZONE));
    expect(offsets[0]).not.toBe(offsets[1]);

    const after = events.find((e) => e.uid === `${appts.after!.id}.feed@rehabit`)!;
    expect(after.summary).toBe('Video check-in · Jordan M.');
    expect(after.location).toBe('Virtual visit');
    expect(text.replace(/\r\n[ \t]/g, '')).toMatch(
      new RegExp(`\\r\\nURL[^:\\r]*:https?://[^\\r]+/therapist/visits/${appts.after!.id}\\r\\n`),
    );
    expect(text).not.toContain('Miller');
  });

  it("gives an in-clinic visit the clinic's address, in the colleague's own feed and zone", async () => {
    const link = await call(rotate, { method: 'POST', as: otherTherapist });
    const text = await (await feedFor(tokenOf(link.body.url))).text();
    const events = Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      summary: 'Follow-up · Jordan M.',
      location: 'Harbor PT — Chelsea, 236 W 27th St, New York, NY 10001',
    });
    expect(text).toContain('DTSTART;TZID=America/New_York:');
    expect(text).toMatch(/DTSTART;TZID=America\/New_York:\d{8}T090000/);
  });

  it('stops serving the old link as soon as it is rotated, and every link once turned off', async () => {
    const first = await call(rotate, { method: 'POST', as: therapist });
    const second = await call(rotate, { method: 'POST', as: therapist });
    expect(second.body.replaced).toBe(true);
    expect((await feedFor(tokenOf(first.body.url))).status).toBe(404);
    expect((await feedFor(tokenOf(second.body.url))).status).toBe(200);
    expect(
      await db().auditEvent.count({ where: { actorId: therapist.id, action: 'calendar_feed.rotate' } }),
    ).toBeGreaterThanOrEqual(2);

    expect((await call(turnOff, { method: 'DELETE', as: therapist })).status).toBe(204);
    expect((await feedFor(tokenOf(second.body.url))).status).toBe(404);
    expect((await db().therapist.findUniqueOrThrow({ where: { id: therapist.therapist!.id } })).calendarTokenHash).toBeNull();
  });

  it('answers a made-up token 404, a path without .ics 400, and a patient who asks for a link 403', async () => {
    expect((await feedFor(`${'a'.repeat(43)}.ics`)).status).toBe(404);
    expect((await feedFor('short.ics')).status).toBe(404);
    expect((await feedFor('a'.repeat(43))).status).toBe(400);
    expect((await call(rotate, { method: 'POST', as: patient })).status).toBe(403);
    expect((await call(rotate, { method: 'POST' })).status).toBe(401);
  });
});
