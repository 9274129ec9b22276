// Decision 029: a practice can switch RTM off (its patients leave every report, no consent or time
// is recorded for them), and a patient can withdraw their RTM consent (nothing after it counts; a
// new consent can be recorded). Dates derive from the clock (decision 020): the month two months
// back, with a first 30-day period that ends on its last day.
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
  createPatient,
  createPractice,
  createTherapist,
  createVisitType,
} from '@/prisma/factories';
import { call, sessionCookie } from '@/tests/support/http';
import { PEER_ADDRESS_HEADER } from '@/lib/auth/client-ip';
import { addDays } from '@/lib/plans/calendar';
import { monthDates } from '@/lib/rtm/rtm-rules';
import { loadRtmReport } from '@/lib/rtm/load-rtm-report';
import { withdrawRtmConsent } from '@/lib/rtm/withdraw-rtm-consent';
import { RTM_CONSENT_TEXT } from '@/lib/rtm/rtm-consent';
import { GET as report } from '@/app/api/admin/rtm/route';
import { GET as reportCsv } from '@/app/api/admin/rtm/csv/route';
import { POST as recordTime } from '@/app/api/patients/[id]/rtm-time/route';
import { POST as recordConsent } from '@/app/api/patients/[id]/rtm-consent/route';
import { POST as withdrawConsent } from '@/app/api/patients/[id]/rtm-consent/withdrawal/route';
import { PATCH as rtmSettings } from '@/app/api/admin/practices/[id]/rtm-settings/route';

const person = (u: {
  id: string;
  email: string;
  name: string;
  role: SessionUser['role'];
  practiceId: string | null;
}): SessionUser => ({ id: u.id, email: u.email, name: u.name, role: u.role, practiceId: u.practiceId });

const month = new Date(Date.now() - 62 * 86_400_000).toISOString().slice(0, 7);
const { last } = monthDates(month);
const start = addDays(last, -29);

let harborId: string;
let prairieId: string;
let maya: SessionUser; // Harbor
let sam: SessionUser; // Harbor colleague
let pat: SessionUser; // Prairie
let harborAdmin: SessionUser;
let prairieAdmin: SessionUser;
let networkAdmin: SessionUser;
let mayaId: string;
let jordan: { id: string; user: SessionUser }; // Maya's patient
let lee: { id: string; user: SessionUser }; // Pat's patient

async function patientWithPlan(therapistId: string, name: string, everyDay = false) {
  const user = await createPatient(db(), { name });
  const patientId = user.patient!.id;
  const exercise = await createExercise(db(), { name: 'Bridge' });
  const plan = await createExercisePlan(db(), {
    patientId,
    therapistId,
    title: 'Back plan',
    versions: [{ startsOn: start, items: [{ exerciseId: exercise.id }] }],
  });
  const days = Array.from({ length: everyDay ? 30 : 12 }, (_, i) => addDays(start, i));
  await createExerciseLogs(
    db(),
    days.map((d) => ({ patientId, planId: plan.id, versionId: plan.versions[0]!.id, exerciseId: exercise.id, performedOn: d })),
  );
  return { id: patientId, user: person(user) };
}

const reportAs = async (as: SessionUser) => (await call(report, { as, path: `/api/admin/rtm?month=${month}` })).body;
const patientIds = (body: { rows: { patient: { id: string } }[] }) => body.rows.map((r) => r.patient.id);
const setting = (as: SessionUser, practiceId: string, json: unknown) =>
  call(rtmSettings, { method: 'PATCH', as, params: { id: practiceId }, json });
const logTime = (as: SessionUser, patientId: string) =>
  call(recordTime, { method: 'POST', as, params: { id: patientId }, json: { minutes: 5, reason: 'Reviewed logs' } });
const consent = (as: SessionUser, patientId: string) =>
  call(recordConsent, { method: 'POST', as, params: { id: patientId }, json: { textVersion: RTM_CONSENT_TEXT.version } });
const withdraw = (as: SessionUser, patientId: string) => call(withdrawConsent, { method: 'POST', as, params: { id: patientId } });

beforeAll(async () => {
  const harbor = await createPractice(db(), { name: 'Harbor PT' });
  const prairie = await createPractice(db(), { name: 'Prairie Motion' });
  harborId = harbor.id;
  prairieId = prairie.id;
  const harborClinic = await createClinic(db(), harbor.id);
  const prairieClinic = await createClinic(db(), prairie.id);
  const m = await createTherapist(db(), { practiceId: harbor.id, clinicId: harborClinic.id, name: 'Maya Chen' });
  maya = person(m);
  mayaId = m.therapist!.id;
  sam = person(await createTherapist(db(), { practiceId: harbor.id, clinicId: harborClinic.id, name: 'Sam Colleague' }));
  const p = await createTherapist(db(), { practiceId: prairie.id, clinicId: prairieClinic.id, name: 'Pat Prairie' });
  pat = person(p);
  harborAdmin = person(await createAdmin(db(), { practiceId: harbor.id }));
  prairieAdmin = person(await createAdmin(db(), { practiceId: prairie.id }));
  networkAdmin = person(await createAdmin(db()));
  jordan = await patientWithPlan(mayaId, 'Jordan Harbor');
  lee = await patientWithPlan(p.therapist!.id, 'Lee Prairie');
});

