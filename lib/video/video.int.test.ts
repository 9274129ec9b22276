// Video visits against the real livekit-server that `npm test` starts (LIVEKIT_* in the env).
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TokenVerifier } from 'livekit-server-sdk';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { call, type Caller } from '@/tests/support/http';
import { joinSignalOnly, signedWebhookHeaders, webhookBody } from '@/tests/support/livekit';
import { CLOCK_SHIFTED } from '@/tests/support/clock-shift';
import {
  createAdmin,
  createAppointment,
  createClinic,
  createPatient,
  createPractice,
  createTherapist,
  createVisitType,
} from '@/prisma/factories';
import { POST as videoToken } from '@/app/api/appointments/[id]/video-token/route';
import { GET as participants } from '@/app/api/appointments/[id]/video-participants/route';
import { POST as admit } from '@/app/api/appointments/[id]/video-participants/admit/route';
import { POST as remove } from '@/app/api/appointments/[id]/video-participants/remove/route';
import { POST as announce } from '@/app/api/appointments/[id]/video-waiting/route';
import { POST as endVisit } from '@/app/api/appointments/[id]/video-end/route';
import { POST as setStatus } from '@/app/api/appointments/[id]/status/route';
import { POST as livekitWebhook } from '@/app/api/webhooks/livekit/route';
import { roomNameFor } from './livekit';
import { ANNOUNCE_LIMIT, WAITING_ROOM_METADATA } from './announce-waiting-patient';
import { lockVisit, reconcilePresence } from './video-attendance';

const MINUTE = 60_000;
const minutesFromNow = (n: number) => new Date(Date.now() + n * MINUTE);

let practiceId: string;
let clinicId: string;
let otherPatient: Caller;
let otherTherapist: Caller;
let admin: Caller;
let virtualTypeId: string;
let inClinicTypeId: string;
// Each test has its own patient and therapist (so visits at the same hour never overlap); these
// are the current test's.
let patient: Caller;
let therapist: Caller;

/** A booked virtual visit (or as told) between the current test's patient and therapist. */
async function visit(startsAt: Date, o: { status?: 'BOOKED' | 'CANCELLED'; visitTypeId?: string } = {}) {
  const p = await db().patient.findUniqueOrThrow({ where: { userId: patient.id } });
  const t = await db().therapist.findUniqueOrThrow({ where: { userId: therapist.id } });
  return createAppointment(db(), {
    patientId: p.id,
    therapistId: t.id,
    visitTypeId: o.visitTypeId ?? virtualTypeId,
    startsAt,
    status: o.status ?? 'BOOKED',
  });
}

const tokenFor = (as: Caller, id: string) => call(videoToken, { method: 'POST', as, params: { id } });

async function sendWebhook(body: string, headers?: Record<string, string>) {
  return call(livekitWebhook, { method: 'POST', rawBody: body, headers: headers ?? (await signedWebhookHeaders(body)) });
}

beforeAll(async () => {
  practiceId = (await createPractice(db())).id;
  clinicId = (await createClinic(db(), practiceId)).id;
  otherPatient = await createPatient(db());
  otherTherapist = await createTherapist(db(), { practiceId, offersVirtual: true });
  admin = await createAdmin(db(), { practiceId });
  virtualTypeId = (await createVisitType(db(), { modality: 'VIRTUAL', durationMinutes: 30 })).id;
  inClinicTypeId = (await createVisitType(db(), { modality: 'IN_CLINIC', durationMinutes: 30 })).id;
});

beforeEach(async () => {
  patient = await createPatient(db(), { name: 'Jordan Video' });
  therapist = await createTherapist(db(), { practiceId, clinicId, offersVirtual: true, name: 'Maya Video' });
});

