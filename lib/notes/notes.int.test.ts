import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { call, type Caller } from '@/tests/support/http';
import {
  createAdmin,
  createAppointment,
  createClinic,
  createPatient,
  createPractice,
  createTherapist,
  createVisitType,
} from '@/prisma/factories';
import { GET as getNote, PUT as putNote } from '@/app/api/appointments/[id]/note/route';
import { POST as signNote } from '@/app/api/appointments/[id]/note/sign/route';
import { POST as addAddendum } from '@/app/api/appointments/[id]/note/addenda/route';
import { AppError } from '@/lib/errors';
import { refusingSignedChanges } from './note-conflicts';

const ZONE = 'America/New_York';
const HOUR = 3_600_000;

let maya: Caller & { therapistId: string };
let luis: Caller & { therapistId: string };
let elsewhere: Caller & { therapistId: string };
let practiceAdmin: Caller;
let otherAdmin: Caller;
let networkAdmin: Caller;
let jordan: Caller & { patientId: string };
let alex: Caller & { patientId: string };
let visitTypeId: string;

const soap = (over: Record<string, unknown> = {}) => ({
  subjective: 'Low back pain 4/10, better in the mornings.',
  objective: 'Flexion 70°, SLR negative.',
  assessment: 'Improving mechanical low back pain.',
  plan: 'Progress bird-dog; review in 2 weeks.',
  ...over,
});

let earlier = 0;
/** A booked visit of Maya with Jordan that has begun (each one two hours before the last, so they never overlap). */
async function visit(
  startsAt = new Date(Date.now() - HOUR / 2 - 2 * HOUR * earlier++),
  status: 'BOOKED' | 'CANCELLED' = 'BOOKED',
) {
  return (
    await createAppointment(db(), { patientId: jordan.patientId, therapistId: maya.therapistId, visitTypeId, startsAt, status })
  ).id;
}

const save = (as: Caller, id: string, body: unknown) => call(putNote, { method: 'PUT', as, params: { id }, json: body });
const sign = (as: Caller, id: string, expectedUpdatedAt: string) =>
  call(signNote, { as, params: { id }, json: { expectedUpdatedAt } });
const read = (as: Caller, id: string) => call(getNote, { as, params: { id } });
const addendum = (as: Caller, id: string, text: string) => call(addAddendum, { as, params: { id }, json: { text } });

async function signedVisit() {
  const id = await visit();
  const draft = await save(maya, id, soap());
  const signed = await sign(maya, id, draft.body.updatedAt);
  expect(signed.status).toBe(200);
  return { id, noteId: signed.body.id as string };
}

beforeAll(async () => {
  const practice = await createPractice(db());
  const clinic = await createClinic(db(), practice.id, { timezone: ZONE });
  const other = await createPractice(db());
  const t = async (name: string, practiceId: string) => {
    const u = await createTherapist(db(), { name, practiceId, clinicId: clinic.id, timezone: ZONE });
    return { ...u, therapistId: u.therapist!.id };
  };
  maya = await t('Maya Chen', practice.id);
  luis = await t('Luis Herrera', practice.id);
  elsewhere = await t('Omar Haddad', other.id);
  practiceAdmin = await createAdmin(db(), { practiceId: practice.id });
  otherAdmin = await createAdmin(db(), { practiceId: other.id });
  networkAdmin = await createAdmin(db(), { practiceId: null });
  const p = async (name: string) => {
    const u = await createPatient(db(), { name });
    return { ...u, patientId: u.patient!.id };
  };
  jordan = await p('Jordan Miller');
  alex = await p('Alex Rivera');
  visitTypeId = (await createVisitType(db(), { durationMinutes: 60, modality: 'IN_CLINIC' })).id;
});

