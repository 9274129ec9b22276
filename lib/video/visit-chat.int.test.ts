// The in-call chat of a video visit: kept with the visit, for its two people only, the therapist's
// reads audited, hostile input refused with a 4xx, exercises shared only from the patient's plan.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { call, type Caller } from '@/tests/support/http';
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
import { GET as readChat, POST as sendChat } from '@/app/api/appointments/[id]/video-chat/route';

const MINUTE = 60_000;
const minutesFromNow = (n: number) => new Date(Date.now() + n * MINUTE);

let practiceId: string;
let clinicId: string;
let virtualTypeId: string;
let inClinicTypeId: string;
let otherPatient: Caller;
let colleague: Caller;
let admin: Caller;
let patient: Caller;
let therapist: Caller;
let patientId: string;
let therapistId: string;

async function visit(startsAt: Date, o: { visitTypeId?: string; admitted?: boolean } = {}) {
  const a = await createAppointment(db(), { patientId, therapistId, visitTypeId: o.visitTypeId ?? virtualTypeId, startsAt });
  if (o.admitted) await db().appointment.update({ where: { id: a.id }, data: { videoAdmittedAt: new Date() } });
  return a;
}

const send = (as: Caller, id: string, json: unknown) => call(sendChat, { method: 'POST', as, params: { id }, json });
const read = (as: Caller, id: string) => call(readChat, { as, params: { id } });

beforeAll(async () => {
  practiceId = (await createPractice(db())).id;
  clinicId = (await createClinic(db(), practiceId)).id;
  virtualTypeId = (await createVisitType(db(), { modality: 'VIRTUAL', durationMinutes: 30 })).id;
  inClinicTypeId = (await createVisitType(db(), { modality: 'IN_CLINIC', durationMinutes: 30 })).id;
  otherPatient = await createPatient(db());
  colleague = await createTherapist(db(), { practiceId, offersVirtual: true });
  admin = await createAdmin(db(), { practiceId });
});

beforeEach(async () => {
  const p = await createPatient(db(), { name: 'Jordan Chat' });
  const t = await createTherapist(db(), { practiceId, clinicId, offersVirtual: true, name: 'Maya Chat' });
  patient = p;
  therapist = t;
  patientId = p.patient!.id;
  therapistId = t.therapist!.id;
});

