// Security review (2026-12-05): an admin reading a conversation is always an audited read. The
// poll exemption (`after`, for the two parties' open thread) let an admin read a whole thread of
// the therapist's messages to a patient with `after=1970-01-01T00:00:00Z` and leave no audit row.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/roles';
import {
  createAdmin,
  createExercise,
  createExercisePlan,
  createPatient,
  createPractice,
  createTherapist,
} from '@/prisma/factories';
import { call } from '@/tests/support/http';
import { GET as thread, POST as send } from '@/app/api/conversations/[patientId]/[therapistId]/messages/route';

const person = (u: {
  id: string;
  email: string;
  name: string;
  role: SessionUser['role'];
  practiceId: string | null;
}): SessionUser => ({ id: u.id, email: u.email, name: u.name, role: u.role, practiceId: u.practiceId });

let maya: SessionUser;
let mayaId: string;
let admin: SessionUser;
let patientId: string;

beforeAll(async () => {
  const practice = await createPractice(db());
  const mayaUser = await createTherapist(db(), { practiceId: practice.id, name: 'Maya Chen' });
  maya = person(mayaUser);
  mayaId = mayaUser.therapist!.id;
  admin = person(await createAdmin(db(), { practiceId: practice.id }));
  const patient = await createPatient(db(), { name: 'Jordan Miller' });
  patientId = patient.patient!.id;
  const exercise = await createExercise(db(), { name: 'Bridge' });
  await createExercisePlan(db(), {
    patientId,
    therapistId: mayaId,
    versions: [{ startsOn: new Date().toISOString().slice(0, 10), items: [{ exerciseId: exercise.id }] }],
  });
});

const params = () => ({ patientId, therapistId: mayaId });
const reads = (actor: SessionUser) => db().auditEvent.count({ where: { action: 'message.list', patientId, actorId: actor.id } });

describe('staff reads of a conversation', () => {
  it("audits an admin reading the therapist's messages to a patient through a poll from the epoch", async () => {
    const sent = await call(send, {
      method: 'POST',
      as: maya,
      params: params(),
      json: { body: 'Your scan shows a disc bulge at L4.' },
    });
    expect(sent.status).toBe(201);
    const before = await reads(admin);
    const res = await call(thread, {
      as: admin,
      params: params(),
      path: `/api/x?after=${encodeURIComponent('1970-01-01T00:00:00Z')}`,
    });
    expect(res.status).toBe(200);
    expect(res.body.messages.map((m: { body: string }) => m.body)).toEqual(['Your scan shows a disc bulge at L4.']);
    expect(await reads(admin)).toBe(before + 1);
  });

  it('still writes nothing for an admin poll that shows nothing, nor for the therapist polling their own words', async () => {
    const newest = new Date(Date.now() + 60_000).toISOString();
    const before = await reads(admin);
    expect(
      (await call(thread, { as: admin, params: params(), path: `/api/x?after=${encodeURIComponent(newest)}` })).body.messages,
    ).toEqual([]);
    expect(await reads(admin)).toBe(before);
    const mayaBefore = await reads(maya);
    await call(thread, { as: maya, params: params(), path: `/api/x?after=${encodeURIComponent('1970-01-01T00:00:00Z')}` });
    expect(await reads(maya)).toBe(mayaBefore);
  });
});
