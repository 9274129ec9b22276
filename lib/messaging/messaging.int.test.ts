// Secure messaging between a patient and a treating therapist (decision 026): who reads and who
// writes (the care relationship of decision 013; other patients, colleagues and other practices
// get 404), read receipts, audited staff reads, attachments checked by their bytes, rate limits.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/roles';
import {
  createAdmin,
  createAppointment,
  createClinic,
  createExercise,
  createExercisePlan,
  createPatient,
  createPractice,
  createTherapist,
  createVisitType,
} from '@/prisma/factories';
import { call, sessionCookie } from '@/tests/support/http';
import { GET as thread, POST as send } from '@/app/api/conversations/[patientId]/[therapistId]/messages/route';
import { GET as conversations } from '@/app/api/conversations/route';
import { GET as attachment } from '@/app/api/messages/[id]/attachment/route';
import { SEND_LIMIT } from './send-message';
import { PEER_ADDRESS_HEADER } from '@/lib/auth/client-ip';

type Person = SessionUser;
const person = (u: {
  id: string;
  email: string;
  name: string;
  role: SessionUser['role'];
  practiceId: string | null;
}): Person => ({ id: u.id, email: u.email, name: u.name, role: u.role, practiceId: u.practiceId });

let jordan: Person;
let jordanId: string;
let alex: Person; // another patient of the same therapist
let maya: Person;
let mayaId: string;
let sam: Person; // Maya's colleague, not treating Jordan
let otherTherapist: Person;
let otherTherapistId: string; // another practice
let harborAdmin: Person;
let otherAdmin: Person;
let networkAdmin: Person;
let planItemId: string;

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a0da0000000049454e44ae426082',
  'hex',
);

beforeAll(async () => {
  const harbor = await createPractice(db(), { name: 'Harbor PT' });
  const clinic = await createClinic(db(), harbor.id);
  const mayaUser = await createTherapist(db(), { practiceId: harbor.id, clinicId: clinic.id, name: 'Maya Chen' });
  maya = person(mayaUser);
  mayaId = mayaUser.therapist!.id;
  sam = person(await createTherapist(db(), { practiceId: harbor.id, clinicId: clinic.id, name: 'Sam Colleague' }));
  harborAdmin = person(await createAdmin(db(), { practiceId: harbor.id }));
  const prairie = await createPractice(db(), { name: 'Prairie Motion' });
  const otherUser = await createTherapist(db(), { practiceId: prairie.id, name: 'Olive Other' });
  otherTherapist = person(otherUser);
  otherTherapistId = otherUser.therapist!.id;
  otherAdmin = person(await createAdmin(db(), { practiceId: prairie.id }));
  networkAdmin = person(await createAdmin(db()));

  const jordanUser = await createPatient(db(), { name: 'Jordan Miller' });
  jordan = person(jordanUser);
  jordanId = jordanUser.patient!.id;
  const alexUser = await createPatient(db(), { name: 'Alex Other' });
  alex = person(alexUser);
  const exercise = await createExercise(db(), { name: 'Bird dog' });
  const plan = await createExercisePlan(db(), {
    patientId: jordanId,
    therapistId: mayaId,
    versions: [{ startsOn: new Date().toISOString().slice(0, 10), items: [{ exerciseId: exercise.id }] }],
  });
  planItemId = plan.versions[0]!.items[0]!.id;
  // Alex is Maya's patient too (a completed visit), but the conversation is Jordan's.
  const visitType = await createVisitType(db(), { practiceId: harbor.id });
  await createAppointment(db(), {
    patientId: alexUser.patient!.id,
    therapistId: mayaId,
    visitTypeId: visitType.id,
    startsAt: new Date(Date.now() - 3 * 86_400_000),
    status: 'COMPLETED',
  });
});

const conv = () => ({ patientId: jordanId, therapistId: mayaId });
const read = (as: Person | undefined, params = conv()) => call(thread, { as, params });
const write = (as: Person, json: unknown, params = conv()) => call(send, { method: 'POST', as, params, json });

