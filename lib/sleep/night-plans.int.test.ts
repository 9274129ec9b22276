// Issue 16 part 5: times of day on plan items (today's groups, logs per time) and the sleep
// check-in (log, trend, night-pain flag), with the care-relationship rules of decision 013.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { addDays, dbDate, todayIn } from '@/lib/plans/calendar';
import { call, type Caller } from '@/tests/support/http';
import {
  createAppointment,
  createClinic,
  createPatient,
  createPractice,
  createTherapist,
  createVisitType,
  installStarterLibrary,
} from '@/prisma/factories';
import { POST as createPlanRoute } from '@/app/api/patients/[id]/plans/route';
import { POST as log } from '@/app/api/exercise-logs/route';
import { GET as listTemplates, POST as saveTemplate } from '@/app/api/plan-templates/route';
import { GET as dashboard } from '@/app/api/patient-dashboard/route';
import { POST as checkIn } from '@/app/api/sleep-check-ins/route';
import { GET as sleepTrend } from '@/app/api/patients/[id]/sleep-check-ins/route';

const ZONE = 'America/New_York';
const today = () => todayIn(ZONE, new Date());

let lib: Map<string, string>;
let maya: Caller & { therapistId: string };
let elsewhere: Caller & { therapistId: string };
let visitTypeId: string;

async function mayasPatient(name: string) {
  const user = await createPatient(db(), { name });
  const p = { ...user, patientId: user.patient!.id };
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
const planBody = (items: unknown[]) => ({ title: 'Nights', startsOn: today(), endsOn: addDays(today(), 27), notes: '', items });

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
  elsewhere = await t('Omar Haddad', other.id, null);
  visitTypeId = (await createVisitType(db(), { durationMinutes: 60 })).id;
});

describe('times of day on plan items', () => {
  it('groups today by time of day and ticks each time off by a log for that time', async () => {
    const p = await mayasPatient('Night Owl');
    const created = await call(createPlanRoute, {
      method: 'POST',
      as: maya,
      params: { id: p.patientId },
      json: planBody([item('pelvic-tilt', { timesOfDay: ['BEFORE_BED', 'MORNING'], timesPerDay: 2 }), item('bird-dog')]),
    });
    expect(created.status).toBe(201);
    expect(created.body.current.items[0].timesOfDay).toEqual(['MORNING', 'BEFORE_BED']);
    const planId = created.body.id as string;
    const tilt = lib.get('pelvic-tilt')!;

    const ok = await call(log, {
      method: 'POST',
      as: p,
      json: { planId, exerciseId: tilt, setsDone: 2, pain: 3, difficulty: 'EASY', timeOfDay: 'BEFORE_BED' },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.timeOfDay).toBe('BEFORE_BED');

    const d = await call(dashboard, { as: p });
    expect(d.status).toBe(200);
    expect(
      d.body.timeGroups.map((g: { heading: string; items: { name: string; doneAtThisTime: boolean }[] }) => [
        g.heading,
        g.items.map((i) => i.doneAtThisTime),
      ]),
    ).toEqual([
      ['This morning', [false]],
      ['Before bed', [true]],
      ['Any time today', [false]],
    ]);
  });

  it('refuses a time the item is not planned at (422) and hostile times of day (400)', async () => {
    const p = await mayasPatient('Early Bird');
    const created = await call(createPlanRoute, {
      method: 'POST',
      as: maya,
      params: { id: p.patientId },
      json: planBody([item('pelvic-tilt', { timesOfDay: ['MORNING'] })]),
    });
    const body = { planId: created.body.id, exerciseId: lib.get('pelvic-tilt')!, setsDone: 2, pain: 3, difficulty: 'EASY' };
    const wrong = await call(log, { method: 'POST', as: p, json: { ...body, timeOfDay: 'MIDDAY' } });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.code).toBe('TIME_OF_DAY_NOT_IN_PLAN');
    expect((await call(log, { method: 'POST', as: p, json: { ...body, timeOfDay: 'NOON' } })).status).toBe(400);
    const twice = await call(createPlanRoute, {
      method: 'POST',
      as: maya,
      params: { id: p.patientId },
      json: planBody([item('bird-dog', { timesOfDay: ['MORNING', 'MORNING'] })]),
    });
    expect(twice.status).toBe(400);
    expect(
      (
        await call(createPlanRoute, {
          method: 'POST',
          as: maya,
          params: { id: p.patientId },
          json: planBody([item('bird-dog', { timesOfDay: 'MORNING' })]),
        })
      ).status,
    ).toBe(400);
  });
});

describe('times of day on templates', () => {
  it('the starter low back template puts stretches in the morning and before bed, and a saved template keeps its times', async () => {
    const list = await call(listTemplates, { as: maya });
    expect(list.status).toBe(200);
    const acute = list.body.templates.find((t: { name: string }) => t.name.startsWith('Acute low back pain'));
    expect(acute.items.find((i: { exerciseId: string }) => i.exerciseId === lib.get('pelvic-tilt')).timesOfDay).toEqual([
      'MORNING',
      'BEFORE_BED',
    ]);
    const saved = await call(saveTemplate, {
      method: 'POST',
      as: maya,
      json: { name: 'Nights', items: [item('cat-camel', { timesOfDay: ['BEFORE_BED'] })] },
    });
    expect(saved.status).toBe(201);
    expect(saved.body.items[0].timesOfDay).toEqual(['BEFORE_BED']);
  });

  it('refuses more times of day than times a day (400)', async () => {
    const p = await mayasPatient('Too Many');
    const r = await call(createPlanRoute, {
      method: 'POST',
      as: maya,
      params: { id: p.patientId },
      json: planBody([item('bird-dog', { timesPerDay: 1, timesOfDay: ['MORNING', 'EVENING'] })]),
    });
    expect(r.status).toBe(400);
  });
});