describe('the in-call chat', () => {
  it('keeps both sides’ messages with the visit, oldest first, and audits the therapist’s read', async () => {
    const a = await visit(minutesFromNow(-5), { admitted: true });
    const first = await send(therapist, a.id, { body: '  Can you hear me?  ' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      senderRole: 'THERAPIST',
      senderName: 'Maya Chat',
      body: 'Can you hear me?',
      exercise: null,
    });
    expect((await send(patient, a.id, { body: 'Yes, loud and clear <b>ok</b>' })).status).toBe(201);

    const asPatient = await read(patient, a.id);
    expect(asPatient.status).toBe(200);
    expect(asPatient.body.messages.map((m: { senderName: string; body: string }) => `${m.senderName}: ${m.body}`)).toEqual([
      'Maya Chat: Can you hear me?',
      'Jordan Chat: Yes, loud and clear <b>ok</b>',
    ]);
    expect(asPatient.body.shareableExercises).toEqual([]);

    const before = await db().auditEvent.count({ where: { action: 'visit-chat.read', entityId: a.id } });
    const asTherapist = await read(therapist, a.id);
    expect(asTherapist.status).toBe(200);
    expect(asTherapist.body.messages).toHaveLength(2);
    const audit = await db().auditEvent.findMany({ where: { action: 'visit-chat.read', entityId: a.id } });
    expect(audit).toHaveLength(before + 1);
    expect(audit.at(-1)).toMatchObject({ actorId: therapist.id, patientId, practiceId });
    // The patient reading their own chat writes no audit row; each message sent does.
    expect(await db().auditEvent.count({ where: { action: 'visit-chat.send', patientId } })).toBe(2);
  });

  it('stays readable after the visit ended, but takes no new lines', async () => {
    const a = await visit(minutesFromNow(-20), { admitted: true });
    expect((await send(patient, a.id, { body: 'Thank you!' })).status).toBe(201);
    await db().appointment.update({ where: { id: a.id }, data: { videoEndedAt: new Date() } });
    const late = await send(patient, a.id, { body: 'One more thing' });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('VISIT_ENDED');
    const kept = await read(therapist, a.id);
    expect(kept.body.messages.map((m: { body: string }) => m.body)).toEqual(['Thank you!']);
  });

  it('lets the patient write only once let in, and only inside the join window', async () => {
    const waiting = await visit(minutesFromNow(-5));
    const early = await send(patient, waiting.id, { body: 'Hello?' });
    expect(early.status).toBe(403);
    expect(early.body.error.code).toBe('FORBIDDEN');
    const tomorrow = await visit(minutesFromNow(24 * 60), { admitted: true });
    const outside = await send(therapist, tomorrow.id, { body: 'See you tomorrow' });
    expect(outside.status).toBe(403);
    expect(outside.body.error.code).toBe('OUTSIDE_JOIN_WINDOW');
    expect(await db().visitChatMessage.count({ where: { appointmentId: { in: [waiting.id, tomorrow.id] } } })).toBe(0);
  });

  it('is nobody else’s: other patients, colleagues and admins get 404 (read and write)', async () => {
    const a = await visit(minutesFromNow(-5), { admitted: true });
    await send(therapist, a.id, { body: 'Private' });
    for (const stranger of [otherPatient, colleague]) {
      expect((await read(stranger, a.id)).status).toBe(404);
      expect((await send(stranger, a.id, { body: 'Hi' })).status).toBe(404);
    }
    expect((await read(admin, a.id)).status).toBe(403);
    expect((await send(admin, a.id, { body: 'Hi' })).status).toBe(403);
    expect(await db().visitChatMessage.count({ where: { appointmentId: a.id } })).toBe(1);
  });

  it('refuses hostile or empty input with 400, an in-clinic visit with 409', async () => {
    const a = await visit(minutesFromNow(-5), { admitted: true });
    for (const json of [
      { body: '' },
      { body: '   ' },
      { body: 'x'.repeat(1001) },
      { body: 'nul \u0000 byte' },
      { body: 42 },
      { body: 'ok', planItemId: 'y'.repeat(41) },
      ['not', 'an', 'object'],
    ]) {
      const res = await send(therapist, a.id, json);
      expect(res.status, JSON.stringify(json).slice(0, 40)).toBe(400);
    }
    expect((await send(therapist, a.id, { body: 'x'.repeat(1000) })).status).toBe(201);
    const clinic = await visit(minutesFromNow(120), { visitTypeId: inClinicTypeId });
    expect((await read(therapist, clinic.id)).status).toBe(409);
  });

  it('shares an exercise of the patient’s open plan, with a link the patient opens; nothing else', async () => {
    const a = await visit(minutesFromNow(-5), { admitted: true });
    const bridge = await createExercise(db(), { name: 'Glute bridge' });
    const plan = await createExercisePlan(db(), {
      patientId,
      therapistId,
      versions: [{ startsOn: new Date().toISOString().slice(0, 10), items: [{ exerciseId: bridge.id }] }],
    });
    const planItemId = plan.versions[0]!.items[0]!.id;
    // Another patient's plan item with the same therapist is not shareable here.
    const other = await createPatient(db());
    const foreign = await createExercisePlan(db(), {
      patientId: other.patient!.id,
      therapistId,
      versions: [{ startsOn: new Date().toISOString().slice(0, 10), items: [{ exerciseId: bridge.id }] }],
    });

    const listed = await read(therapist, a.id);
    expect(listed.body.shareableExercises).toEqual([{ planItemId, name: 'Glute bridge' }]);

    const shared = await send(therapist, a.id, { body: 'Try this one tonight', planItemId });
    expect(shared.status).toBe(201);
    expect(shared.body.exercise).toEqual({ planItemId, name: 'Glute bridge', href: `/patient/exercises/${planItemId}` });

    const wrong = await send(therapist, a.id, { body: 'And this', planItemId: foreign.versions[0]!.items[0]!.id });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.code).toBe('EXERCISE_NOT_IN_PLAN');
    const byPatient = await send(patient, a.id, { body: 'Me too', planItemId });
    expect(byPatient.status).toBe(403);

    const seen = await read(patient, a.id);
    expect(seen.body.messages).toHaveLength(1);
    expect(seen.body.messages[0].exercise.name).toBe('Glute bridge');
  });
});