describe('a conversation between a patient and their therapist', () => {
  it("carries the patient's question about an exercise and the therapist's answer, with read receipts", async () => {
    const asked = await write(jordan, { body: 'Does the bird dog hurt my back?', planItemId });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({
      senderRole: 'PATIENT',
      senderName: 'Jordan Miller',
      exercise: { planItemId, name: 'Bird dog' },
      readAt: null,
    });

    const inbox = await call(conversations, { as: maya });
    expect(inbox.body.conversations).toEqual([
      expect.objectContaining({ patient: { id: jordanId, name: 'Jordan Miller' }, unread: 1 }),
    ]);

    const seen = await read(maya);
    expect(seen.status).toBe(200);
    expect(seen.body.messages).toHaveLength(1);
    expect(seen.body.messages[0].readAt).not.toBeNull(); // Maya's read is Jordan's receipt
    expect((await call(conversations, { as: maya })).body.conversations[0].unread).toBe(0);

    const answered = await write(maya, { body: 'Keep it small and slow; stop if it hurts.' });
    expect(answered.status).toBe(201);
    expect((await call(conversations, { as: jordan })).body.conversations).toEqual([
      expect.objectContaining({ therapist: { id: mayaId, name: 'Maya Chen' }, unread: 1 }),
    ]);
    const mine = await read(jordan);
    expect(mine.body.messages.map((m: { senderRole: string }) => m.senderRole)).toEqual(['PATIENT', 'THERAPIST']);
    // Polling for what is new returns only the newer messages.
    const after = mine.body.messages[0].sentAt;
    expect(
      (await call(thread, { as: jordan, params: conv(), path: `/api/x?after=${encodeURIComponent(after)}` })).body.messages,
    ).toHaveLength(1);
  });

  it("audits every staff read, never the patient's own", async () => {
    const before = await db().auditEvent.count({ where: { action: 'message.list', patientId: jordanId } });
    await read(jordan);
    expect(await db().auditEvent.count({ where: { action: 'message.list', patientId: jordanId } })).toBe(before);
    await read(maya);
    await read(harborAdmin);
    const rows = await db().auditEvent.findMany({
      where: { action: 'message.list', patientId: jordanId },
      orderBy: { at: 'desc' },
      take: 2,
    });
    expect(rows.map((r) => r.actorId).sort()).toEqual([maya.id, harborAdmin.id].sort());
    // A poll that brings nothing of the patient's is not a read; one that brings their message is.
    const count = () => db().auditEvent.count({ where: { action: 'message.list', patientId: jordanId, actorId: maya.id } });
    const polls = await count();
    const newest = (await read(maya)).body.messages.at(-1).sentAt as string;
    expect(await count()).toBe(polls + 1);
    const poll = () => call(thread, { as: maya, params: conv(), path: `/api/x?after=${encodeURIComponent(newest)}` });
    expect((await poll()).body.messages).toEqual([]);
    expect(await count()).toBe(polls + 1);
    await write(jordan, { body: 'Are you there?' });
    expect((await poll()).body.messages).toHaveLength(1);
    expect(await count()).toBe(polls + 2);
  });

  it("lets the practice's admins and network admins read but not write; an admin's read is no receipt", async () => {
    await write(jordan, { body: 'One more thing.' });
    expect((await read(harborAdmin)).status).toBe(200);
    expect((await read(networkAdmin)).status).toBe(200);
    const last = await db().message.findFirstOrThrow({ where: { patientId: jordanId }, orderBy: { sentAt: 'desc' } });
    expect(last.readAt).toBeNull();
    expect((await write(harborAdmin, { body: 'Hello' })).status).toBe(403);
  });

  it("does not exist for another patient, a colleague, another practice's therapist or admin (404), nor anonymously (401)", async () => {
    for (const who of [alex, sam, otherTherapist, otherAdmin]) {
      expect((await read(who)).status, who.email).toBe(404);
      expect((await write(who, { body: 'Hi' })).status, who.email).toBe(404);
    }
    expect((await read(undefined)).status).toBe(401);
    // A conversation with a therapist who does not treat the patient does not exist, even for the patient.
    expect((await read(jordan, { patientId: jordanId, therapistId: otherTherapistId })).status).toBe(404);
    expect((await write(jordan, { body: 'Hi' }, { patientId: jordanId, therapistId: otherTherapistId })).status).toBe(404);
    expect((await write(otherTherapist, { body: 'Hi' }, { patientId: jordanId, therapistId: otherTherapistId })).status).toBe(
      404,
    );
    // Nothing of theirs shows in the inboxes.
    expect((await call(conversations, { as: sam })).body.conversations).toEqual([]);
    expect((await call(conversations, { as: alex })).body.conversations.map((c: { unread: number }) => c.unread)).toEqual([0]);
  });

  it("refuses an exercise that is not in this conversation's plans", async () => {
    const res = await write(jordan, { body: 'About this one', planItemId: 'not-an-item' });
    expect(res.status).toBe(400);
  });
});