describe('POST /api/appointments/:id/video-token', () => {
  it("gives the patient a waiting-room token for the appointment's own room, and the therapist a full one", async () => {
    const a = await visit(minutesFromNow(-5));
    const verifier = new TokenVerifier(env().LIVEKIT_API_KEY, env().LIVEKIT_API_SECRET);

    const mine = await tokenFor(patient, a.id);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ url: env().LIVEKIT_URL, room: roomNameFor(a.id), identity: patient.id });
    const claims = await verifier.verify(mine.body.token);
    expect(claims.sub).toBe(patient.id);
    expect(claims.name).toBe('Jordan Video');
    expect(claims.video).toMatchObject({ room: `appointment-${a.id}`, roomJoin: true, canPublish: false, canSubscribe: false });
    expect(claims.attributes).toEqual({ role: 'patient' });
    // Valid to the end of the window (start + 30 + 15 min) plus five minutes, not longer.
    const expectedExp = (a.endsAt.getTime() + 15 * MINUTE) / 1000 + 300;
    expect(claims.exp).toBeGreaterThan(expectedExp - 10);
    expect(claims.exp).toBeLessThanOrEqual(expectedExp + 1);
    expect(new Date(mine.body.expiresAt).getTime() / 1000).toBeCloseTo(claims.exp!, -1);

    const theirs = await tokenFor(therapist, a.id);
    expect(theirs.status).toBe(200);
    const therapistClaims = await verifier.verify(theirs.body.token);
    expect(therapistClaims.sub).toBe(therapist.id);
    expect(therapistClaims.name).toBe('Maya Video');
    expect(therapistClaims.video).toMatchObject({ room: `appointment-${a.id}`, canPublish: true, canSubscribe: true });
  });

  it('refuses anyone but its patient and therapist, without saying the appointment exists', async () => {
    const a = await visit(minutesFromNow(-65));
    for (const other of [otherPatient, otherTherapist]) {
      const res = await tokenFor(other, a.id);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
    const asAdmin = await tokenFor(admin, a.id);
    expect(asAdmin.status).toBe(403);
    expect(asAdmin.body.error.code).toBe('FORBIDDEN');
    expect((await call(videoToken, { method: 'POST', params: { id: a.id } })).status).toBe(401);
  });

  it('refuses a cancelled visit and an in-clinic one with 409', async () => {
    const cancelled = await visit(minutesFromNow(-5), { status: 'CANCELLED' });
    const res = await tokenFor(patient, cancelled.id);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'VISIT_NOT_BOOKED', message: expect.stringContaining('cancelled') });

    const inClinic = await visit(minutesFromNow(300), { visitTypeId: inClinicTypeId });
    const clinicRes = await tokenFor(therapist, inClinic.id);
    expect(clinicRes.status).toBe(409);
    expect(clinicRes.body.error.code).toBe('NOT_A_VIDEO_VISIT');
  });

  it('refuses before the room opens and after it closes with 403, saying when it is open', async () => {
    const early = await visit(minutesFromNow(16));
    const tooEarly = await tokenFor(patient, early.id);
    expect(tooEarly.status).toBe(403);
    expect(tooEarly.body.error).toMatchObject({
      code: 'OUTSIDE_JOIN_WINDOW',
      message: 'The video room opens 15 minutes before the visit.',
      details: { opensAt: new Date(early.startsAt.getTime() - 15 * MINUTE).toISOString() },
    });

    const over = await visit(minutesFromNow(-180));
    const tooLate = await tokenFor(therapist, over.id);
    expect(tooLate.status).toBe(403);
    expect(tooLate.body.error.message).toBe('This visit has ended; its video room is closed.');
  });
});

