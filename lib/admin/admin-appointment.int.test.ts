import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createAdmin, createAppointment, createClinic, createPractice, createTherapist } from '@/prisma/factories';
import { call } from '@/tests/support/http';
import { at, buildClinic } from '@/tests/support/scheduling';
import { addDays, localDateOf } from '@/lib/scheduling/zoned-time';
import { GET as listAppointments } from '@/app/api/admin/appointments/route';
import type { SessionUser } from '@/lib/auth/roles';
import { findAdminAppointment } from './find-admin-appointment';

let w: Awaited<ReturnType<typeof buildClinic>>;
let networkAdmin: { id: string; role: 'ADMIN'; practiceId: null };
let practiceAdmin: { id: string; role: 'ADMIN'; practiceId: string };
let otherAdmin: { id: string; role: 'ADMIN'; practiceId: string };
let signed: { id: string; noteId: string };
let draft: { id: string };
let bare: { id: string };
let foreign: { id: string };
// Last week, so the visits have happened and have notes.
const day = addDays(localDateOf(Date.now(), 'America/New_York'), -7);

const asAdmin = (u: { id: string }, practiceId: string | null): SessionUser => ({
  id: u.id,
  role: 'ADMIN',
  practiceId,
  name: 'Admin',
  email: 'admin@example.test',
});

beforeAll(async () => {
  w = await buildClinic();
  networkAdmin = { id: (await createAdmin(db())).id, role: 'ADMIN', practiceId: null };
  practiceAdmin = { id: (await createAdmin(db(), { practiceId: w.practice.id })).id, role: 'ADMIN', practiceId: w.practice.id };
  const other = await createPractice(db());
  otherAdmin = { id: (await createAdmin(db(), { practiceId: other.id })).id, role: 'ADMIN', practiceId: other.id };
  const visit = (therapistId: string, hhmm: string) =>
    createAppointment(db(), {
      patientId: w.patient.patient!.id,
      therapistId,
      visitTypeId: w.visitType.id,
      startsAt: at(day, hhmm),
      status: 'COMPLETED',
    });
  const s = await visit(w.therapist.id, '09:00');
  const note = await db().visitNote.create({
    data: {
      appointmentId: s.id,
      patientId: w.patient.patient!.id,
      therapistId: w.therapist.id,
      status: 'SIGNED',
      signedAt: at(day, '10:30'),
      subjective: 'Knee pain 4/10 on stairs.',
      objective: 'Flexion 110°.',
      assessment: 'Improving.',
      plan: 'Continue quad sets.',
    },
  });
  await db().visitNoteAddendum.create({
    data: { noteId: note.id, authorId: w.therapistUser.id, text: 'Swelling resolved by evening.' },
  });
  signed = { id: s.id, noteId: note.id };
  draft = await visit(w.therapist.id, '11:00');
  await db().visitNote.create({
    data: {
      appointmentId: draft.id,
      patientId: w.patient.patient!.id,
      therapistId: w.therapist.id,
      subjective: 'Half-written thoughts.',
    },
  });
  bare = await visit(w.otherTherapist.id, '09:00');
  const foreignTherapist = await createTherapist(db(), {
    practiceId: other.id,
    clinicId: (await createClinic(db(), other.id)).id,
  });
  foreign = await visit(foreignTherapist.therapist!.id, '13:00');
});

const noteReads = (noteId?: string) =>
  db().auditEvent.count({ where: { action: 'note.read', ...(noteId ? { entityId: noteId } : {}) } });

describe('the admin appointment page loader', () => {
  it('shows a practice admin their visit, in the clinic’s zone, with the signed note and its addenda, and audits the read', async () => {
    const before = await noteReads(signed.noteId);
    const a = await findAdminAppointment(asAdmin(practiceAdmin, w.practice.id), signed.id);
    expect(a).toMatchObject({
      status: 'COMPLETED',
      timezone: 'America/New_York',
      visitTypeName: 'Follow-up',
      patient: { name: 'Jordan Miller' },
      therapist: { name: 'Maya Chen' },
      clinic: { id: w.clinic.id },
    });
    expect(a!.start.toISOString()).toBe(at(day, '09:00').toISOString());
    expect(a!.note).toMatchObject({
      status: 'SIGNED',
      note: {
        subjective: 'Knee pain 4/10 on stairs.',
        plan: 'Continue quad sets.',
        therapist: { name: 'Maya Chen' },
        addenda: [{ text: 'Swelling resolved by evening.', author: { name: 'Maya Chen' } }],
      },
    });
    expect(await noteReads(signed.noteId)).toBe(before + 1);
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: 'note.read', entityId: signed.noteId, actorId: practiceAdmin.id },
    });
    expect(audit).toMatchObject({ patientId: w.patient.patient!.id, practiceId: w.practice.id });
  });

  it('says a draft exists and when it was saved, without its text, and records no read', async () => {
    const before = await noteReads();
    const a = await findAdminAppointment(asAdmin(practiceAdmin, w.practice.id), draft.id);
    expect(a!.note).toEqual({
      status: 'DRAFT',
      therapistName: 'Maya Chen',
      startedAt: expect.any(String),
      lastSavedAt: expect.any(String),
    });
    expect(JSON.stringify(a)).not.toContain('Half-written');
    expect(await noteReads()).toBe(before);
    expect((await findAdminAppointment(asAdmin(practiceAdmin, w.practice.id), bare.id))!.note).toBeNull();
  });

  it('finds nothing for an admin of another practice (404), and writes no audit row; a network admin sees all', async () => {
    const before = await noteReads();
    expect(await findAdminAppointment(asAdmin(otherAdmin, otherAdmin.practiceId), signed.id)).toBeNull();
    expect(await findAdminAppointment(asAdmin(otherAdmin, otherAdmin.practiceId), draft.id)).toBeNull();
    expect(await findAdminAppointment(asAdmin(practiceAdmin, w.practice.id), foreign.id)).toBeNull();
    expect(await findAdminAppointment(asAdmin(practiceAdmin, w.practice.id), 'no-such-visit')).toBeNull();
    expect(await noteReads()).toBe(before);
    expect(await findAdminAppointment(asAdmin(networkAdmin, null), foreign.id)).toMatchObject({ id: foreign.id, note: null });
    expect((await findAdminAppointment(asAdmin(networkAdmin, null), signed.id))!.note).toMatchObject({ status: 'SIGNED' });
  });

  it('tells the appointments list which visits have a note, so the page can link to them', async () => {
    const res = await call(listAppointments, { as: practiceAdmin, path: `/api/admin/appointments?from=${day}&to=${day}` });
    const noteOf = Object.fromEntries(
      res.body.appointments.map((a: { id: string; noteStatus: string | null }) => [a.id, a.noteStatus]),
    );
    expect(noteOf).toEqual({ [signed.id]: 'SIGNED', [draft.id]: 'DRAFT', [bare.id]: null });
  });
});
