// The RTM report (decision 026) over real exercise logs, questionnaires, messages, video visits and
// time entries: 15 vs 16 days, 19 vs 20 and 40 minutes, the interactive communication, the
// practice scope, the CSV, and who may record time. Dates derive from the clock (decision 020):
// the month two months back, with a first 30-day period that ends on its last day.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/roles';
import {
  createAdmin,
  createAppointment,
  createClinic,
  createExercise,
  createExercisePlan,
  createExerciseLogs,
  createOutcomeScore,
  createPatient,
  createPractice,
  createTherapist,
  createVisitType,
} from '@/prisma/factories';
import { call } from '@/tests/support/http';
import { addDays } from '@/lib/plans/calendar';
import { monthDates } from '@/lib/rtm/rtm-rules';
import { GET as report } from '@/app/api/admin/rtm/route';
import { GET as reportCsv } from '@/app/api/admin/rtm/csv/route';
import { POST as recordTime } from '@/app/api/patients/[id]/rtm-time/route';
import { POST as recordConsent } from '@/app/api/patients/[id]/rtm-consent/route';
import { PATCH as rtmSettings } from '@/app/api/admin/practices/[id]/rtm-settings/route';
import { RTM_CONSENT_TEXT } from '@/lib/rtm/rtm-consent';
import { sessionCookie } from '@/tests/support/http';
import { PEER_ADDRESS_HEADER } from '@/lib/auth/client-ip';

type Person = SessionUser;
const person = (u: {
  id: string;
  email: string;
  name: string;
  role: SessionUser['role'];
  practiceId: string | null;
}): Person => ({ id: u.id, email: u.email, name: u.name, role: u.role, practiceId: u.practiceId });

const ZONE = 'America/New_York';
const twoMonthsBack = new Date(Date.now() - 62 * 86_400_000).toISOString().slice(0, 7);
const month = twoMonthsBack;
const { first, last } = monthDates(month);
const start = addDays(last, -29); // period 1 = start … last
const midMonth = `${month}-15T16:00:00Z`;

let maya: Person;
let mayaId: string;
let sam: Person;
let harborAdmin: Person;
let otherAdmin: Person;
let networkAdmin: Person;
let harborId: string;
let videoTypeId: string;
let jordan: { id: string; user: Person };
let casey: { id: string; user: Person };

async function planWithDays(patientId: string, therapistId: string, dataDays: number, scoreOnExtraDay = false) {
  const exercise = await createExercise(db(), { name: 'Bridge' });
  const plan = await createExercisePlan(db(), {
    patientId,
    therapistId,
    title: 'Back plan',
    versions: [{ startsOn: start, items: [{ exerciseId: exercise.id }] }],
  });
  const version = plan.versions[0]!;
  // Two logs on each day (a day counts once), every other day from the start.
  const days = Array.from({ length: dataDays }, (_, i) => addDays(start, i + Math.min(i, 30 - dataDays)));
  await createExerciseLogs(
    db(),
    days.flatMap((d) =>
      [0, 1].map(() => ({ patientId, planId: plan.id, versionId: version.id, exerciseId: exercise.id, performedOn: d })),
    ),
  );
  // A questionnaire on a day already logged adds nothing; a day outside the period adds nothing.
  await createOutcomeScore(db(), { patientId, planId: plan.id, instrument: 'NPRS', score: 4, takenOn: days[0]! });
  await createOutcomeScore(db(), { patientId, planId: plan.id, instrument: 'NPRS', score: 4, takenOn: addDays(start, -1) });
  if (scoreOnExtraDay)
    await createOutcomeScore(db(), { patientId, planId: plan.id, instrument: 'NPRS', score: 3, takenOn: addDays(last, 0) });
  return plan;
}