// LIVEKIT_KEEPS_REAL_CLOCK: these talk to livekit-server live, which a shifted clock cannot reach.
describe.skipIf(CLOCK_SHIFTED)('waiting room on the real LiveKit server', () => {
  it('lists the waiting patient to the therapist, who admits them: the live connection gets its grants at once', async () => {
    const a = await visit(minutesFromNow(-5));
    const token = await tokenFor(patient, a.id);
    expect(token.status).toBe(200);
    const connection = await joinSignalOnly(token.body.url, token.body.token);
    try {
      const waiting = await call(participants, { as: therapist, params: { id: a.id } });
      expect(waiting.status).toBe(200);
      expect(waiting.body.participants).toEqual([
        { identity: patient.id, name: 'Jordan Video', role: 'PATIENT', joinedAt: expect.any(String), admitted: false },
      ]);
      expect(Math.abs(Date.parse(waiting.body.participants[0].joinedAt) - Date.now())).toBeLessThan(30_000);

      // Nobody else may look or let anyone in.
      expect((await call(participants, { as: otherTherapist, params: { id: a.id } })).status).toBe(404);
      expect((await call(admit, { as: otherTherapist, params: { id: a.id }, json: { identity: patient.id } })).status).toBe(404);
      expect((await call(admit, { as: patient, params: { id: a.id }, json: { identity: patient.id } })).status).toBe(403);
      expect((await call(admit, { as: therapist, params: { id: a.id }, json: { identity: otherPatient.id } })).status).toBe(404);

      const admitted = await call(admit, { as: therapist, params: { id: a.id }, json: { identity: patient.id } });
      expect(admitted.status).toBe(200);
      expect(admitted.body).toMatchObject({ identity: patient.id, admitted: true });
      const update = await connection.waitFor(
        (m) =>
          m.message.case === 'update' &&
          m.message.value.participants.some(
            (p) => p.identity === patient.id && p.permission?.canSubscribe && p.permission.canPublish,
          ),
      );
      expect(update).toBeDefined();
      const after = await call(participants, { as: therapist, params: { id: a.id } });
      expect(after.body.participants[0].admitted).toBe(true);
      expect(await db().auditEvent.count({ where: { action: 'video.admit', entityId: a.id } })).toBe(1);
      // Let in once: a new token (a reload, a dropped network) skips the waiting room.
      const verifier = new TokenVerifier(env().LIVEKIT_API_KEY, env().LIVEKIT_API_SECRET);
      const rejoin = await tokenFor(patient, a.id);
      expect((await verifier.verify(rejoin.body.token)).video).toMatchObject({ canPublish: true, canSubscribe: true });

      const removed = await call(remove, { as: therapist, params: { id: a.id }, json: { identity: patient.id } });
      expect(removed.status).toBe(204);
      await connection.closed;
      await expect
        .poll(async () => (await call(participants, { as: therapist, params: { id: a.id } })).body.participants)
        .toEqual([]);
      const gone = await call(admit, { as: therapist, params: { id: a.id }, json: { identity: patient.id } });
      expect(gone.status).toBe(404);
      expect(gone.body.error.message).toBe('The patient is no longer in the waiting room.');
      // Sent out: back to the waiting room on the next join.
      const afterRemoval = await tokenFor(patient, a.id);
      expect((await verifier.verify(afterRemoval.body.token)).video).toMatchObject({ canPublish: false, canSubscribe: false });
    } finally {
      connection.close();
    }
  });
});

describe.skipIf(CLOCK_SHIFTED)('POST /api/appointments/:id/video-waiting', () => {
  it("tells the therapist's connection at once that the patient waits, grants nothing, and is the patient's only", async () => {
    const a = await visit(minutesFromNow(-5));
    const therapistToken = await tokenFor(therapist, a.id);
    const patientToken = await tokenFor(patient, a.id);
    const announceAs = (as: Caller) => call(announce, { method: 'POST', as, params: { id: a.id } });
    const watching = await joinSignalOnly(therapistToken.body.url, therapistToken.body.token);
    // Not in the room yet: nothing to announce.
    expect((await announceAs(patient)).status).toBe(404);
    const waiting = await joinSignalOnly(patientToken.body.url, patientToken.body.token);
    try {
      expect((await announceAs(patient)).status).toBe(204);
      // LiveKit's own tick (every 3 s) would carry no metadata: this update is the announcement, pushed at once.
      const isAnnounced = (p: { identity: string; metadata: string }) =>
        p.identity === patient.id && p.metadata === WAITING_ROOM_METADATA;
      const update = await watching.waitFor(
        (m) => m.message.case === 'update' && m.message.value.participants.some(isAnnounced),
        1_000,
      );
      const seen = update.message.case === 'update' ? update.message.value.participants.find(isAnnounced) : undefined;
      expect(seen?.permission).toMatchObject({ canSubscribe: false, canPublish: false, canPublishData: false });
      // A repeat changes nothing; nobody but the visit's patient may announce.
      expect((await announceAs(patient)).status).toBe(204);
      expect((await announceAs(therapist)).status).toBe(403);
      expect((await announceAs(otherPatient)).status).toBe(404);
      const listed = await call(participants, { as: therapist, params: { id: a.id } });
      expect(listed.body.participants).toEqual([expect.objectContaining({ identity: patient.id, admitted: false })]);
    } finally {
      waiting.close();
      watching.close();
    }
  });

  it('many announcements at once: each a 404 (not in the room) or 429 past the limit, never a 500', async () => {
    const a = await visit(minutesFromNow(-5));
    const answers = await Promise.all(
      Array.from({ length: ANNOUNCE_LIMIT.count + 10 }, () =>
        call(announce, { method: 'POST', as: patient, params: { id: a.id } }),
      ),
    );
    const statuses = answers.map((r) => r.status);
    expect(new Set(statuses)).toEqual(new Set([404, 429]));
    const limited = answers.find((r) => r.status === 429)!;
    expect(limited.body.error.code).toBe('RATE_LIMITED');
  });
});

