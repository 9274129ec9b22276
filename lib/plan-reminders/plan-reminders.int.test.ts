// Plan reminders (issue 16 part 5, decision 030): the patient's choice over HTTP, the queued job at
// the next local instant, the email through the real SMTP catcher once per local date, and the
// chain stopping with the plan or the patient's "off".
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/roles';
import { createExercise, createExercisePlan, createPatient, createPractice, createTherapist } from '@/prisma/factories';
import { call } from '@/tests/support/http';
import { latestMailTo, mailsTo } from '@/tests/support/mail';
import { GET, PUT } from '@/app/api/me/plan-reminders/route';
import { runJob } from '@/lib/jobs/run-job';
import { addDays, localDateOf } from '@/lib/scheduling/zoned-time';
import { nextReminderAt } from './next-reminder';
import type { PlanReminderJob } from './queue-next-reminder';
import { resumePlanReminders } from './resume-plan-reminders';
import { sendPlanReminder } from './send-plan-reminder';
import { createPlan } from '@/lib/plans/create-plan';
import { createPlanInput } from '@/lib/plans/schemas';

const ZONE = 'Australia/Sydney';
const person = (u: {
  id: string;
  email: string;
  name: string;
  role: SessionUser['role'];
  practiceId: string | null;
}): SessionUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  practiceId: u.practiceId,
});

let therapist: SessionUser;
let therapistId: string;
let stretchId: string;

async function patientWithPlan(name: string, opts: { endsOn?: string } = {}) {
  const user = await createPatient(db(), { name });
  const patientId = user.patient!.id;
  await db().patient.update({ where: { id: patientId }, data: { timezone: ZONE } });
  const today = localDateOf(Date.now(), ZONE);
  await createExercisePlan(db(), {
    patientId,
    therapistId,
    title: 'Nights',
    versions: [
      {
        startsOn: addDays(today, -3),
        endsOn: opts.endsOn ?? null,
        items: [{ exerciseId: stretchId, timesPerDay: 2, timesOfDay: ['MORNING', 'BEFORE_BED'] }],
      },
    ],
  });
  return { patient: person(user), patientId };
}

const queuedJobs = (patientId: string) => db().$queryRaw<{ data: PlanReminderJob; start_after: Date }[]>`
  SELECT data, start_after FROM pgboss.job WHERE name = 'plan.reminder' AND data->>'patientId' = ${patientId} ORDER BY created_on, start_after`;
const reminderRow = (patientId: string, timeOfDay: 'MORNING' | 'BEFORE_BED') =>
  db().planReminder.findUniqueOrThrow({ where: { patientId_timeOfDay: { patientId, timeOfDay } } });

/** A wall time a few hours ahead in the zone, so "today's" reminder is still to come. */
function clockAhead(hours: number): string {
  const f = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });
  return f.format(new Date(Date.now() + hours * 3_600_000));
}

beforeAll(async () => {
  const practice = await createPractice(db(), { name: 'Harbour Reminders' });
  const t = await createTherapist(db(), { practiceId: practice.id, timezone: ZONE, name: 'Remy Therapist' });
  therapist = person(t);
  therapistId = t.therapist!.id;
  stretchId = (await createExercise(db(), { name: 'Knee-to-chest stretch' })).id;
});