describe('switching RTM off for a practice', () => {
  it("is the practice's own admin's (or a network admin's) to change, and audited", async () => {
    expect((await setting(harborAdmin, prairieId, { rtmEnabled: false })).status).toBe(404);
    expect((await setting(pat, prairieId, { rtmEnabled: false })).status).toBe(403);
    expect((await setting(lee.user, prairieId, { rtmEnabled: false })).status).toBe(403);
    expect((await setting(prairieAdmin, prairieId, {})).status).toBe(400);
    expect((await setting(prairieAdmin, prairieId, { rtmEnabled: 'off' })).status).toBe(400);
    expect((await db().practice.findUniqueOrThrow({ where: { id: prairieId } })).rtmEnabled).toBe(true);

    const off = await setting(prairieAdmin, prairieId, { rtmEnabled: false });
    expect(off.status).toBe(200);
    // The other setting is left as it was.
    expect(off.body).toEqual({ practiceId: prairieId, rtmEnabled: false, messagesCountAsInteractive: true });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: 'practice.rtm-settings.update', entityId: prairieId, actorId: prairieAdmin.id },
    });
    expect(audit.data).toMatchObject({ before: { rtmEnabled: true }, after: { rtmEnabled: false } });

    // A network admin switches any practice (here Harbor off and on again).
    expect((await setting(networkAdmin, harborId, { rtmEnabled: false })).body.rtmEnabled).toBe(false);
    expect((await setting(networkAdmin, harborId, { rtmEnabled: true })).body.rtmEnabled).toBe(true);
  });

  it("leaves the practice's patients out of every report, the CSV and the therapist's progress", async () => {
    expect(patientIds(await reportAs(prairieAdmin))).toEqual([]);
    const all = patientIds(await reportAs(networkAdmin));
    expect(all).toContain(jordan.id);
    expect(all).not.toContain(lee.id);
    expect(patientIds(await reportAs(harborAdmin))).toEqual([jordan.id]);
    // The therapist's own monitoring page and the patient page read the same report.
    expect((await loadRtmReport(pat, month)).rows).toEqual([]);
    expect((await loadRtmReport(pat, month, { patientId: lee.id })).rows).toEqual([]);
    expect((await loadRtmReport(maya, month, { patientId: jordan.id })).rows).toHaveLength(1);
    const csv = await reportCsv(
      new Request(`http://localhost/api/admin/rtm/csv?month=${month}`, {
        headers: { cookie: await sessionCookie(networkAdmin), [PEER_ADDRESS_HEADER]: '127.0.0.1' },
      }),
    );
    const text = await csv.text();
    expect(text).toContain('Jordan Harbor');
    expect(text).not.toContain('Lee Prairie');
  });

  it('refuses RTM time and consent for its patients with RTM_NOT_ENABLED, after the access rules', async () => {
    const time = await logTime(pat, lee.id);
    expect(time.status).toBe(422);
    expect(time.body.error.code).toBe('RTM_NOT_ENABLED');
    const asked = await consent(pat, lee.id);
    expect(asked.status).toBe(422);
    expect(asked.body.error.code).toBe('RTM_NOT_ENABLED');
    // Not Pat's colleague's patient: still 404, the switch reveals nothing.
    expect((await logTime(maya, lee.id)).status).toBe(404);
    expect(await db().rtmTimeEntry.count({ where: { patientId: lee.id } })).toBe(0);
    expect(await db().rtmConsent.count({ where: { patientId: lee.id } })).toBe(0);
    // Harbor still runs RTM.
    expect((await logTime(maya, jordan.id)).status).toBe(201);
  });

  it('switched on again, the patients and the writes come back', async () => {
    expect((await setting(prairieAdmin, prairieId, { rtmEnabled: true })).status).toBe(200);
    expect(patientIds(await reportAs(prairieAdmin))).toEqual([lee.id]);
    expect((await logTime(pat, lee.id)).status).toBe(201);
  });
});