beforeAll(async () => {
  const harbor = await createPractice(db(), { name: 'Harbor PT' });
  const clinic = await createClinic(db(), harbor.id);
  const mayaUser = await createTherapist(db(), { practiceId: harbor.id, clinicId: clinic.id, name: 'Maya Chen', timezone: ZONE });
  maya = person(mayaUser);
  mayaId = mayaUser.therapist!.id;
  sam = person(await createTherapist(db(), { practiceId: harbor.id, clinicId: clinic.id, name: 'Sam Colleague' }));
  harborAdmin = person(await createAdmin(db(), { practiceId: harbor.id }));
  harborId = harbor.id;
  networkAdmin = person(await createAdmin(db()));
  const prairie = await createPractice(db(), { name: 'Prairie Motion' });
  otherAdmin = person(await createAdmin(db(), { practiceId: prairie.id }));

  const j = await createPatient(db(), { name: 'Jordan Miller' });
  jordan = { id: j.patient!.id, user: person(j) };
  const c = await createPatient(db(), { name: 'Casey Short' });
  casey = { id: c.patient!.id, user: person(c) };
  await planWithDays(jordan.id, mayaId, 15, true); // 15 logged days + a questionnaire on a 16th
  await planWithDays(casey.id, mayaId, 15);
  // Both consented before their plans began (recorded then, so written here directly).
  for (const patientId of [jordan.id, casey.id]) {
    await db().rtmConsent.create({
      data: {
        patientId,
        recordedByUserId: maya.id,
        recordedAt: new Date(`${addDays(start, -2)}T15:00:00Z`),
        textVersion: RTM_CONSENT_TEXT.version,
      },
    });
  }

  // Jordan and Maya exchanged messages in the month (both sides wrote): an interactive communication.
  for (const senderRole of ['PATIENT', 'THERAPIST'] as const) {
    await db().message.create({
      data: {
        patientId: jordan.id,
        therapistId: mayaId,
        senderRole,
        senderUserId: senderRole === 'PATIENT' ? jordan.user.id : maya.id,
        body: 'Hello',
        sentAt: new Date(midMonth),
      },
    });
  }
  // Casey only wrote (no exchange), but had a completed video visit with Maya in the month.
  await db().message.create({
    data: {
      patientId: casey.id,
      therapistId: mayaId,
      senderRole: 'PATIENT',
      senderUserId: casey.user.id,
      body: 'Hi',
      sentAt: new Date(midMonth),
    },
  });
  const video = await createVisitType(db(), { practiceId: harbor.id, modality: 'VIRTUAL' });
  videoTypeId = video.id;
  await createAppointment(db(), {
    patientId: casey.id,
    therapistId: mayaId,
    visitTypeId: video.id,
    startsAt: new Date(`${month}-10T15:00:00Z`),
    status: 'COMPLETED',
  });
});

const rowOf = (body: { rows: { patient: { id: string } }[] }, patientId: string) =>
  body.rows.find((r) => r.patient.id === patientId) as any;
const logTime = (as: Person, patientId: string, json: unknown) =>
  call(recordTime, { method: 'POST', as, params: { id: patientId }, json });