describe('choosing reminder times', () => {
  it('offers the plan’s times with defaults, off, until the patient turns one on', async () => {
    const { patient } = await patientWithPlan('Dana Defaults');
    const res = await call(GET, { as: patient });
    expect(res.status).toBe(200);
    expect(res.body.timezone).toBe(ZONE);
    expect(res.body.plannedTimes).toEqual(['MORNING', 'BEFORE_BED']);
    const byTime = Object.fromEntries(res.body.reminders.map((r: { timeOfDay: string }) => [r.timeOfDay, r]));
    expect(byTime.MORNING).toEqual({ timeOfDay: 'MORNING', enabled: false, time: '08:00', nextAt: null });
    expect(byTime.BEFORE_BED).toEqual({ timeOfDay: 'BEFORE_BED', enabled: false, time: '21:30', nextAt: null });
  });

  it('queues the next reminder at the chosen local time, once, and moves it when the time changes', async () => {
    const { patient, patientId } = await patientWithPlan('Kim Chooser');
    const time = clockAhead(3);
    const res = await call(PUT, { as: patient, json: { reminders: [{ timeOfDay: 'BEFORE_BED', enabled: true, time }] } });
    expect(res.status).toBe(200);
    const expected = nextReminderAt(Number(time.slice(0, 2)) * 60 + Number(time.slice(3)), ZONE, new Date());
    const before = res.body.reminders.find((r: { timeOfDay: string }) => r.timeOfDay === 'BEFORE_BED');
    expect(before).toMatchObject({ enabled: true, time, nextAt: expected.at.toISOString() });
    // Saving the same choice again queues nothing more.
    await call(PUT, { as: patient, json: { reminders: [{ timeOfDay: 'BEFORE_BED', enabled: true, time }] } });
    let jobs = await queuedJobs(patientId);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.start_after.toISOString()).toBe(expected.at.toISOString());
    expect(jobs[0]!.data).toEqual({
      patientId,
      timeOfDay: 'BEFORE_BED',
      at: expected.at.toISOString(),
      localDate: expected.localDate,
    });

    // A new time: a new job, and the old one finds itself stale and sends nothing.
    const later = clockAhead(4);
    await call(PUT, { as: patient, json: { reminders: [{ timeOfDay: 'BEFORE_BED', enabled: true, time: later }] } });
    jobs = await queuedJobs(patientId);
    expect(jobs).toHaveLength(2);
    expect(await sendPlanReminder(jobs[0]!.data)).toBe('stale');
    expect(await mailsTo(patient.email)).toHaveLength(0);

    // Off: nothing queued, and the queued job is stale too.
    const off = await call(PUT, { as: patient, json: { reminders: [{ timeOfDay: 'BEFORE_BED', enabled: false, time: later }] } });
    expect(off.body.reminders.find((r: { timeOfDay: string }) => r.timeOfDay === 'BEFORE_BED')).toMatchObject({
      enabled: false,
      nextAt: null,
    });
    expect((await reminderRow(patientId, 'BEFORE_BED')).scheduledFor).toBeNull();
    expect(await sendPlanReminder(jobs[1]!.data)).toBe('stale');
    expect(await mailsTo(patient.email)).toHaveLength(0);
  });

  it('answers 4xx to hostile input and to anyone but a patient', async () => {
    const { patient } = await patientWithPlan('Hal Hostile');
    const bad = [
      { reminders: [{ timeOfDay: 'BEFORE_BED', enabled: true, time: '24:00' }] },
      { reminders: [{ timeOfDay: 'BEFORE_BED', enabled: true, time: '9:30' }] },
      { reminders: [{ timeOfDay: 'BEFORE_BED', enabled: true, time: '21:30\u0000' }] },
      { reminders: [{ timeOfDay: 'NIGHT', enabled: true, time: '21:30' }] },
      { reminders: [{ timeOfDay: 'BEFORE_BED', enabled: 'yes', time: '21:30' }] },
      {
        reminders: [
          { timeOfDay: 'BEFORE_BED', enabled: true, time: '21:30' },
          { timeOfDay: 'BEFORE_BED', enabled: false, time: '22:00' },
        ],
      },
      { reminders: [] },
      { reminders: [{ timeOfDay: 'BEFORE_BED', enabled: true, time: '21:30', patientId: 'someone-else' }] },
      { reminders: [{ timeOfDay: 'BEFORE_BED', enabled: true, time: '21:30' }], patientId: 'someone-else' },
      [],
      'reminders',
    ];
    for (const json of bad) {
      const res = await call(PUT, { as: patient, json });
      expect(res.status, JSON.stringify(json)).toBe(400);
    }
    const notJson = await call(PUT, { as: patient, rawBody: '{"reminders":', headers: { 'content-type': 'application/json' } });
    expect(notJson.status).toBe(400);
    const ok = { reminders: [{ timeOfDay: 'MORNING', enabled: true, time: '07:00' }] };
    expect((await call(PUT, { as: therapist, json: ok })).status).toBe(403);
    expect((await call(GET, { as: therapist })).status).toBe(403);
    expect((await call(PUT, { json: ok })).status).toBe(401);
    expect((await call(GET, {})).status).toBe(401);
  });
});