describe('POST /api/webhooks/livekit', () => {
  const attendance = (appointmentId: string) =>
    db().videoAttendance.findMany({ where: { appointmentId }, orderBy: { joinedAt: 'asc' } });

  it('records joins and leaves, and on room_finished the time both were there', async () => {
    const a = await visit(minutesFromNow(24 * 60));
    const room = roomNameFor(a.id);
    const t0 = new Date(Math.floor(Date.now() / 1000) * 1000);
    const at = (s: number) => new Date(t0.getTime() + s * 1000);
    const therapistP = { sid: 'PA_therapist_1', identity: therapist.id, joinedAt: at(0) };
    const patientP = { sid: 'PA_patient_1', identity: patient.id, joinedAt: at(60) };
    const joined = webhookBody({ event: 'participant_joined', room, at: at(60), participant: patientP });
    for (const body of [
      webhookBody({ event: 'participant_joined', room, at: at(0), participant: therapistP }),
      joined,
      webhookBody({ event: 'participant_left', room, at: at(660), participant: patientP }),
      webhookBody({ event: 'participant_left', room, at: at(700), participant: therapistP }),
      webhookBody({ event: 'room_finished', room, at: at(720) }),
    ]) {
      const res = await sendWebhook(body);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ received: true, replay: false });
    }
    expect((await attendance(a.id)).map((r) => [r.role, r.userId, r.joinedAt, r.leftAt])).toEqual([
      ['THERAPIST', therapist.id, at(0), at(700)],
      ['PATIENT', patient.id, at(60), at(660)],
    ]);
    expect(await db().appointment.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      roomFinishedAt: at(720),
      videoSeconds: 600,
      needsNoShowReview: false,
    });

    // The same event again (LiveKit retries): accepted, nothing changes.
    const before = await db().appointment.findUniqueOrThrow({ where: { id: a.id } });
    const replay = await sendWebhook(joined);
    expect(replay.body).toEqual({ received: true, replay: true });
    expect(await attendance(a.id)).toHaveLength(2);
    expect(await db().appointment.findUniqueOrThrow({ where: { id: a.id } })).toEqual(before);
  });

  it('flags a visit whose patient never joined for no-show review; marking it clears the flag', async () => {
    const a = await visit(minutesFromNow(-40));
    const room = roomNameFor(a.id);
    const therapistP = { sid: 'PA_therapist_2', identity: therapist.id, joinedAt: minutesFromNow(-40) };
    await sendWebhook(webhookBody({ event: 'participant_joined', room, at: minutesFromNow(-40), participant: therapistP }));
    await sendWebhook(webhookBody({ event: 'participant_left', room, at: minutesFromNow(-10), participant: therapistP }));
    await sendWebhook(webhookBody({ event: 'room_finished', room, at: minutesFromNow(-9) }));
    expect(await db().appointment.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      needsNoShowReview: true,
      videoSeconds: 0,
    });

    const marked = await call(setStatus, { as: therapist, params: { id: a.id }, json: { status: 'NO_SHOW' } });
    expect(marked.status).toBe(200);
    expect(await db().appointment.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      status: 'NO_SHOW',
      needsNoShowReview: false,
    });
  });

  it('rejects a forged or unsigned webhook with 401 and changes nothing', async () => {
    const a = await visit(minutesFromNow(2 * 24 * 60));
    const room = roomNameFor(a.id);
    const body = webhookBody({
      event: 'participant_joined',
      room,
      at: new Date(),
      participant: { sid: 'PA_forged', identity: patient.id, joinedAt: new Date() },
    });
    const forged = await sendWebhook(body, await signedWebhookHeaders(body, 'not-our-secret-not-our-secret-0123456789'));
    expect(forged.status).toBe(401);
    expect(forged.body.error.code).toBe('UNAUTHENTICATED');
    const unsigned = await sendWebhook(body, { 'content-type': 'application/webhook+json' });
    expect(unsigned.status).toBe(401);
    // A genuine signature over a different body: the checksum does not match.
    const other = webhookBody({ event: 'room_finished', room, at: new Date() });
    expect((await sendWebhook(body, await signedWebhookHeaders(other))).status).toBe(401);

    expect(await attendance(a.id)).toEqual([]);
    expect(await db().webhookEvent.count({ where: { eventId: JSON.parse(body).id } })).toBe(0);
  });

  it('accepts and ignores events for rooms that are not appointments', async () => {
    const res = await sendWebhook(webhookBody({ event: 'room_started', room: 'someone-elses-room', at: new Date() }));
    expect(res.status).toBe(200);
  });
});

