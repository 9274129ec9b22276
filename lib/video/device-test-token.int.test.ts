// The device test's token: any day, a room of one's own that is no appointment, joining only.
import { describe, expect, it } from 'vitest';
import { TokenVerifier } from 'livekit-server-sdk';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { call } from '@/tests/support/http';
import { createAdmin, createPatient, createTherapist, createPractice } from '@/prisma/factories';
import { POST as deviceTestToken } from '@/app/api/video/device-test-token/route';
import { appointmentIdFromRoom } from './livekit';

describe('POST /api/video/device-test-token', () => {
  it('gives a patient (no visit booked) a five-minute join-only token for their own test room', async () => {
    const patient = await createPatient(db());
    const res = await call(deviceTestToken, { method: 'POST', as: patient });
    expect(res.status).toBe(200);
    expect(res.body.room).toBe(`device-test-${patient.id}`);
    expect(appointmentIdFromRoom(res.body.room)).toBeNull();
    const claims = await new TokenVerifier(env().LIVEKIT_API_KEY, env().LIVEKIT_API_SECRET).verify(res.body.token);
    expect(claims.sub).toBe(patient.id);
    expect(claims.video).toMatchObject({
      room: `device-test-${patient.id}`,
      roomJoin: true,
      canPublish: false,
      canSubscribe: false,
      canPublishData: false,
    });
    expect(claims.exp! - claims.nbf!).toBeLessThanOrEqual(5 * 60);
  });

  it('is for patients and therapists signed in; admins 403, nobody 401', async () => {
    const practice = await createPractice(db());
    const therapist = await createTherapist(db(), { practiceId: practice.id });
    expect((await call(deviceTestToken, { method: 'POST', as: therapist })).status).toBe(200);
    expect((await call(deviceTestToken, { method: 'POST', as: await createAdmin(db()) })).status).toBe(403);
    expect((await call(deviceTestToken, { method: 'POST' })).status).toBe(401);
  });

  it('stops a runaway client with 429', async () => {
    const patient = await createPatient(db());
    const answers = [];
    for (let i = 0; i < 21; i++) answers.push((await call(deviceTestToken, { method: 'POST', as: patient })).status);
    expect(answers.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(answers[20]).toBe(429);
  });
});