describe('the SOAP note of a visit', () => {
  it('goes draft → edited draft → signed; then edits are refused with 409 and an addendum is added with author and time', async () => {
    const id = await visit();
    const first = await save(maya, id, soap({ plan: '' }));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      status: 'DRAFT',
      signedAt: null,
      therapist: { name: 'Maya Chen' },
      plan: '',
      addenda: [],
    });

    const edited = await save(maya, id, soap({ expectedUpdatedAt: first.body.updatedAt }));
    expect(edited.status).toBe(200);
    expect(edited.body.plan).toBe('Progress bird-dog; review in 2 weeks.');

    // A second tab still holding the first version cannot overwrite the edit.
    const stale = await save(maya, id, soap({ subjective: 'stale', expectedUpdatedAt: first.body.updatedAt }));
    expect(stale.status).toBe(409);
    // Signing names the version read: signing the stale one is refused too.
    expect((await sign(maya, id, first.body.updatedAt)).status).toBe(409);

    const signed = await sign(maya, id, edited.body.updatedAt);
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ status: 'SIGNED', subjective: soap().subjective, plan: soap().plan });
    expect(signed.body.signedAt).toEqual(expect.any(String));

    const afterSign = await save(maya, id, soap({ plan: 'changed', expectedUpdatedAt: signed.body.updatedAt }));
    expect(afterSign.status).toBe(409);
    expect(afterSign.body.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('signed') });
    expect((await sign(maya, id, signed.body.updatedAt)).status).toBe(409);

    const added = await addendum(maya, id, '  Forgot: patient also reports mild numbness in the left foot.  ');
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      text: 'Forgot: patient also reports mild numbness in the left foot.',
      author: { name: 'Maya Chen' },
    });

    const now = await read(maya, id);
    expect(now.body).toMatchObject({
      status: 'SIGNED',
      plan: soap().plan,
      addenda: [{ text: added.body.text, author: { name: 'Maya Chen' } }],
    });
  });

  it('refuses signing an empty assessment or plan, an addendum on a draft, and notes for a cancelled visit', async () => {
    const id = await visit();
    const draft = await save(maya, id, soap({ assessment: ' ' }));
    expect((await sign(maya, id, draft.body.updatedAt)).status).toBe(422);
    expect((await addendum(maya, id, 'Too early')).status).toBe(409);
    const cancelled = await visit(new Date(Date.now() - 5 * HOUR), 'CANCELLED');
    expect((await save(maya, cancelled, soap())).status).toBe(409);
  });

  it('cannot be signed before the visit has begun', async () => {
    const id = await visit(new Date(Date.now() + 48 * HOUR));
    const draft = await save(maya, id, soap());
    expect(draft.status).toBe(200);
    const refused = await sign(maya, id, draft.body.updatedAt);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/begun/);
  });

  it('is written only by the treating therapist: others get 404, an admin of the practice 403', async () => {
    const id = await visit();
    const draft = await save(maya, id, soap());
    for (const someone of [luis, elsewhere]) {
      expect((await save(someone, id, soap({ expectedUpdatedAt: draft.body.updatedAt }))).status).toBe(404);
      expect((await sign(someone, id, draft.body.updatedAt)).status).toBe(404);
      expect((await read(someone, id)).status).toBe(404);
    }
    expect((await save(practiceAdmin, id, soap({ expectedUpdatedAt: draft.body.updatedAt }))).status).toBe(403);
    expect((await save(jordan, id, soap())).status).toBe(403);
    expect((await read(maya, id)).body.subjective).toBe(soap().subjective);
  });

  it('is read by admins of its practice and network admins, not by an admin of another practice', async () => {
    const { id } = await signedVisit();
    expect((await read(practiceAdmin, id)).status).toBe(200);
    expect((await read(networkAdmin, id)).status).toBe(200);
    expect((await read(otherAdmin, id)).status).toBe(404);
  });

  it("is not shown to admins while it is a draft (the therapist's working copy)", async () => {
    const id = await visit();
    await save(maya, id, soap());
    expect((await read(practiceAdmin, id)).status).toBe(404);
    expect((await read(maya, id)).status).toBe(200);
  });

  it('is shown to its patient once signed, never as a draft, and never to another patient', async () => {
    const id = await visit();
    const draft = await save(maya, id, soap());
    expect((await read(jordan, id)).status).toBe(404);
    await sign(maya, id, draft.body.updatedAt);
    const seen = await read(jordan, id);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ status: 'SIGNED', assessment: soap().assessment });
    expect((await read(alex, id)).status).toBe(404);
    expect((await addendum(jordan, id, 'I disagree')).status).toBe(403);
  });

  it('records every read and write in the audit log with the patient', async () => {
    const { id, noteId } = await signedVisit();
    await read(jordan, id);
    await read(practiceAdmin, id);
    await addendum(maya, id, 'Addendum for the audit');
    const events = await db().auditEvent.findMany({ where: { entityId: noteId }, orderBy: { at: 'asc' } });
    expect(events).toHaveLength(5);
    expect(events.map((e) => [e.action, e.actorId])).toEqual(
      expect.arrayContaining([
        ['note.create', maya.id],
        ['note.sign', maya.id],
        ['note.read', jordan.id],
        ['note.read', practiceAdmin.id],
        ['note.addendum', maya.id],
      ]),
    );
    expect(events.every((e) => e.patientId === jordan.patientId)).toBe(true);
  });

  it('is kept unchanged by the database itself once signed, and addenda are append-only', async () => {
    const { id, noteId } = await signedVisit();
    await expect(db().$executeRaw`UPDATE visit_notes SET plan = 'rewritten' WHERE id = ${noteId}`).rejects.toThrow(/immutable/);
    await expect(db().$executeRaw`DELETE FROM visit_notes WHERE id = ${noteId}`).rejects.toThrow(/cannot be deleted/);
    const added = await addendum(maya, id, 'Append only');
    await expect(db().$executeRaw`UPDATE visit_note_addenda SET text = 'x' WHERE id = ${added.body.id}`).rejects.toThrow(
      /append-only/,
    );
    expect((await read(maya, id)).body.plan).toBe(soap().plan);
  });

  it('names a refusal of the database trigger as a 409 conflict (the backstop behind the app check)', async () => {
    const { noteId } = await signedVisit();
    const refused = await refusingSignedChanges(() =>
      db().visitNote.update({ where: { id: noteId }, data: { plan: 'sneaky' } }),
    ).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ status: 409, code: 'CONFLICT', message: expect.stringContaining('signed') });
  });

  it('answers a save racing a sign with 409, never a lost edit', async () => {
    const id = await visit();
    const draft = await save(maya, id, soap());
    const [edit, signing] = await Promise.all([
      save(maya, id, soap({ plan: 'Racing edit', expectedUpdatedAt: draft.body.updatedAt })),
      sign(maya, id, draft.body.updatedAt),
    ]);
    expect([edit.status, signing.status].sort()).toEqual([200, 409]);
    const final = await read(maya, id);
    // Either the edit won (and the note stays a draft with it) or the sign won (and the edit was refused).
    if (edit.status === 200) expect(final.body).toMatchObject({ status: 'DRAFT', plan: 'Racing edit' });
    else expect(final.body).toMatchObject({ status: 'SIGNED', plan: soap().plan });
  });
});