describe('ending a visit', () => {
  it.skipIf(CLOCK_SHIFTED)('settles attendance from what is known, closes the room and answers with the summary', async () => {
    const a = await visit(minutesFromNow(-20));
    const room = roomNameFor(a.id);
    await sendWebhook(
      webhookBody({
        event: 'participant_joined',
        room,
        at: minutesFromNow(-20),
        participant: { sid: 'PA_t3', identity: therapist.id, joinedAt: minutesFromNow(-20) },
      }),
    );
    await sendWebhook(
      webhookBody({
        event: 'participant_joined',
        room,
        at: minutesFromNow(-18),
        participant: { sid: 'PA_p3', identity: patient.id, joinedAt: minutesFromNow(-18) },
      }),
    );
    expect((await call(endVisit, { as: otherTherapist, params: { id: a.id } })).status).toBe(404);
    expect((await call(endVisit, { as: patient, params: { id: a.id } })).status).toBe(403);

    const res = await call(endVisit, { as: therapist, params: { id: a.id } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ patientJoined: true, needsNoShowReview: false, roomFinishedAt: expect.any(String) });
    expect(res.body.videoSeconds).toBeGreaterThanOrEqual(18 * 60 - 2);
    expect(res.body.videoSeconds).toBeLessThanOrEqual(18 * 60 + 2);
    expect(
      res.body.attendance.map((r: { role: string; name: string; leftAt: string | null }) => [r.role, r.name, r.leftAt !== null]),
    ).toEqual([
      ['THERAPIST', 'Maya Video', true],
      ['PATIENT', 'Jordan Video', true],
    ]);
    expect(await db().auditEvent.count({ where: { action: 'video.end', entityId: a.id } })).toBe(1);

    // Ended stays ended, for both, though the join window is still open.
    for (const who of [patient, therapist]) {
      const again = await tokenFor(who, a.id);
      expect(again.status).toBe(409);
      expect(again.body.error).toEqual({
        code: 'VISIT_ENDED',
        message: 'Your therapist ended this visit; its video room is closed.',
      });
    }
  });

  it('a room LiveKit finishes because it emptied is not an end: the visit can be rejoined', async () => {
    const a = await visit(minutesFromNow(-5));
    await sendWebhook(webhookBody({ event: 'room_finished', room: roomNameFor(a.id), at: minutesFromNow(0) }));
    expect((await db().appointment.findUniqueOrThrow({ where: { id: a.id } })).roomFinishedAt).not.toBeNull();
    expect((await tokenFor(patient, a.id)).status).toBe(200);
  });

  it('repairs a lost participant_left from the server list: whoever is no longer listed has left', async () => {
    const a = await visit(minutesFromNow(3 * 24 * 60));
    const joined = minutesFromNow(-30);
    const listedAt = minutesFromNow(-1);
    await db().$transaction(async (tx) => {
      const people = (await lockVisit(tx, a.id))!;
      await reconcilePresence(
        tx,
        people,
        [
          { sid: 'PA_t4', identity: therapist.id, joinedAt: joined },
          { sid: 'PA_p4', identity: patient.id, joinedAt: joined },
          { sid: 'PA_x4', identity: otherPatient.id, joinedAt: joined }, // not of this visit: ignored
        ],
        minutesFromNow(-5),
      );
      // Later the patient is no longer listed; a connection that joined after the listing is not judged by it.
      await tx.videoAttendance.create({
        data: { appointmentId: a.id, userId: patient.id, role: 'PATIENT', participantSid: 'PA_p5', joinedAt: minutesFromNow(0) },
      });
      await reconcilePresence(tx, people, [{ sid: 'PA_t4', identity: therapist.id, joinedAt: joined }], listedAt);
    });
    const rows = await db().videoAttendance.findMany({ where: { appointmentId: a.id }, orderBy: { participantSid: 'asc' } });
    expect(rows.map((r) => [r.participantSid, r.leftAt])).toEqual([
      ['PA_p4', listedAt],
      ['PA_p5', null],
      ['PA_t4', null],
    ]);
  });
});
