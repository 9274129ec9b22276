// A page on another site can make the browser POST a form to us with the user's cookie (SameSite=Lax
// allows a top-level form POST navigation). Such requests are refused before anything runs.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { call, sessionCookie, type Caller } from '@/tests/support/http';
import {
  createAppointment,
  createClinic,
  createPatient,
  createPractice,
  createTherapist,
  createVisitType,
} from '@/prisma/factories';
import { POST as checkIn } from '@/app/api/appointments/[id]/check-in/route';
import { POST as rotateFeed } from '@/app/api/therapists/me/calendar-feed/route';
import { POST as stripeWebhook } from '@/app/api/webhooks/stripe/route';

let maya: Caller & { therapistId: string };
let appointmentId: string;
const ours = () => new URL(env().NEXTAUTH_URL).origin;
const formPost = { 'content-type': 'application/x-www-form-urlencoded' };
const feedHash = async () => (await db().therapist.findUniqueOrThrow({ where: { id: maya.therapistId } })).calendarTokenHash;
const checkedInAt = async () => (await db().appointment.findUniqueOrThrow({ where: { id: appointmentId } })).checkedInAt;

beforeAll(async () => {
  const practice = await createPractice(db());
  const clinic = await createClinic(db(), practice.id, { timezone: 'UTC' });
  const u = await createTherapist(db(), { name: 'Maya Chen', practiceId: practice.id, clinicId: clinic.id, timezone: 'UTC' });
  maya = { ...u, therapistId: u.therapist!.id };
  const patient = await createPatient(db(), {});
  const visitType = await createVisitType(db(), { durationMinutes: 30, modality: 'IN_CLINIC' });
  // Starts in five minutes: check-in is open (from 3 hours before until the end of its day).
  appointmentId = (
    await createAppointment(db(), {
      patientId: patient.patient!.id,
      therapistId: maya.therapistId,
      visitTypeId: visitType.id,
      startsAt: new Date(Date.now() + 5 * 60_000),
    })
  ).id;
});

describe('a state change from another site', () => {
  it('is refused with 403 CROSS_SITE_REQUEST and changes nothing (check-in, calendar feed)', async () => {
    const fromEvil = { ...formPost, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };
    const refusedCheckIn = await call(checkIn, {
      as: maya,
      method: 'POST',
      params: { id: appointmentId },
      headers: fromEvil,
      rawBody: 'x=1',
    });
    expect(refusedCheckIn.status).toBe(403);
    expect(refusedCheckIn.body.error.code).toBe('CROSS_SITE_REQUEST');
    expect(await checkedInAt()).toBeNull();

    const refusedFeed = await call(rotateFeed, { as: maya, method: 'POST', headers: fromEvil });
    expect(refusedFeed.status).toBe(403);
    expect(await feedHash()).toBeNull();
  });

  it('is refused on either signal alone: a foreign or opaque Origin, or Sec-Fetch-Site cross-site', async () => {
    const signals: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of signals) {
      const res = await call(rotateFeed, { as: maya, method: 'POST', headers });
      expect(res.status, JSON.stringify(headers)).toBe(403);
    }
    expect(await feedHash()).toBeNull();
  });
});

describe('requests that are not cross-site', () => {
  it('works from our own pages (same Origin, Sec-Fetch-Site same-origin)', async () => {
    const res = await call(rotateFeed, {
      as: maya,
      method: 'POST',
      headers: { origin: ours(), 'sec-fetch-site': 'same-origin' },
    });
    expect(res.status).toBe(200);
    expect(await feedHash()).not.toBeNull();
  });

  it('works without Origin: curl, or a server with a Bearer token', async () => {
    const token = (await sessionCookie(maya)).split('=')[1]!;
    const res = await call(checkIn, {
      method: 'POST',
      params: { id: appointmentId },
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    expect(await checkedInAt()).not.toBeNull();
  });

  it('leaves the signed webhooks to their signature check', async () => {
    const res = await call(stripeWebhook, {
      method: 'POST',
      path: '/api/webhooks/stripe',
      json: { id: 'evt_1' },
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_SIGNATURE');
  });
});
