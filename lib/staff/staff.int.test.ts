import { beforeAll, describe, expect, it } from 'vitest';
import type { CredentialsConfig } from 'next-auth/providers/credentials';
import type { EmailConfig } from 'next-auth/providers/email';
import { db } from '@/lib/db';
import { authOptions } from '@/lib/auth/options';
import { createAdmin, createAppointment, createPatient, createPractice, createTherapist } from '@/prisma/factories';
import { call } from '@/tests/support/http';
import { latestMailTo, mailsTo } from '@/tests/support/mail';
import { at, buildClinic, weekdayAhead } from '@/tests/support/scheduling';
import { GET as listTherapists, POST as invite } from '@/app/api/admin/therapists/route';
import { PATCH as patchTherapist } from '@/app/api/admin/therapists/[id]/route';
import { POST as deactivate } from '@/app/api/admin/therapists/[id]/deactivate/route';
import { POST as reactivate } from '@/app/api/admin/therapists/[id]/reactivate/route';
import { POST as resend } from '@/app/api/admin/therapists/[id]/invite/route';
import { POST as reassign } from '@/app/api/admin/appointments/[id]/reassign/route';
import { POST as setupPassword } from '@/app/api/password-setup/route';
import { GET as me } from '@/app/api/me/route';
import { GET as listSlots } from '@/app/api/slots/route';
import { listBookableTherapists } from '@/lib/clinics/list-bookable-therapists';
import { runJob } from '@/lib/jobs/run-job';
import type { JobName } from '@/lib/jobs/queue';
import { hashSetupToken } from './password-setup-token';
import { markPeerAddressFromServer, PEER_ADDRESS_HEADER } from '@/lib/auth/client-ip';

// Callers are told apart by the address the server saw (what scripts/serve.ts passes on).
markPeerAddressFromServer();

const provider = <T>(id: string) => authOptions().providers.find((p) => p.id === id) as unknown as T;
const signInWithPassword = (email: string, password: string) =>
  provider<CredentialsConfig>('credentials').options.authorize!(
    { email, password },
    { headers: { [PEER_ADDRESS_HEADER]: '192.0.2.77' } },
  );
const sendMagicLink = (identifier: string) =>
  provider<EmailConfig>('email').options.sendVerificationRequest!({
    identifier,
    url: `http://localhost:3100/api/auth/callback/email?token=t&email=${identifier}`,
    expires: new Date(Date.now() + 15 * 60_000),
    provider: provider<EmailConfig>('email'),
    token: 't',
    theme: {},
  });
const tokenIn = (text: string) => /\/set-password\/([\w-]+)/.exec(text)?.[1] ?? '';

let w: Awaited<ReturnType<typeof buildClinic>>;
let networkAdmin: { id: string };
let practiceAdmin: { id: string };
let otherPracticeAdmin: { id: string };

beforeAll(async () => {
  w = await buildClinic();
  networkAdmin = await createAdmin(db());
  practiceAdmin = await createAdmin(db(), { practiceId: w.practice.id });
  otherPracticeAdmin = await createAdmin(db(), { practiceId: (await createPractice(db())).id });
});

const invitation = (email: string) => ({
  name: 'Priya Natarajan',
  email,
  practiceId: w.practice.id,
  clinicId: w.clinic.id,
  timezone: 'America/New_York',
  offersVirtual: true,
});