describe('the RTM report', () => {
  it('counts 16 days (logs and questionnaires, each day once) as met and 15 as "15 of 16 days"', async () => {
    const res = await call(report, { as: harborAdmin, path: `/api/admin/rtm?month=${month}` });
    expect(res.status).toBe(200);
    const j = rowOf(res.body, jordan.id);
    expect(j.rtmStart).toBe(start);
    expect(j.periods).toEqual([
      expect.objectContaining({ number: 1, start, end: last, dataDays: 16, met: true, missing: null, endsInMonth: true }),
    ]);
    expect(j.codes).toEqual(['98975', '98977']);
    const c = rowOf(res.body, casey.id);
    expect(c.periods[0]).toMatchObject({ dataDays: 15, met: false, missing: '15 of 16 days', outlook: 'missed' });
    expect(c.codes).toEqual([]);
  });

  it('needs 20 minutes in the month with an interactive communication: 19 no, 20 yes, 40 adds one 98981', async () => {
    const inMonth = `${month}-12T14:00:00Z`;
    expect((await logTime(maya, jordan.id, { minutes: 19, reason: 'Reviewed logs', performedAt: inMonth })).status).toBe(201);
    // Outside the month in Maya's zone (the day before it starts): does not count.
    expect(
      (await logTime(maya, jordan.id, { minutes: 30, reason: 'Earlier review', performedAt: `${addDays(first, -1)}T15:00:00Z` }))
        .status,
    ).toBe(201);
    const at19 = rowOf((await call(report, { as: harborAdmin, path: `/api/admin/rtm?month=${month}` })).body, jordan.id);
    expect(at19.management).toMatchObject({ minutes: 19, interactive: true, first: false, missing: '19 of 20 minutes' });

    await logTime(maya, jordan.id, { minutes: 1, reason: 'Answered message', performedAt: inMonth });
    const at20 = rowOf((await call(report, { as: harborAdmin, path: `/api/admin/rtm?month=${month}` })).body, jordan.id);
    expect(at20.management).toMatchObject({ minutes: 20, first: true, additionalUnits: 0 });
    expect(at20.codes).toEqual(['98975', '98977', '98980']);

    await logTime(maya, jordan.id, { minutes: 20, reason: 'Plan revision', performedAt: inMonth });
    await logTime(maya, casey.id, { minutes: 25, reason: 'Reviewed logs', performedAt: inMonth });
    const res = (await call(report, { as: harborAdmin, path: `/api/admin/rtm?month=${month}` })).body;
    expect(rowOf(res, jordan.id).codes).toEqual(['98975', '98977', '98980', '98981']);
    // Casey's video visit is the interactive communication (her message alone would not be).
    expect(rowOf(res, casey.id).management).toMatchObject({ minutes: 25, interactive: true, first: true });
  });

  it("is the practice's own: another practice's admin sees none of it, a therapist cannot call it", async () => {
    expect((await call(report, { as: otherAdmin, path: `/api/admin/rtm?month=${month}` })).body.rows).toEqual([]);
    expect((await call(report, { as: maya, path: `/api/admin/rtm?month=${month}` })).status).toBe(403);
    expect((await call(report, { as: harborAdmin, path: '/api/admin/rtm?month=2026-13' })).status).toBe(400);
  });

  it('exports the same as CSV, one row per plan and period', async () => {
    const res = await reportCsv(
      new Request(`http://localhost/api/admin/rtm/csv?month=${month}`, {
        headers: { cookie: await sessionCookie(harborAdmin), [PEER_ADDRESS_HEADER]: '127.0.0.1' },
      }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe(
      'month,patient,therapist,plan,rtm_start,period,period_start,period_end,data_days,days_16_met,days_missing,outlook,billed_this_month,minutes,interactive_communication,rtm_consent,codes',
    );
    const consented = `${addDays(start, -2)} by Maya Chen`;
    expect(lines).toContain(
      `${month},Casey Short,Maya Chen,Back plan,${start},1,${start},${last},15,no,15 of 16 days,missed,yes,25,yes,${consented},98980`,
    );
    expect(lines).toContain(
      `${month},Jordan Miller,Maya Chen,Back plan,${start},1,${start},${last},16,yes,,met,yes,40,yes,${consented},98975 98977 98980 98981`,
    );
  });
});

describe('recording management time', () => {
  it('is for the treating therapist only, never in the future, with a reason', async () => {
    expect((await logTime(sam, jordan.id, { minutes: 5, reason: 'x' })).status).toBe(404);
    expect((await logTime(jordan.user, jordan.id, { minutes: 5, reason: 'x' })).status).toBe(403);
    expect(
      (await logTime(maya, jordan.id, { minutes: 5, reason: 'x', performedAt: new Date(Date.now() + 3_600_000).toISOString() }))
        .status,
    ).toBe(400);
    expect((await logTime(maya, jordan.id, { minutes: 0, reason: 'x' })).status).toBe(400);
    expect((await logTime(maya, jordan.id, { minutes: 5, reason: ' ' })).status).toBe(400);
    const ok = await logTime(maya, jordan.id, { minutes: 5, reason: 'Timer' });
    expect(ok.status).toBe(201);
    expect(await db().auditEvent.count({ where: { action: 'rtm.time.record', entityId: ok.body.id, actorId: maya.id } })).toBe(1);
  });
});

describe('RTM consent', () => {
  const consent = (as: Person, patientId: string, textVersion: string = RTM_CONSENT_TEXT.version) =>
    call(recordConsent, { method: 'POST', as, params: { id: patientId }, json: { textVersion } });

  it('must come first: without it no code is billable, and only data and minutes from it on count', async () => {
    const r = await createPatient(db(), { name: 'Riley Unconsented' });
    const riley = { id: r.patient!.id, user: person(r) };
    await planWithDays(riley.id, mayaId, 16);
    await logTime(maya, riley.id, { minutes: 25, reason: 'Reviewed logs', performedAt: `${month}-12T14:00:00Z` });
    await createAppointment(db(), {
      patientId: riley.id,
      therapistId: mayaId,
      visitTypeId: videoTypeId,
      startsAt: new Date(`${month}-11T15:00:00Z`),
      status: 'COMPLETED',
    });
    const before = rowOf((await call(report, { as: harborAdmin, path: `/api/admin/rtm?month=${month}` })).body, riley.id);
    expect(before).toMatchObject({ consent: null, codes: [] });
    expect(before.periods[0]).toMatchObject({ dataDays: 16, met: true }); // progress is still shown
    expect(before.management).toMatchObject({ minutes: 25, first: true });

    // The patient and a colleague cannot record it; an outdated text is refused.
    expect((await consent(riley.user, riley.id)).status).toBe(403);
    expect((await consent(sam, riley.id)).status).toBe(404);
    expect((await consent(maya, riley.id, 'rtm-2020-01')).status).toBe(400);
    const ok = await consent(maya, riley.id);
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ recordedBy: 'Maya Chen', textVersion: RTM_CONSENT_TEXT.version });
    expect((await consent(maya, riley.id)).status).toBe(409);
    expect(await db().auditEvent.count({ where: { action: 'rtm.consent.record', patientId: riley.id, actorId: maya.id } })).toBe(
      1,
    );

    // Recorded today: the month two months back had nothing after it, so nothing counts there.
    const after = rowOf((await call(report, { as: harborAdmin, path: `/api/admin/rtm?month=${month}` })).body, riley.id);
    expect(after.consent).toMatchObject({ recordedBy: 'Maya Chen' });
    expect(after.periods[0]).toMatchObject({ dataDays: 0, met: false });
    expect(after.management.minutes).toBe(0);
    expect(after.codes).toEqual([]);
  });
});