describe('sleep check-in', () => {
  it('logs today once (a second log replaces it) and the treating therapist sees the trend', async () => {
    const p = await mayasPatient('Sleepy Sam');
    const first = await call(checkIn, { method: 'POST', as: p, json: { painLyingDown: 6, timesWoken: 2, hoursSlept: 5.5 } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ checkedOn: today(), painLyingDown: 6, timesWoken: 2, hoursSlept: 5.5, flagged: false });
    expect(
      (await call(checkIn, { method: 'POST', as: p, json: { painLyingDown: 4, timesWoken: 1, hoursSlept: 7 } })).status,
    ).toBe(201);
    expect(await db().sleepCheckIn.count({ where: { patientId: p.patientId } })).toBe(1);

    const seen = await call(sleepTrend, { as: maya, params: { id: p.patientId } });
    expect(seen.status).toBe(200);
    expect(seen.body.checkIns).toEqual([expect.objectContaining({ checkedOn: today(), painLyingDown: 4, hoursSlept: 7 })]);
    expect(seen.body.thisWeek).toMatchObject({ checkIns: 1, averagePain: 4 });
    expect((await call(sleepTrend, { as: p, params: { id: p.patientId } })).status).toBe(200);
    expect(await db().auditEvent.count({ where: { actorId: maya.id, action: 'sleep.read', patientId: p.patientId } })).toBe(1);
  });

  it("hides a patient's sleep from another practice's therapist and from another patient (404), and only patients log (403)", async () => {
    const p = await mayasPatient('Private Pat');
    const other = await mayasPatient('Other Olive');
    await call(checkIn, { method: 'POST', as: p, json: { painLyingDown: 5, timesWoken: 0, hoursSlept: 8 } });
    expect((await call(sleepTrend, { as: elsewhere, params: { id: p.patientId } })).status).toBe(404);
    expect((await call(sleepTrend, { as: other, params: { id: p.patientId } })).status).toBe(404);
    expect((await call(sleepTrend, { as: maya, params: { id: 'no-such-patient' } })).status).toBe(404);
    expect(
      (await call(checkIn, { method: 'POST', as: maya, json: { painLyingDown: 5, timesWoken: 0, hoursSlept: 8 } })).status,
    ).toBe(403);
    expect((await call(sleepTrend, { params: { id: p.patientId } })).status).toBe(401);
  });

  it.each([
    { painLyingDown: 11, timesWoken: 0, hoursSlept: 8 },
    { painLyingDown: -1, timesWoken: 0, hoursSlept: 8 },
    { painLyingDown: 3.5, timesWoken: 0, hoursSlept: 8 },
    { painLyingDown: 3, timesWoken: 21, hoursSlept: 8 },
    { painLyingDown: 3, timesWoken: 0, hoursSlept: 7.3 },
    { painLyingDown: 3, timesWoken: 0, hoursSlept: 25 },
    { painLyingDown: '3', timesWoken: 0, hoursSlept: 8 },
    {},
  ])('answers 400 to %j', async (json) => {
    const p = await mayasPatient('Hostile Hal');
    const r = await call(checkIn, { method: 'POST', as: p, json });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('flags the therapist once a week when night pain is 2+ worse than the week before', async () => {
    const p = await mayasPatient('Restless Rae');
    const created = await call(createPlanRoute, {
      method: 'POST',
      as: maya,
      params: { id: p.patientId },
      json: planBody([item('pelvic-tilt')]),
    });
    const night = (back: number, pain: number) => ({
      patientId: p.patientId,
      checkedOn: dbDate(addDays(today(), -back)),
      painLyingDown: pain,
      timesWoken: 1,
      halfHoursSlept: 12,
    });
    await db().sleepCheckIn.createMany({ data: [night(10, 2), night(9, 3), night(8, 2), night(3, 5), night(2, 5)] });
    const r = await call(checkIn, { method: 'POST', as: p, json: { painLyingDown: 6, timesWoken: 3, hoursSlept: 4 } });
    expect(r.status).toBe(201);
    expect(r.body.flagged).toBe(true);
    const flags = await db().patientFlag.findMany({ where: { planId: created.body.id, kind: 'NIGHT_PAIN_WORSE' } });
    expect(flags).toHaveLength(1);
    expect(flags[0]!.detail).toContain('5.3/10');
    const again = await call(checkIn, { method: 'POST', as: p, json: { painLyingDown: 7, timesWoken: 3, hoursSlept: 4 } });
    expect(again.body.flagged).toBe(false);
    expect(await db().patientFlag.count({ where: { planId: created.body.id, kind: 'NIGHT_PAIN_WORSE' } })).toBe(1);
    const trend = await call(sleepTrend, { as: maya, params: { id: p.patientId } });
    expect(trend.body.nightPainWorse).toBe(true);
  });
});