describe('inviting a therapist', () => {
  it('creates them without a password, mails a one-time link, and the password set through it signs them in', async () => {
    const res = await call(invite, { as: practiceAdmin, json: invitation('Priya@example.test') });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: 'priya@example.test', name: 'Priya Natarajan' });
    const user = await db().user.findUniqueOrThrow({ where: { id: res.body.userId }, include: { therapist: true } });
    expect(user.passwordHash).toBeNull();
    expect(user.therapist).toMatchObject({ practiceId: w.practice.id, clinicId: w.clinic.id, offersVirtual: true });
    expect(await signInWithPassword('priya@example.test', 'a-new-password-1')).toBeNull();

    const mail = await latestMailTo('priya@example.test');
    expect(mail.subject).toBe('Set your Rehabit password');
    const token = tokenIn(mail.text);
    expect(token.length).toBeGreaterThan(40);
    // Only the hash is stored.
    expect(await db().passwordSetupToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await db().passwordSetupToken.count({ where: { tokenHash: hashSetupToken(token) } })).toBe(1);

    const tooShort = await call(setupPassword, { json: { token, password: 'short' } });
    expect(tooShort.status).toBe(400);
    // Guessable: common, repeated, or made of the person's own email or name. The link stays usable.
    for (const weak of ['password12', 'aaaaaaaaaa', 'priya@example.test', 'priyanatarajan']) {
      const refused = await call(setupPassword, { json: { token, password: weak } });
      expect(refused.status, weak).toBe(400);
      expect(refused.body.error.details[0]).toMatchObject({
        path: 'body.password',
        message: expect.stringMatching(/^is too easy to guess\./),
      });
    }
    expect((await db().user.findUniqueOrThrow({ where: { id: res.body.userId } })).passwordHash).toBeNull();
    const set = await call(setupPassword, { json: { token, password: 'a-new-password-1' } });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ email: 'priya@example.test' });
    expect(await signInWithPassword('priya@example.test', 'a-new-password-1')).toMatchObject({ id: res.body.userId });
    expect(
      await db().auditEvent.count({
        where: { action: 'auth.password_set', actorId: res.body.userId, practiceId: w.practice.id },
      }),
    ).toBe(1);

    const again = await call(setupPassword, { json: { token, password: 'another-password-2' } });
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe('LINK_EXPIRED');
    expect(await signInWithPassword('priya@example.test', 'another-password-2')).toBeNull();
  });

  it('refuses an expired link, an unknown one, and a resent invitation voids the earlier link', async () => {
    const res = await call(invite, { as: networkAdmin, json: invitation('omar@example.test') });
    const first = tokenIn((await latestMailTo('omar@example.test')).text);
    const again = await call(resend, { as: practiceAdmin, params: { id: res.body.therapistId } });
    expect(again.status).toBe(200);
    await expect.poll(async () => (await mailsTo('omar@example.test')).length).toBe(2);
    const second = tokenIn((await latestMailTo('omar@example.test')).text);
    expect(second).not.toBe(first);
    expect((await call(setupPassword, { json: { token: first, password: 'a-new-password-1' } })).status).toBe(410);
    expect((await call(setupPassword, { json: { token: 'x'.repeat(43), password: 'a-new-password-1' } })).status).toBe(410);

    await db().passwordSetupToken.updateMany({
      where: { tokenHash: hashSetupToken(second) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await call(setupPassword, { json: { token: second, password: 'a-new-password-1' } });
    expect(expired.status).toBe(410);
    expect(expired.body).toEqual({ error: { code: 'LINK_EXPIRED', message: expect.any(String) } });
    expect((await db().user.findUniqueOrThrow({ where: { id: res.body.userId } })).passwordHash).toBeNull();
  });

  it('keeps practice admins to their practice and rejects bad input and taken emails', async () => {
    const elsewhere = await call(invite, { as: otherPracticeAdmin, json: invitation('x1@example.test') });
    expect(elsewhere.status).toBe(403);
    const badZone = await call(invite, {
      as: networkAdmin,
      json: { ...invitation('x2@example.test'), timezone: 'Mars/Olympus' },
    });
    expect(badZone.status).toBe(400);
    const taken = await call(invite, { as: networkAdmin, json: invitation('priya@example.test') });
    expect(taken.status).toBe(409);
    expect(await db().user.count({ where: { email: { in: ['x1@example.test', 'x2@example.test'] } } })).toBe(0);
    const list = await call(listTherapists, { as: otherPracticeAdmin });
    expect(list.body.therapists).toEqual([]);
    const mine = await call(listTherapists, { as: practiceAdmin });
    const byEmail = Object.fromEntries(mine.body.therapists.map((t: { email: string; invite: string }) => [t.email, t.invite]));
    expect(byEmail).toMatchObject({ 'priya@example.test': 'PASSWORD_SET', 'omar@example.test': 'EXPIRED' });
  });

  it('answers 403 to patients and therapists on every admin therapist route', async () => {
    const patient = await createPatient(db());
    for (const who of [patient, w.therapistUser]) {
      expect((await call(listTherapists, { as: who })).status).toBe(403);
      expect((await call(invite, { as: who, json: invitation('x3@example.test') })).status).toBe(403);
      expect((await call(deactivate, { as: who, params: { id: w.therapist.id } })).status).toBe(403);
    }
    expect(await db().user.count({ where: { email: 'x3@example.test', active: true } })).toBe(0);
  });
});

describe('assigning a clinic', () => {
  it('moves a therapist within their practice only', async () => {
    const other = await call(patchTherapist, {
      as: otherPracticeAdmin,
      json: { clinicId: null },
      method: 'PATCH',
      params: { id: w.otherTherapist.id },
    });
    expect(other.status).toBe(404);
    const res = await call(patchTherapist, {
      as: practiceAdmin,
      json: { clinicId: null },
      method: 'PATCH',
      params: { id: w.otherTherapist.id },
    });
    expect(res.status).toBe(200);
    expect((await db().therapist.findUniqueOrThrow({ where: { id: w.otherTherapist.id } })).clinicId).toBeNull();
    const foreignClinic = await db().clinic.create({
      data: {
        practiceId: (await createPractice(db())).id,
        slug: 'foreign',
        name: 'Foreign',
        addressLine1: '1 Main St',
        city: 'X',
        state: 'NY',
        zip: '10001',
        latitude: 40,
        longitude: -73,
        timezone: 'America/New_York',
        phone: '555-0100',
        hours: 'Mon',
      },
    });
    const wrong = await call(patchTherapist, {
      as: practiceAdmin,
      json: { clinicId: foreignClinic.id },
      method: 'PATCH',
      params: { id: w.otherTherapist.id },
    });
    expect(wrong.status).toBe(400);
    await call(patchTherapist, {
      as: practiceAdmin,
      json: { clinicId: w.clinic.id },
      method: 'PATCH',
      params: { id: w.otherTherapist.id },
    });
  });
});

describe('deactivating a therapist', () => {
  const day = weekdayAhead(2);

  it('stops sign-in by password and magic link, ends their session, and takes them out of booking', async () => {
    const t = await createTherapist(db(), {
      email: 'leaving@example.test',
      password: 'a-long-password-1',
      practiceId: w.practice.id,
      clinicId: w.clinic.id,
    });
    await db().availabilityRule.createMany({
      data: [1, 2, 3, 4, 5].map((weekday) => ({
        therapistId: t.therapist!.id,
        weekday,
        startMinute: 9 * 60,
        endMinute: 17 * 60,
        timezone: 'America/New_York',
        modality: 'IN_CLINIC' as const,
        clinicId: w.clinic.id,
        validFrom: new Date('2020-01-01'),
      })),
    });
    const slotsOf = async () =>
      (
        await call(listSlots, {
          path: `/api/slots?visitTypeId=${w.visitType.id}&therapistId=${t.therapist!.id}&from=${at(day, '00:00').toISOString()}&to=${at(day, '23:59').toISOString()}`,
        })
      ).body.slots ?? [];
    expect((await slotsOf()).length).toBeGreaterThan(0);
    expect((await call(me, { as: t })).status).toBe(200);

    const res = await call(deactivate, { as: practiceAdmin, params: { id: t.therapist!.id } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ active: false, appointmentsToReassign: [] });

    expect(await signInWithPassword('leaving@example.test', 'a-long-password-1')).toBeNull();
    expect(await authOptions().callbacks!.signIn!({ user: { id: t.id } } as never)).toBe(false);
    await sendMagicLink('leaving@example.test');
    await new Promise((r) => setTimeout(r, 300));
    expect(await mailsTo('leaving@example.test')).toHaveLength(0);
    const session = await call(me, { as: t });
    expect(session.status).toBe(401);

    expect(await slotsOf()).toEqual([]);
    expect((await listBookableTherapists({ clinicId: w.clinic.id })).map((b) => b.id)).not.toContain(t.therapist!.id);
    // Their hours are kept for a return.
    expect(await db().availabilityRule.count({ where: { therapistId: t.therapist!.id } })).toBe(5);

    expect((await call(reactivate, { as: practiceAdmin, params: { id: t.therapist!.id } })).status).toBe(200);
    expect(await signInWithPassword('leaving@example.test', 'a-long-password-1')).toMatchObject({ id: t.id });
    expect((await slotsOf()).length).toBeGreaterThan(0);
  });

  it("lists their upcoming visits with the patient's contact, and reassigns one to a free colleague (409 when busy)", async () => {
    const t = await createTherapist(db(), { practiceId: w.practice.id, clinicId: w.clinic.id, name: 'Dana Leaving' });
    const patient = await createPatient(db(), { name: 'Sam Patel', phone: '555-0199' });
    const ten = await createAppointment(db(), {
      patientId: patient.patient!.id,
      therapistId: t.therapist!.id,
      visitTypeId: w.visitType.id,
      startsAt: at(day, '10:00'),
    });
    const noon = await createAppointment(db(), {
      patientId: w.otherPatient.patient!.id,
      therapistId: t.therapist!.id,
      visitTypeId: w.visitType.id,
      startsAt: at(day, '12:00'),
    });
    await createAppointment(db(), {
      patientId: w.patient.patient!.id,
      therapistId: w.otherTherapist.id,
      visitTypeId: w.visitType.id,
      startsAt: at(day, '12:00'),
    });

    const res = await call(deactivate, { as: practiceAdmin, params: { id: t.therapist!.id } });
    expect(res.body.appointmentsToReassign).toEqual([
      expect.objectContaining({
        id: ten.id,
        start: at(day, '10:00').toISOString(),
        timezone: 'America/New_York',
        visitTypeName: 'Follow-up',
        patient: { name: 'Sam Patel', email: expect.any(String), phone: '555-0199' },
      }),
      expect.objectContaining({ id: noon.id }),
    ]);
    const audit = await db().auditEvent.findFirst({
      where: { action: 'appointment.list', entityType: 'Therapist', entityId: t.therapist!.id },
    });
    expect(audit).toMatchObject({ actorId: practiceAdmin.id, practiceId: w.practice.id });
    expect((audit!.data as { patientIds: string[] }).patientIds.sort()).toEqual(
      [patient.patient!.id, w.otherPatient.patient!.id].sort(),
    );

    const moved = await call(reassign, { as: practiceAdmin, params: { id: ten.id }, json: { therapistId: w.otherTherapist.id } });
    expect(moved.status).toBe(200);
    expect((await db().appointment.findUniqueOrThrow({ where: { id: ten.id } })).therapistId).toBe(w.otherTherapist.id);
    expect(
      await db().auditEvent.count({
        where: { action: 'appointment.reassign', entityId: ten.id, patientId: patient.patient!.id },
      }),
    ).toBe(1);

    const busy = await call(reassign, { as: practiceAdmin, params: { id: noon.id }, json: { therapistId: w.otherTherapist.id } });
    expect(busy.status).toBe(409);
    expect(busy.body.error.code).toBe('SLOT_TAKEN');
    expect((await db().appointment.findUniqueOrThrow({ where: { id: noon.id } })).therapistId).toBe(t.therapist!.id);

    const sameTherapist = await call(reassign, {
      as: practiceAdmin,
      params: { id: noon.id },
      json: { therapistId: t.therapist!.id },
    });
    expect(sameTherapist.status).toBe(409);
    const foreign = await call(reassign, {
      as: otherPracticeAdmin,
      params: { id: noon.id },
      json: { therapistId: w.otherTherapist.id },
    });
    expect(foreign.status).toBe(404);

    // A visit whose therapist already started its note stays with them (the note is theirs).
    const two = await createAppointment(db(), {
      patientId: patient.patient!.id,
      therapistId: t.therapist!.id,
      visitTypeId: w.visitType.id,
      startsAt: at(day, '14:00'),
    });
    await db().visitNote.create({
      data: {
        appointmentId: two.id,
        patientId: patient.patient!.id,
        therapistId: t.therapist!.id,
        subjective: 'Pre-visit: referral letter read.',
      },
    });
    const withNote = await call(reassign, {
      as: practiceAdmin,
      params: { id: two.id },
      json: { therapistId: w.otherTherapist.id },
    });
    expect(withNote.status).toBe(409);
    expect(withNote.body.error.message).toMatch(/visit note/);
    expect((await db().appointment.findUniqueOrThrow({ where: { id: two.id } })).therapistId).toBe(t.therapist!.id);
  });

  it('emails the patient that the visit is now with the new therapist, at the time in their own zone, with an updated invitation', async () => {
    const later = weekdayAhead(3);
    const t = await createTherapist(db(), { practiceId: w.practice.id, clinicId: w.clinic.id, name: 'Dana Moving' });
    const email = `kim-${Date.now()}@example.test`;
    const patient = await createPatient(db(), { name: 'Kim Nguyen', email });
    await db().patient.update({ where: { id: patient.patient!.id }, data: { timezone: 'America/Los_Angeles' } });
    const visit = await createAppointment(db(), {
      patientId: patient.patient!.id,
      therapistId: t.therapist!.id,
      visitTypeId: w.visitType.id,
      startsAt: at(later, '14:00'),
    });
    await call(deactivate, { as: practiceAdmin, params: { id: t.therapist!.id } });

    expect(
      (await call(reassign, { as: practiceAdmin, params: { id: visit.id }, json: { therapistId: w.otherTherapist.id } })).status,
    ).toBe(200);
    const queued = await db().$queryRaw<{ name: JobName; data: Record<string, unknown> }[]>`
      SELECT name, data FROM pgboss.job WHERE data->>'appointmentId' = ${visit.id}`;
    expect(queued).toHaveLength(1);
    await runJob(queued[0]!.name, queued[0]!.data);

    const mail = await latestMailTo(email);
    expect(mail.subject).toMatch(/^New therapist: Follow-up with Luis Herrera, /);
    // 2:00 PM in New York is 11:00 AM for a patient in Los Angeles.
    expect(mail.text).toMatch(
      /Your visit on \w+day, \w+ \d{1,2}, \d{4}, 11:00 AM P[SD]T is now with Luis Herrera instead of Dana Moving\./,
    );
    expect(mail.text).toMatch(/With:\s+Luis Herrera/);
    const attachments =
      (mail as typeof mail & { attachments?: { generatedFileName: string; contentType: string }[] }).attachments ?? [];
    expect(attachments).toHaveLength(1);
    expect(attachments[0]!.contentType).toMatch(/^text\/calendar/);
    const maildev = process.env.MAILDEV_API ?? 'http://127.0.0.1:1180';
    const ics = (
      await (
        await fetch(`${maildev}/api/email/${mail.id}/attachment/${encodeURIComponent(attachments[0]!.generatedFileName)}`)
      ).text()
    ).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain(`UID:${visit.id}@rehabit`);
    expect(ics).toContain(`DTSTART;TZID=America/Los_Angeles:${later.replace(/-/g, '')}T110000`);
    expect(ics).toContain('SUMMARY:Follow-up with Luis Herrera');

    // A job that is out of date (the visit has moved on since) sends nothing.
    await db().appointment.update({ where: { id: visit.id }, data: { therapistId: w.therapist.id } });
    await runJob(queued[0]!.name, queued[0]!.data);
    await new Promise((r) => setTimeout(r, 300));
    expect(await mailsTo(email)).toHaveLength(1);
  });
});