describe('the reminder job', () => {
  it('emails once for the local date, with a link and no health content, then queues tomorrow’s', async () => {
    const { patient, patientId } = await patientWithPlan('Noa Night');
    await call(PUT, { as: patient, json: { reminders: [{ timeOfDay: 'BEFORE_BED', enabled: true, time: clockAhead(2) }] } });
    const [job] = await queuedJobs(patientId);
    await runJob('plan.reminder', job!.data);
    const mail = await latestMailTo(patient.email);
    expect(mail.subject).toBe('Your before-bed exercises are ready');
    expect(mail.text).toContain('/patient\n');
    expect(mail.text).toContain('/patient/reminders');
    expect(mail.text + mail.html).not.toMatch(/knee|stretch|pain|Nights/i);

    // Tomorrow's is queued for the next local date at the same wall time.
    const next = await queuedJobs(patientId);
    expect(next).toHaveLength(2);
    expect(next[1]!.data.localDate).toBe(addDays(job!.data.localDate, 1));
    expect(next[1]!.data.at).toBe(
      nextReminderAt((await reminderRow(patientId, 'BEFORE_BED')).minuteOfDay, ZONE, new Date(job!.data.at)).at.toISOString(),
    );

    // The same job again (a duplicate) is stale; even put back in charge (a crash before the chain
    // moved on), the claimed local date is not sent twice.
    expect(await sendPlanReminder(job!.data)).toBe('stale');
    await db().planReminder.update({
      where: { patientId_timeOfDay: { patientId, timeOfDay: 'BEFORE_BED' } },
      data: { scheduledFor: new Date(job!.data.at) },
    });
    expect(await sendPlanReminder(job!.data)).toBe('skipped');
    expect(await mailsTo(patient.email)).toHaveLength(1);
  });

  it('sends nothing for a time of day the plan does not use, and keeps going', async () => {
    const { patient, patientId } = await patientWithPlan('Mo Midday');
    await call(PUT, { as: patient, json: { reminders: [{ timeOfDay: 'MIDDAY', enabled: true, time: clockAhead(2) }] } });
    const [job] = await queuedJobs(patientId);
    expect(await sendPlanReminder(job!.data)).toBe('skipped');
    expect(await mailsTo(patient.email)).toHaveLength(0);
    expect(await queuedJobs(patientId)).toHaveLength(2);
  });

  it('stops when the plan ends, and the sweep starts it again for a new plan', async () => {
    const { patient, patientId } = await patientWithPlan('Eli Ended');
    await call(PUT, { as: patient, json: { reminders: [{ timeOfDay: 'MORNING', enabled: true, time: clockAhead(2) }] } });
    const [job] = await queuedJobs(patientId);
    await db().exercisePlan.updateMany({ where: { patientId }, data: { endedAt: new Date() } });
    expect(await sendPlanReminder(job!.data)).toBe('skipped');
    expect(await mailsTo(patient.email)).toHaveLength(0);
    expect((await reminderRow(patientId, 'MORNING')).scheduledFor).toBeNull();
    expect(await queuedJobs(patientId)).toHaveLength(1);
    expect(await resumePlanReminders(new Date(), patientId)).toBe(0);

    const today = localDateOf(Date.now(), ZONE);
    await createExercisePlan(db(), {
      patientId,
      therapistId,
      versions: [{ startsOn: today, items: [{ exerciseId: stretchId, timesOfDay: ['MORNING'] }] }],
    });
    expect(await resumePlanReminders(new Date(), patientId)).toBe(1);
    expect(await resumePlanReminders(new Date(), patientId)).toBe(0);
    const row = await reminderRow(patientId, 'MORNING');
    expect(row.scheduledFor?.toISOString()).toBe(nextReminderAt(row.minuteOfDay, ZONE, new Date()).at.toISOString());
  });

  it('starts again at once when the therapist writes a new plan (no wait for the hourly sweep)', async () => {
    const { patient, patientId } = await patientWithPlan('Noa New Plan');
    await call(PUT, { as: patient, json: { reminders: [{ timeOfDay: 'BEFORE_BED', enabled: true, time: clockAhead(2) }] } });
    const [job] = await queuedJobs(patientId);
    await db().exercisePlan.updateMany({ where: { patientId }, data: { endedAt: new Date() } });
    expect(await sendPlanReminder(job!.data)).toBe('skipped');
    expect((await reminderRow(patientId, 'BEFORE_BED')).scheduledFor).toBeNull();

    const input = createPlanInput.parse({
      title: 'Evenings again',
      startsOn: localDateOf(Date.now(), ZONE),
      items: [
        {
          exerciseId: stretchId,
          sets: 1,
          reps: 10,
          holdSeconds: 20,
          minutes: null,
          timesPerDay: 1,
          daysPerWeek: 7,
          timesOfDay: ['BEFORE_BED'],
        },
      ],
    });
    await createPlan(therapist, patientId, input);
    const row = await reminderRow(patientId, 'BEFORE_BED');
    expect(row.scheduledFor?.toISOString()).toBe(nextReminderAt(row.minuteOfDay, ZONE, new Date()).at.toISOString());
    const jobs = await queuedJobs(patientId);
    expect(jobs.at(-1)!.start_after.toISOString()).toBe(row.scheduledFor!.toISOString());
    // The sweep after it finds nothing left to restart.
    expect(await resumePlanReminders(new Date(), patientId)).toBe(0);
  });

  it('queues nothing while the patient has no open plan (a plan past its end date)', async () => {
    const today = localDateOf(Date.now(), ZONE);
    const { patient, patientId } = await patientWithPlan('Ola Over', { endsOn: addDays(today, -1) });
    const res = await call(PUT, {
      as: patient,
      json: { reminders: [{ timeOfDay: 'BEFORE_BED', enabled: true, time: '21:30' }] },
    });
    expect(res.status).toBe(200);
    expect(res.body.reminders.find((r: { timeOfDay: string }) => r.timeOfDay === 'BEFORE_BED')).toMatchObject({
      enabled: true,
      nextAt: null,
    });
    expect(await queuedJobs(patientId)).toHaveLength(0);
  });
});
