import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { addDays, todayIn } from '@/lib/plans/calendar';
import { call, type Caller } from '@/tests/support/http';
import {
  createAdmin,
  createAppointment,
  createClinic,
  createExercisePlan,
  createPatient,
  createPractice,
  createTherapist,
  createVisitType,
  installStarterLibrary,
} from '@/prisma/factories';
import { GET as getPlan } from '@/app/api/plans/[id]/route';
import { POST as revise } from '@/app/api/plans/[id]/versions/route';
import { POST as endPlanRoute } from '@/app/api/plans/[id]/end/route';
import { GET as listPlans, POST as createPlanRoute } from '@/app/api/patients/[id]/plans/route';
import { GET as progress } from '@/app/api/patients/[id]/progress/route';
import { GET as patients } from '@/app/api/patients/route';
import { POST as log } from '@/app/api/exercise-logs/route';
import { GET as dashboard } from '@/app/api/patient-dashboard/route';
import { GET as listTemplates, POST as saveTemplate } from '@/app/api/plan-templates/route';

const ZONE = 'America/New_York';
const today = () => todayIn(ZONE, new Date());

let lib: Map<string, string>;
let maya: Caller & { therapistId: string };
let luis: Caller & { therapistId: string };
let elsewhere: Caller & { therapistId: string };
let practiceAdmin: Caller;
let otherAdmin: Caller;
let visitTypeId: string;

async function patient(name: string) {
  const user = await createPatient(db(), { name });
  return { ...user, patientId: user.patient!.id };
}

/** A patient Maya treats: they had a visit together. */
async function mayasPatient(name = 'Jordan Miller') {
  const p = await patient(name);
  await createAppointment(db(), {
    patientId: p.patientId,
    therapistId: maya.therapistId,
    visitTypeId,
    startsAt: new Date(Date.now() - 3 * 86_400_000),
    status: 'COMPLETED',
  });
  return p;
}

const item = (slug: string, over: Record<string, unknown> = {}) => ({
  exerciseId: lib.get(slug)!,
  sets: 2,
  reps: 10,
  holdSeconds: null,
  minutes: null,
  timesPerDay: 1,
  daysPerWeek: 7,
  notes: '',
  ...over,
});

const planBody = (over: Record<string, unknown> = {}) => ({
  title: 'Home program',
  startsOn: today(),
  endsOn: addDays(today(), 41),
  notes: 'Little and often.',
  items: [item('pelvic-tilt'), item('bird-dog', { sets: 1, reps: 6, holdSeconds: 8, daysPerWeek: 5 })],
  ...over,
});

const createFor = (as: Caller, patientId: string, body: unknown = planBody()) =>
  call(createPlanRoute, { method: 'POST', as, params: { id: patientId }, json: body });

beforeAll(async () => {
  lib = await installStarterLibrary(db());
  const practice = await createPractice(db());
  const clinic = await createClinic(db(), practice.id, { timezone: ZONE });
  const other = await createPractice(db());
  const t = async (name: string, practiceId: string, clinicId: string | null) => {
    const u = await createTherapist(db(), { name, practiceId, clinicId, timezone: ZONE });
    return { ...u, therapistId: u.therapist!.id };
  };
  maya = await t('Maya Chen', practice.id, clinic.id);
  luis = await t('Luis Herrera', practice.id, clinic.id);
  elsewhere = await t('Omar Haddad', other.id, null);
  practiceAdmin = await createAdmin(db(), { practiceId: practice.id });
  otherAdmin = await createAdmin(db(), { practiceId: other.id });
  visitTypeId = (await createVisitType(db(), { durationMinutes: 60 })).id;
});