describe('the practice setting: do message exchanges count as interactive communication?', () => {
  const setting = (as: Person, practiceId: string, messagesCountAsInteractive: boolean) =>
    call(rtmSettings, { method: 'PATCH', as, params: { id: practiceId }, json: { messagesCountAsInteractive } });

  it('off: only video visits count (Jordan only exchanged messages, Casey had a video visit)', async () => {
    const res = await setting(harborAdmin, harborId, false);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ practiceId: harborId, rtmEnabled: true, messagesCountAsInteractive: false });
    const body = (await call(report, { as: harborAdmin, path: `/api/admin/rtm?month=${month}` })).body;
    expect(rowOf(body, jordan.id).management).toMatchObject({ interactive: false, first: false });
    expect(rowOf(body, jordan.id).codes).toEqual(['98975', '98977']);
    expect(rowOf(body, casey.id).management).toMatchObject({ interactive: true, first: true });
    expect(
      await db().auditEvent.count({
        where: { action: 'practice.rtm-settings.update', entityId: harborId, actorId: harborAdmin.id },
      }),
    ).toBe(1);

    expect((await setting(networkAdmin, harborId, true)).status).toBe(200);
    expect(
      rowOf((await call(report, { as: harborAdmin, path: `/api/admin/rtm?month=${month}` })).body, jordan.id).management
        .interactive,
    ).toBe(true);
  });

  it("is edited by the practice's own admins only: another practice's admin 404, a therapist 403, bad input 400", async () => {
    expect((await setting(otherAdmin, harborId, false)).status).toBe(404);
    expect((await setting(maya, harborId, false)).status).toBe(403);
    expect(
      (
        await call(rtmSettings, {
          method: 'PATCH',
          as: harborAdmin,
          params: { id: harborId },
          json: { messagesCountAsInteractive: 'no' },
        })
      ).status,
    ).toBe(400);
    expect((await db().practice.findUnique({ where: { id: harborId } }))!.rtmMessagesInteractive).toBe(true);
  });
});

describe('sleep check-ins', () => {
  it('are patient-reported data: a check-in on a day without a log adds a data day, on a logged day none', async () => {
    const daysOf = async () =>
      rowOf((await call(report, { as: harborAdmin, path: `/api/admin/rtm?month=${month}` })).body, casey.id).periods[0]
        .dataDays as number;
    const before = await daysOf();
    // Casey logs every other day from the start: the day after the start has no log, the start has one.
    await db().sleepCheckIn.create({
      data: {
        patientId: casey.id,
        checkedOn: new Date(`${addDays(start, 1)}T00:00:00Z`),
        painLyingDown: 4,
        timesWoken: 2,
        halfHoursSlept: 12,
      },
    });
    await db().sleepCheckIn.create({
      data: {
        patientId: casey.id,
        checkedOn: new Date(`${start}T00:00:00Z`),
        painLyingDown: 5,
        timesWoken: 3,
        halfHoursSlept: 11,
      },
    });
    expect(await daysOf()).toBe(before + 1);
  });
});