describe('attachments', () => {
  it('accepts an image recognized by its bytes and serves it only to who may read the conversation', async () => {
    const sent = await write(jordan, { body: 'My posture', attachment: PNG.toString('base64') });
    expect(sent.status).toBe(201);
    expect(sent.body.attachment).toMatchObject({ type: 'image/png', size: PNG.length });
    const id = sent.body.id as string;
    const res = await attachment(
      new Request(`http://localhost/api/messages/${id}/attachment`, {
        headers: { cookie: await sessionCookie(maya), [PEER_ADDRESS_HEADER]: '127.0.0.1' },
      }),
      { params: Promise.resolve({ id }) },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG);
    for (const who of [alex, sam, otherAdmin]) {
      const denied = await call(attachment, { as: who, params: { id } });
      expect(denied.status, who.email).toBe(404);
    }
    expect((await call(attachment, { as: harborAdmin, params: { id: 'nope' } })).status).toBe(404);
  });

  it('refuses what is not an accepted image whatever it claims, too large, or not base64 (4xx, nothing stored)', async () => {
    const count = await db().message.count();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>').toString('base64');
    expect((await write(jordan, { body: 'x', attachment: svg })).status).toBe(415);
    const big = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024 + 1 - PNG.length)]);
    expect((await write(jordan, { body: 'x', attachment: big.toString('base64') })).status).toBe(413);
    expect((await write(jordan, { body: 'x', attachment: 'not base64!' })).status).toBe(400);
    expect((await write(jordan, { body: 'x', attachment: '' })).status).toBe(400);
    expect((await write(jordan, { body: '   ' })).status).toBe(400);
    expect(await db().message.count()).toBe(count);
  });
});

describe('sending limits', () => {
  it('answers 429 with Retry-After once a sender has written 30 messages in 10 minutes', async () => {
    let res = await write(maya, { body: 'ping' });
    for (let i = 0; i < SEND_LIMIT.count && res.status === 201; i++) res = await write(maya, { body: `ping ${i}` });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('600');
    expect(res.body.error.code).toBe('RATE_LIMITED');
  });
});

describe('a therapist who has left the practice', () => {
  it('keeps the history readable and refuses new messages with 409 and what to do instead', async () => {
    const mayaUserId = (await db().therapist.findUniqueOrThrow({ where: { id: mayaId } })).userId;
    await db().user.update({ where: { id: mayaUserId }, data: { active: false } });
    const before = await db().message.count({ where: { patientId: jordanId } });
    const refused = await write(jordan, { body: 'Are you there?' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/no longer with the practice/);
    expect(await db().message.count({ where: { patientId: jordanId } })).toBe(before);
    expect((await read(jordan)).status).toBe(200);
  });
});