describe('plan versioning', () => {
  it('creates version 1, then each edit adds a version and keeps the history; the patient sees the current one', async () => {
    const p = await mayasPatient();
    const created = await createFor(maya, p.patientId);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: 'Home program',
      therapist: { name: 'Maya Chen' },
      patient: { name: 'Jordan Miller' },
      history: [],
      current: { version: 1, startsOn: today(), effectiveFrom: today(), createdBy: 'Maya Chen' },
    });
    expect(created.body.current.items.map((i: { name: string; dosageText: string }) => [i.name, i.dosageText])).toEqual([
      ['Pelvic tilt', '2 sets of 10 · once a day · every day'],
      ['Bird dog', '6 reps, hold 8 s · once a day · 5 days a week'],
    ]);
    const planId = created.body.id;

    const edited = await call(revise, {
      method: 'POST',
      as: maya,
      params: { id: planId },
      json: {
        ...planBody({ items: [item('bird-dog', { sets: 2, reps: 8 }), item('glute-bridge')] }),
        basedOnVersion: 1,
        notes: 'Progressed.',
      },
    });
    expect(edited.status).toBe(201);
    expect(edited.body.current).toMatchObject({ version: 2, notes: 'Progressed.', effectiveFrom: today() });
    expect(edited.body.current.items.map((i: { name: string }) => i.name)).toEqual(['Bird dog', 'Glute bridge']);
    expect(edited.body.history).toHaveLength(1);
    expect(edited.body.history[0]).toMatchObject({ version: 1, notes: 'Little and often.' });
    expect(edited.body.history[0].items.map((i: { name: string }) => i.name)).toEqual(['Pelvic tilt', 'Bird dog']);

    const seen = await call(getPlan, { as: p, params: { id: planId } });
    expect(seen.status).toBe(200);
    expect(seen.body.current.version).toBe(2);
    const board = await call(dashboard, { as: p });
    expect(board.body.plan).toMatchObject({ id: planId, version: 2, therapist: 'Maya Chen' });
    expect(board.body.checklist.map((c: { name: string }) => c.name)).toEqual(['Bird dog', 'Glute bridge']);

    expect(await db().exercisePlanVersion.count({ where: { planId } })).toBe(2);
    expect(
      await db().auditEvent.findMany({ where: { entityId: planId }, select: { action: true }, orderBy: { at: 'asc' } }),
    ).toEqual([{ action: 'plan.create' }, { action: 'plan.revise' }]);
  });

  it('refuses an edit based on an older version (someone saved meanwhile), and writes nothing', async () => {
    const p = await mayasPatient();
    const planId = (await createFor(maya, p.patientId)).body.id;
    const first = await call(revise, {
      method: 'POST',
      as: maya,
      params: { id: planId },
      json: { ...planBody(), basedOnVersion: 1 },
    });
    expect(first.status).toBe(201);
    const stale = await call(revise, {
      method: 'POST',
      as: maya,
      params: { id: planId },
      json: { ...planBody(), basedOnVersion: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('PLAN_CHANGED');
    expect(await db().exercisePlanVersion.count({ where: { planId } })).toBe(2);
  });

  it('two edits racing from the same version: one wins, the other is told to reload', async () => {
    const p = await mayasPatient();
    const planId = (await createFor(maya, p.patientId)).body.id;
    const results = await Promise.all(
      [1, 2].map(() =>
        call(revise, { method: 'POST', as: maya, params: { id: planId }, json: { ...planBody(), basedOnVersion: 1 } }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await db().exercisePlanVersion.count({ where: { planId } })).toBe(2);
  });

  it('allows one open plan per patient; after ending it a new one can start', async () => {
    const p = await mayasPatient();
    const planId = (await createFor(maya, p.patientId)).body.id;
    const second = await createFor(maya, p.patientId);
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('PLAN_EXISTS');
    const ended = await call(endPlanRoute, { method: 'POST', as: maya, params: { id: planId } });
    expect(ended.status).toBe(200);
    expect(ended.body.endedAt).not.toBeNull();
    expect(
      (await call(revise, { method: 'POST', as: maya, params: { id: planId }, json: { ...planBody(), basedOnVersion: 1 } })).body
        .error.code,
    ).toBe('PLAN_ENDED');
    expect((await createFor(maya, p.patientId)).status).toBe(201);
    const list = await call(listPlans, { as: maya, params: { id: p.patientId } });
    expect(list.body.plans.map((x: { endedAt: string | null }) => x.endedAt === null)).toEqual([true, false]);
  });

  it('checks the plan form: dates in order, each exercise once, only exercises from the library', async () => {
    const p = await mayasPatient();
    const backwards = await createFor(maya, p.patientId, planBody({ endsOn: addDays(today(), -1) }));
    expect(backwards.status).toBe(400);
    const twice = await createFor(maya, p.patientId, planBody({ items: [item('pelvic-tilt'), item('pelvic-tilt')] }));
    expect(twice.status).toBe(400);
    const unknown = await createFor(
      maya,
      p.patientId,
      planBody({ items: [{ ...item('pelvic-tilt'), exerciseId: 'cm0000000000000000000000' }] }),
    );
    expect(unknown.status).toBe(400);
    const zeroSets = await createFor(maya, p.patientId, planBody({ items: [item('pelvic-tilt', { sets: 0 })] }));
    expect(zeroSets.status).toBe(400);
    expect(await db().exercisePlan.count({ where: { patientId: p.patientId } })).toBe(0);
  });
});

describe('who may see and change plans', () => {
  it('another therapist, even in the same practice, gets 404 for everything about the patient', async () => {
    const p = await mayasPatient();
    const planId = (await createFor(maya, p.patientId)).body.id;
    for (const as of [luis, elsewhere]) {
      expect((await call(getPlan, { as, params: { id: planId } })).status).toBe(404);
      expect((await call(listPlans, { as, params: { id: p.patientId } })).status).toBe(404);
      expect((await call(progress, { as, params: { id: p.patientId } })).status).toBe(404);
      expect((await createFor(as, p.patientId)).status).toBe(404);
      const edit = await call(revise, { method: 'POST', as, params: { id: planId }, json: { ...planBody(), basedOnVersion: 1 } });
      expect(edit.status).toBe(404);
      expect((await call(endPlanRoute, { method: 'POST', as, params: { id: planId } })).status).toBe(404);
    }
    expect(await db().exercisePlanVersion.count({ where: { planId } })).toBe(1);
    const luisPatients = await call(patients, { as: luis });
    expect(luisPatients.body.patients.map((x: { id: string }) => x.id)).not.toContain(p.patientId);
  });

  it("a patient sees only their own plan, and cannot log against someone else's", async () => {
    const p = await mayasPatient();
    const stranger = await patient('Alex Rivera');
    const planId = (await createFor(maya, p.patientId)).body.id;
    expect((await call(getPlan, { as: stranger, params: { id: planId } })).status).toBe(404);
    const res = await call(log, {
      method: 'POST',
      as: stranger,
      json: { planId, exerciseId: lib.get('pelvic-tilt'), setsDone: 1, repsDone: 10, pain: 2, difficulty: 'EASY' },
    });
    expect(res.status).toBe(404);
    expect((await call(listPlans, { as: p, params: { id: p.patientId } })).status).toBe(403);
    expect((await call(dashboard, { as: stranger })).body.plan).toBeNull();
    expect(await db().exerciseLog.count({ where: { planId } })).toBe(0);
  });

  it("admins: their own practice's plans only", async () => {
    const p = await mayasPatient();
    const planId = (await createFor(maya, p.patientId)).body.id;
    expect((await call(getPlan, { as: practiceAdmin, params: { id: planId } })).status).toBe(200);
    expect((await call(getPlan, { as: otherAdmin, params: { id: planId } })).status).toBe(404);
    expect((await call(listPlans, { as: otherAdmin, params: { id: p.patientId } })).status).toBe(404);
  });

  it('a plan makes a therapist treat the patient, without any appointment', async () => {
    const p = await patient('Sam Patel');
    await createExercisePlan(db(), {
      patientId: p.patientId,
      therapistId: luis.therapistId,
      versions: [{ startsOn: today(), items: [{ exerciseId: lib.get('cat-camel')! }] }],
    });
    const res = await call(progress, { as: luis, params: { id: p.patientId } });
    expect(res.status).toBe(200);
    expect(res.body.plan.therapist.name).toBe('Luis Herrera');
    expect((await call(patients, { as: luis })).body.patients.map((x: { name: string }) => x.name)).toContain('Sam Patel');
    expect((await call(progress, { as: maya, params: { id: p.patientId } })).status).toBe(404);
  });
});

describe('exercise logs', () => {
  it('logs an exercise of the current plan for today, and the dashboard counts it', async () => {
    const p = await mayasPatient();
    const planId = (await createFor(maya, p.patientId)).body.id;
    const res = await call(log, {
      method: 'POST',
      as: p,
      json: {
        planId,
        exerciseId: lib.get('pelvic-tilt'),
        setsDone: 2,
        repsDone: 10,
        pain: 3,
        difficulty: 'ABOUT_RIGHT',
        comment: 'Fine.',
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ performedOn: today(), pain: 3, doneToday: 1, comment: 'Fine.' });
    const board = (await call(dashboard, { as: p })).body;
    expect(board.checklist.find((c: { name: string }) => c.name === 'Pelvic tilt')).toMatchObject({
      state: 'done',
      doneToday: 1,
    });
    expect(board.week.done).toBe(1);
    expect(board.streak).toBe(1);
    expect(board.progress.at(-1)).toMatchObject({ averagePain: 3, sessionsLogged: 1 });
  });

  it('refuses an exercise that is not in the current plan (never, or no longer since an edit)', async () => {
    const p = await mayasPatient();
    const planId = (await createFor(maya, p.patientId)).body.id;
    const body = (slug: string) => ({ planId, exerciseId: lib.get(slug), setsDone: 1, repsDone: 5, pain: 2, difficulty: 'EASY' });
    const never = await call(log, { method: 'POST', as: p, json: body('dead-bug') });
    expect(never.status).toBe(422);
    expect(never.body.error.code).toBe('EXERCISE_NOT_IN_PLAN');
    await call(revise, {
      method: 'POST',
      as: maya,
      params: { id: planId },
      json: { ...planBody({ items: [item('bird-dog')] }), basedOnVersion: 1 },
    });
    const dropped = await call(log, { method: 'POST', as: p, json: body('pelvic-tilt') });
    expect(dropped.status).toBe(422);
    expect(dropped.body.error.code).toBe('EXERCISE_NOT_IN_PLAN');
    expect((await call(log, { method: 'POST', as: p, json: body('bird-dog') })).status).toBe(201);
    expect(await db().exerciseLog.count({ where: { planId } })).toBe(1);
  });

  it('refuses a plan that has not started yet, or has ended', async () => {
    const p = await mayasPatient();
    const planId = (await createFor(maya, p.patientId, planBody({ startsOn: addDays(today(), 2) }))).body.id;
    const early = await call(log, {
      method: 'POST',
      as: p,
      json: { planId, exerciseId: lib.get('pelvic-tilt'), setsDone: 1, pain: 1, difficulty: 'EASY' },
    });
    expect(early.status).toBe(422);
    await call(endPlanRoute, { method: 'POST', as: maya, params: { id: planId } });
    const ended = await call(log, {
      method: 'POST',
      as: p,
      json: { planId, exerciseId: lib.get('pelvic-tilt'), setsDone: 1, pain: 1, difficulty: 'EASY' },
    });
    expect(ended.status).toBe(404);
  });

  it('refuses pain outside 0–10 and other bad values, with the error shape', async () => {
    const p = await mayasPatient();
    const planId = (await createFor(maya, p.patientId)).body.id;
    const base = { planId, exerciseId: lib.get('pelvic-tilt'), setsDone: 1, repsDone: 10, difficulty: 'EASY' };
    for (const bad of [
      { pain: 11 },
      { pain: -1 },
      { pain: 4.5 },
      { pain: null },
      { pain: 3, setsDone: -1 },
      { pain: 3, difficulty: 'BRUTAL' },
    ]) {
      const res = await call(log, { method: 'POST', as: p, json: { ...base, ...bad } });
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect(await db().exerciseLog.count({ where: { planId } })).toBe(0);
    // and the database refuses it too, whatever the application does
    const version = await db().exercisePlanVersion.findFirstOrThrow({ where: { planId } });
    await expect(
      db().exerciseLog.create({
        data: {
          patientId: p.patientId,
          planId,
          versionId: version.id,
          exerciseId: lib.get('pelvic-tilt')!,
          performedOn: new Date(),
          setsDone: 1,
          pain: 11,
          difficulty: 'EASY',
        },
      }),
    ).rejects.toThrow();
    await expect(
      db().exerciseLog.create({
        data: {
          patientId: p.patientId,
          planId,
          versionId: version.id,
          exerciseId: lib.get('dead-bug')!,
          performedOn: new Date(),
          setsDone: 1,
          pain: 1,
          difficulty: 'EASY',
        },
      }),
    ).rejects.toThrow();
  });

  it('a logged pain of 8 or more flags the plan for the therapist, once a day', async () => {
    const p = await mayasPatient();
    const planId = (await createFor(maya, p.patientId)).body.id;
    for (const pain of [8, 9]) {
      expect(
        (
          await call(log, {
            method: 'POST',
            as: p,
            json: { planId, exerciseId: lib.get('pelvic-tilt'), setsDone: 1, pain, difficulty: 'TOO_HARD' },
          })
        ).status,
      ).toBe(201);
    }
    const flags = await db().patientFlag.findMany({ where: { planId } });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'HIGH_PAIN', key: `high-pain:${today()}` });
    expect(flags[0]!.detail).toContain('Logged pain 8/10 with Pelvic tilt');
  });
});

describe('templates', () => {
  it('lists the starter templates, and a therapist saves their own which only they see', async () => {
    const shared = await call(listTemplates, { as: maya });
    expect(shared.status).toBe(200);
    const acute = shared.body.templates.find((t: { name: string }) => t.name === 'Acute low back pain — week 1–2');
    expect(acute).toMatchObject({ kind: 'shared' });
    expect(acute.items.length).toBeGreaterThanOrEqual(5);

    const saved = await call(saveTemplate, {
      method: 'POST',
      as: maya,
      json: {
        name: 'My sciatica start',
        items: [item('sciatic-nerve-glide'), item('walking-program', { reps: null, minutes: 15 })],
      },
    });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ kind: 'mine', name: 'My sciatica start' });
    expect(saved.body.items[1].dosageText).toBe('15 min · once a day · every day');
    expect((await call(listTemplates, { as: maya })).body.templates.map((t: { name: string }) => t.name)).toContain(
      'My sciatica start',
    );
    expect((await call(listTemplates, { as: luis })).body.templates.map((t: { name: string }) => t.name)).not.toContain(
      'My sciatica start',
    );
  });
});