describe('withdrawing RTM consent', () => {
  it('stops data days and minutes from counting after it, and the report says so', async () => {
    const kim = await patientWithPlan(mayaId, 'Kim Withdrawn', true); // data on all 30 days of period 1
    const consentedAt = new Date(`${addDays(start, -2)}T15:00:00Z`);
    await db().rtmConsent.create({
      data: { patientId: kim.id, recordedByUserId: maya.id, recordedAt: consentedAt, textVersion: RTM_CONSENT_TEXT.version },
    });
    const video = await createVisitType(db(), { practiceId: harborId, modality: 'VIRTUAL' });
    await createAppointment(db(), {
      patientId: kim.id,
      therapistId: mayaId,
      visitTypeId: video.id,
      startsAt: new Date(`${addDays(start, 3)}T15:00:00Z`),
      status: 'COMPLETED',
    });
    const entry = (day: string, minutes: number) =>
      db().rtmTimeEntry.create({
        data: { patientId: kim.id, therapistId: mayaId, minutes, reason: 'Review', performedAt: new Date(`${day}T16:00:00Z`) },
      });
    await entry(addDays(start, 8), 25); // before the withdrawal
    await entry(addDays(start, 20), 30); // after it
    const row = async () => (await reportAs(harborAdmin)).rows.find((r: { patient: { id: string } }) => r.patient.id === kim.id);
    const before = await row();
    expect(before.periods[0]).toMatchObject({ dataDays: 30, met: true });
    expect(before.codes).toEqual(['98975', '98977', '98980', '98981']);

    // Kim withdrew on the 11th day of the period, at 11:00 in New York.
    await withdrawRtmConsent(kim.user, kim.id, new Date(`${addDays(start, 10)}T15:00:00Z`));
    const after = await row();
    expect(after.consent).toMatchObject({
      recordedBy: 'Maya Chen',
      withdrawnBy: 'Kim Withdrawn',
      withdrawnAt: expect.any(String),
    });
    // Days 1–10 count (the withdrawal day and after do not); 25 of the 55 minutes.
    expect(after.periods[0]).toMatchObject({ dataDays: 10, met: false, missing: '10 of 16 days', outlook: 'missed' });
    expect(after.management).toMatchObject({ minutes: 25, interactive: true, first: true, additionalUnits: 0 });
    expect(after.codes).toEqual(['98980']);

    const csv = await reportCsv(
      new Request(`http://localhost/api/admin/rtm/csv?month=${month}`, {
        headers: { cookie: await sessionCookie(harborAdmin), [PEER_ADDRESS_HEADER]: '127.0.0.1' },
      }),
    );
    expect(await csv.text()).toContain(
      `${addDays(start, -2)} by Maya Chen; withdrawn ${addDays(start, 10)} by Kim Withdrawn,98980`,
    );
  });

  it("is the patient's (or their therapist's for them) only, records who and when, and a new consent can follow", async () => {
    const riley = await patientWithPlan(mayaId, 'Riley Rethink');
    const other = await createPatient(db(), { name: 'Other Patient' });
    expect((await withdraw(riley.user, riley.id)).status).toBe(409); // nothing in force yet
    expect((await consent(maya, riley.id)).status).toBe(201);
    expect((await consent(maya, riley.id)).status).toBe(409); // one in force

    expect((await withdraw(person(other), riley.id)).status).toBe(404);
    expect((await withdraw(sam, riley.id)).status).toBe(404);
    expect((await withdraw(pat, riley.id)).status).toBe(404);
    expect((await withdraw(harborAdmin, riley.id)).status).toBe(403);

    const res = await withdraw(riley.user, riley.id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ recordedBy: 'Maya Chen', withdrawnBy: 'Riley Rethink', withdrawnAt: expect.any(String) });
    expect(Math.abs(Date.parse(res.body.withdrawnAt) - Date.now())).toBeLessThan(60_000);
    expect(
      await db().auditEvent.count({ where: { action: 'rtm.consent.withdraw', patientId: riley.id, actorId: riley.user.id } }),
    ).toBe(1);
    expect((await withdraw(riley.user, riley.id)).status).toBe(409); // already withdrawn

    // Riley agrees again: a new consent, the withdrawn one kept; the therapist may record a withdrawal for them.
    const again = await consent(maya, riley.id);
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ withdrawnAt: null, withdrawnBy: null });
    expect(await db().rtmConsent.count({ where: { patientId: riley.id } })).toBe(2);
    const byTherapist = await withdraw(maya, riley.id);
    expect(byTherapist.status).toBe(200);
    expect(byTherapist.body.withdrawnBy).toBe('Maya Chen');
  });

  it('is possible even where the practice switched RTM off (stopping is always allowed)', async () => {
    const ana = await patientWithPlan(mayaId, 'Ana Anyway');
    expect((await consent(maya, ana.id)).status).toBe(201);
    expect((await setting(harborAdmin, harborId, { rtmEnabled: false })).status).toBe(200);
    try {
      expect((await withdraw(ana.user, ana.id)).status).toBe(200);
    } finally {
      await setting(harborAdmin, harborId, { rtmEnabled: true });
    }
  });
});
