// Find care on the demo network: the clinic locator's order and figures, the earliest open
// evaluation, the intake and its red-flag rule, and who may read an intake.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { seedDemo } from '@/prisma/seed';
import { createAdmin, createAvailabilityRules, createPatient, createTherapist, typicalWeek } from '@/prisma/factories';
import { RED_FLAG_KEYS } from '@/lib/intake/red-flags';
import { call, type Caller } from '@/tests/support/http';
import { findClinicPage } from '@/lib/clinics/find-clinic-page';
import { GET as clinics } from './route';
import { GET as slots } from '../slots/route';
import { GET as listIntakes, POST as submitIntake } from '../intakes/route';
import { POST as book } from '../appointments/route';
import { POST as joinWaitlist } from '../waitlist/route';
import { GET as appointmentIntake } from '../appointments/[id]/intake/route';

const noFlags = Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, false]));
const intake = (over: Record<string, unknown> = {}) => ({
  reason: 'Low back pain that is worse when I lie down',
  painAreas: ['low-back'],
  duration: '2-6-weeks',
  aggravators: ['sitting'],
  goals: 'Sleep through the night',
  redFlags: noFlags,
  baselinePain: 5,
  ...over,
});
const insurance = { method: 'insurance', payer: 'Aetna', memberId: 'W123456789' };

const near = (zip: string, extra = '') => call(clinics, { path: `/api/clinics?zip=${zip}${extra}` });
const user = async (email: string): Promise<Caller> =>
  db().user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true } });

async function newPatient(name: string) {
  const u = await createPatient(db(), { name });
  return { id: u.id, email: u.email, patientId: u.patient!.id };
}

beforeAll(async () => {
  await seedDemo(db());
}, 120_000);

describe('GET /api/clinics', () => {
  it('orders clinics by straight-line miles from the ZIP centroid, with the figures the coordinates give', async () => {
    const res = await near('10001', '&radiusMiles=3000');
    expect(res.status).toBe(200);
    expect(res.body.origin).toEqual({ zip: '10001', city: 'New York', state: 'NY' });
    // ZIP 10001's centroid is 40.7484, -73.9967; the clinics' coordinates are in prisma/demo-network.ts.
    expect(res.body.clinics.slice(0, 5).map((c: { slug: string; distanceMiles: number }) => [c.slug, c.distanceMiles])).toEqual([
      ['harbor-chelsea', 0.1],
      ['harbor-brooklyn-heights', 3.9],
      ['harbor-center-city', 82.7],
      ['harbor-back-bay', 187.4],
      ['prairie-streeterville', 710.4],
    ]);
    // Nearest first among the clinics with an open time, then those without (labelled), nearest first.
    for (const bookable of [true, false]) {
      const miles = res.body.clinics
        .filter((c: { bookable: boolean }) => c.bookable === bookable)
        .map((c: { distanceMiles: number }) => c.distanceMiles);
      expect(miles).toEqual([...miles].sort((a, b) => a - b));
    }
    const flags = res.body.clinics.map((c: { bookable: boolean }) => c.bookable);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
    expect(res.body.clinics).toHaveLength(12);
    const chelsea = res.body.clinics[0];
    expect(chelsea).toMatchObject({
      name: 'Harbor PT — Chelsea',
      practiceName: 'Harbor Physical Therapy',
      addressLine1: '236 W 27th St',
      city: 'New York',
      phone: '(212) 555-0142',
      timezone: 'America/New_York',
    });
    expect(chelsea.therapists.map((t: { name: string }) => t.name)).toEqual(['Maya Chen']);
  });

  it('gives each clinic the earliest open initial evaluation, the same one GET /api/slots lists first', async () => {
    const res = await near('60611');
    expect(res.body.clinics[0].slug).toBe('prairie-streeterville');
    expect(res.body.evaluationVisitType).toMatchObject({ name: 'Initial evaluation', modality: 'IN_CLINIC' });
    const first = res.body.clinics[0].earliestSlot;
    expect(first).toMatchObject({ therapistName: 'Hannah Brooks', visitTypeId: res.body.evaluationVisitType.id });
    const from = new Date().toISOString();
    const to = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const listed = await call(slots, {
      path: `/api/slots?visitTypeId=${first.visitTypeId}&clinicId=${res.body.clinics[0].id}&from=${from}&to=${to}`,
    });
    expect(listed.body.slots[0]).toMatchObject({ start: first.start, therapistId: first.therapistId });
    // Evanston has no therapist: listed, but with no time to offer.
    expect(res.body.clinics.find((c: { slug: string }) => c.slug === 'prairie-evanston').earliestSlot).toBeNull();
    expect(res.body.virtualVisit.visitType.modality).toBe('VIRTUAL');
    expect(res.body.virtualVisit.earliestSlot.start).toMatch(/^\d{4}-/);
  });

  it('keeps to the radius and leaves closed clinics out', async () => {
    const within = await near('10001', '&radiusMiles=100');
    expect(within.body.clinics.map((c: { slug: string }) => c.slug)).toEqual([
      'harbor-chelsea',
      'harbor-brooklyn-heights',
      'harbor-center-city',
    ]);
    await db().clinic.update({ where: { slug: 'harbor-brooklyn-heights' }, data: { active: false, closedAt: new Date() } });
    try {
      const after = await near('10001', '&radiusMiles=100');
      expect(after.body.clinics.map((c: { slug: string }) => c.slug)).toEqual(['harbor-chelsea', 'harbor-center-city']);
    } finally {
      await db().clinic.update({ where: { slug: 'harbor-brooklyn-heights' }, data: { active: true, closedAt: null } });
    }
  });

  it('looks 50 miles around by default and says how far it looked', async () => {
    const res = await near('10001');
    expect(res.body.radiusMiles).toBe(50);
    expect(res.body.clinics.map((c: { slug: string }) => c.slug)).toEqual(['harbor-chelsea', 'harbor-brooklyn-heights']);
  });

  it('lists a clinic with no open time after one with, labelled, even when it is nearer', async () => {
    const res = await near('60201'); // Evanston: its own clinic has no therapist
    expect(res.body.clinics.map((c: { slug: string; bookable: boolean }) => [c.slug, c.bookable])).toEqual([
      ['prairie-streeterville', true],
      ['prairie-evanston', false],
    ]);
    expect(res.body.clinics[1].distanceMiles).toBeLessThan(res.body.clinics[0].distanceMiles);
  });

  it('never offers a therapist who cannot be booked: an invitation not yet accepted, or no hours', async () => {
    const evanston = await db().clinic.findUniqueOrThrow({ where: { slug: 'prairie-evanston' } });
    const invited = await createTherapist(db(), {
      practiceId: evanston.practiceId,
      clinicId: evanston.id,
      timezone: evanston.timezone,
      name: 'Ivy Invited',
      password: null,
    });
    await createAvailabilityRules(db(), invited.therapist!.id, typicalWeek(evanston.timezone, evanston.id, false));
    await createTherapist(db(), {
      practiceId: evanston.practiceId,
      clinicId: evanston.id,
      timezone: evanston.timezone,
      name: 'Noah Nohours',
    });
    const card = (await near('60201')).body.clinics.find((c: { slug: string }) => c.slug === 'prairie-evanston');
    expect(card).toMatchObject({ therapists: [], earliestSlot: null, bookable: false });
  });

  it("with no clinic in reach, offers the virtual initial evaluation with a therapist licensed in the ZIP's state", async () => {
    const helena = await near('59601');
    expect(helena.body.clinics).toEqual([]);
    expect(helena.body.virtualVisit).toMatchObject({
      visitType: { name: 'Virtual initial evaluation', modality: 'VIRTUAL', durationMinutes: 60 },
      patientState: 'MT',
      earliestSlot: { therapistName: 'Aiden Nakamura' }, // a Colorado license and a Montana compact privilege
    });
    // San Francisco: the SoMa clinic is listed but has nobody; video comes from Omar Haddad's California license.
    const sf = await near('94103');
    expect(sf.body.clinics.map((c: { slug: string; bookable: boolean }) => [c.slug, c.bookable])).toEqual([
      ['summit-soma', false],
    ]);
    expect(sf.body.virtualVisit.earliestSlot.therapistName).toBe('Omar Haddad');
    // Nobody is licensed in Alaska: no time is offered rather than one the booking would refuse.
    const anchorage = await near('99501');
    expect(anchorage.body.virtualVisit).toMatchObject({ patientState: 'AK', earliestSlot: null });
  });

  it('answers 400 for a query that is not valid percent-encoding, where it was read as U+FFFD', async () => {
    const slots200 = `/api/slots?visitTypeId=x&from=${new Date().toISOString()}&to=${new Date(Date.now() + 86_400_000).toISOString()}`;
    for (const [route, path] of [
      [clinics, '/api/clinics?zip=10001&x=%FF'],
      [clinics, '/api/clinics?zip=10001%ED%A0%80'],
      [clinics, '/api/clinics?zip=10001&%C0%AF=1'],
      [slots, `${slots200}&therapistId=%ED%A0%80`],
      [slots, `${slots200}&clinicId=%E0%A4%A`],
      [slots, `${slots200}&clinicId=%`],
    ] as const) {
      const res = await call(route, { path });
      expect(res.status, path).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringMatching(/percent-encoding/) });
    }
    // Well-formed encoding of any character still reaches the route.
    expect((await call(clinics, { path: '/api/clinics?zip=10001&note=%E2%82%AC+ok' })).status).toBe(200);
  });

  it('answers 400 with the error shape for an unknown or malformed ZIP code', async () => {
    for (const path of [
      '/api/clinics?zip=99999',
      '/api/clinics?zip=1000',
      '/api/clinics?zip=abcde',
      '/api/clinics',
      '/api/clinics?zip=10001&radiusMiles=-3',
    ]) {
      const res = await call(clinics, { path });
      expect(res.status, path).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(typeof res.body.error.message).toBe('string');
    }
  });

  it("a clinic's page: found by its address, and an address no clinic can have is not found (no database error)", async () => {
    const page = await findClinicPage('harbor-chelsea');
    expect(page?.clinic).toMatchObject({ name: 'Harbor PT — Chelsea', practiceName: 'Harbor Physical Therapy' });
    expect(page?.clinic.therapists.map((t) => t.name)).toEqual(['Maya Chen']);
    for (const slug of ['harbor-chelsea\u0000', '\u0000', 'Harbor-Chelsea', 'a'.repeat(100_000), '\ud800', "x' OR 1=1 --", ''])
      expect(await findClinicPage(slug), JSON.stringify(slug.slice(0, 20))).toBeNull();
  });

  // The locator looks days ahead first and further only for clinics still without a time
  // (lib/clinics/earliest-slots.ts): a first time three weeks out is still found, and hours a
  // therapist has on one date at a clinic out of reach are not offered as this clinic's.
  it('finds a clinic’s first open time weeks away, the same GET /api/slots lists first, and none from a clinic out of reach', async () => {
    const evanston = await db().clinic.findUniqueOrThrow({ where: { slug: 'prairie-evanston' } });
    const chelsea = await db().clinic.findUniqueOrThrow({ where: { slug: 'harbor-chelsea' } });
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    const later = await createTherapist(db(), {
      practiceId: evanston.practiceId,
      clinicId: evanston.id,
      timezone: evanston.timezone,
      name: 'Leah Later',
    });
    const week = typicalWeek(evanston.timezone, evanston.id, false).map((r) => ({ ...r, validFrom: day(20) }));
    await createAvailabilityRules(db(), later.therapist!.id, week);
    // One date soon at a clinic a thousand miles off: open there, not at Evanston.
    await db().availabilityOverride.create({
      data: {
        therapistId: later.therapist!.id,
        date: new Date(`${day(3)}T00:00:00Z`),
        startMinute: 9 * 60,
        endMinute: 17 * 60,
        timezone: chelsea.timezone,
        modality: 'IN_CLINIC',
        clinicId: chelsea.id,
      },
    });
    const card = (await near('60201')).body.clinics.find((c: { slug: string }) => c.slug === 'prairie-evanston');
    expect(card).toMatchObject({ bookable: true, earliestSlot: { therapistName: 'Leah Later' } });
    expect(card.earliestSlot.start >= `${day(20)}T`).toBe(true); // not the day-3 hours at Chelsea
    const listed = await call(slots, {
      path: `/api/slots?visitTypeId=${card.earliestSlot.visitTypeId}&clinicId=${evanston.id}&from=${new Date().toISOString()}&to=${new Date(Date.now() + 30 * 86_400_000).toISOString()}`,
    });
    expect(listed.body.slots[0]).toMatchObject({ start: card.earliestSlot.start, therapistId: later.therapist!.id });
  });

  it('names the therapist of a clinic’s earliest time even when their only hours there are on one date', async () => {
    const evanston = await db().clinic.findUniqueOrThrow({ where: { slug: 'prairie-evanston' } });
    const streeterville = await db().clinic.findUniqueOrThrow({ where: { slug: 'prairie-streeterville' } });
    const cover = await createTherapist(db(), {
      practiceId: evanston.practiceId,
      clinicId: streeterville.id,
      timezone: evanston.timezone,
      name: 'Otto Cover',
    });
    await createAvailabilityRules(db(), cover.therapist!.id, typicalWeek(streeterville.timezone, streeterville.id, false));
    const date = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    await db().availabilityOverride.create({
      data: {
        therapistId: cover.therapist!.id,
        date: new Date(`${date}T00:00:00Z`),
        startMinute: 8 * 60,
        endMinute: 18 * 60,
        timezone: evanston.timezone,
        modality: 'IN_CLINIC',
        clinicId: evanston.id,
      },
    });
    const card = (await near('60201')).body.clinics.find((c: { slug: string }) => c.slug === 'prairie-evanston');
    expect(card.earliestSlot).toMatchObject({ therapistId: cover.therapist!.id, therapistName: 'Otto Cover' });
    // The clinic's own page says the same.
    const page = await findClinicPage('prairie-evanston');
    expect(page?.clinic.earliestSlot).toMatchObject({ start: card.earliestSlot.start, therapistName: 'Otto Cover' });
  });
});

describe('intake', () => {
  it('a new patient needs one before the first booking; a clear one suggests a video visit', async () => {
    const p = await newPatient('Casey Nguyen');
    expect((await call(listIntakes, { as: p })).body).toEqual({ intakes: [], needsIntake: true, virtualAllowed: true });
    const res = await call(submitIntake, { as: p, json: intake({ oswestryAnswers: [2, 1, 2, 1, 2, 1, 2, null, 1, 1] }) });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      urgent: false,
      redFlags: [],
      suggestedModality: 'VIRTUAL',
      baselinePain: 5,
      oswestryScore: 28.9,
    });
    const after = await call(listIntakes, { as: p });
    expect(after.body).toMatchObject({ needsIntake: false, virtualAllowed: true });
    expect(after.body.intakes).toHaveLength(1);
    expect(await db().auditEvent.count({ where: { action: 'intake.submit', patientId: p.patientId } })).toBe(1);
  });

  it('refuses incomplete answers with 400, and the intake is for patients only', async () => {
    const p = await newPatient('Robin Park');
    const { fever: _fever, ...unanswered } = noFlags;
    for (const json of [
      intake({ redFlags: unanswered }),
      intake({ baselinePain: 12 }),
      intake({ reason: '  ' }),
      intake({ oswestryAnswers: Array(10).fill(null) }),
    ]) {
      const res = await call(submitIntake, { as: p, json });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect(await db().intake.count({ where: { patientId: p.patientId } })).toBe(0);
    const therapist = await user('therapist1@rehabit.test');
    expect((await call(submitIntake, { as: therapist, json: intake() })).status).toBe(403);
  });

  it('after a red flag: urgent, no video visit (422), a clinic visit books and carries the intake', async () => {
    const p = await newPatient('Jamie Fox');
    const res = await call(submitIntake, { as: p, json: intake({ redFlags: { ...noFlags, 'saddle-numbness': true } }) });
    expect(res.body).toMatchObject({ urgent: true, redFlags: ['saddle-numbness'], suggestedModality: 'IN_CLINIC' });
    expect((await call(listIntakes, { as: p })).body.virtualAllowed).toBe(false);

    const found = (await near('10001')).body;
    const video = found.virtualVisit.earliestSlot;
    const refused = await call(book, {
      as: p,
      json: {
        visitTypeId: video.visitTypeId,
        therapistId: video.therapistId,
        start: video.start,
        patientState: 'NY',
        payment: insurance,
      },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('RULE_VIOLATION');
    expect(refused.body.error.message).toMatch(/video visit is not available/);

    const slot = found.clinics[0].earliestSlot;
    const booked = await call(book, {
      as: p,
      json: {
        visitTypeId: slot.visitTypeId,
        therapistId: slot.therapistId,
        start: slot.start,
        clinicId: found.clinics[0].id,
        payment: insurance,
      },
    });
    expect(booked.status).toBe(201);
    const row = await db().appointment.findUniqueOrThrow({ where: { id: booked.body.id }, select: { intakeId: true } });
    expect(row.intakeId).toBe(res.body.id);
    // The clinic's earliest time is now taken, so the locator offers a later one.
    const again = (await near('10001')).body.clinics[0].earliestSlot;
    expect(Date.parse(again.start)).toBeGreaterThan(Date.parse(slot.start));
  });

  it('a first booking without an intake is refused by the server too (422), not only by the booking screens', async () => {
    const p = await newPatient('Sam Ortiz');
    const slot = (await near('10001')).body.clinics[0];
    const attempt = {
      visitTypeId: slot.earliestSlot.visitTypeId,
      therapistId: slot.earliestSlot.therapistId,
      start: slot.earliestSlot.start,
      clinicId: slot.id,
      payment: insurance,
    };
    const refused = await call(book, { as: p, json: attempt });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('INTAKE_REQUIRED');
    expect(await db().appointment.count({ where: { patientId: p.patientId } })).toBe(0);
    await call(submitIntake, { as: p, json: intake() });
    expect((await call(book, { as: p, json: attempt })).status).toBe(201);
  });

  it('the waitlist asks the same: an intake first, and no video visit after a red flag', async () => {
    const p = await newPatient('Kim Lee');
    const video = (await near('10001')).body.virtualVisit.earliestSlot;
    const range = {
      earliest: new Date(Date.now() + 86_400_000).toISOString(),
      latest: new Date(Date.now() + 10 * 86_400_000).toISOString(),
    };
    const noIntake = await call(joinWaitlist, { as: p, json: { visitTypeId: video.visitTypeId, ...range } });
    expect(noIntake.status).toBe(422);
    expect(noIntake.body.error.code).toBe('INTAKE_REQUIRED');
    await call(submitIntake, { as: p, json: intake({ redFlags: { ...noFlags, fever: true } }) });
    const flagged = await call(joinWaitlist, { as: p, json: { visitTypeId: video.visitTypeId, ...range } });
    expect(flagged.status).toBe(422);
    expect(flagged.body.error.code).toBe('RULE_VIOLATION');
    expect(await db().waitlistEntry.count({ where: { patientId: p.patientId } })).toBe(0);
  });

  it('the therapist, the practice admins and the patient read it on the appointment; anyone else gets 404', async () => {
    const p = await newPatient('Drew Alvarez');
    const submitted = await call(submitIntake, { as: p, json: intake({ painAreas: ['low-back', 'below-knee'] }) });
    expect(submitted.body.suggestedModality).toBe('IN_CLINIC');
    const found = (await near('10001')).body;
    const slot = found.clinics[0].earliestSlot;
    const booked = await call(book, {
      as: p,
      json: {
        visitTypeId: slot.visitTypeId,
        therapistId: slot.therapistId,
        start: slot.start,
        clinicId: found.clinics[0].id,
        payment: insurance,
      },
    });
    expect(booked.status).toBe(201);
    const read = (as: Caller) => call(appointmentIntake, { as, params: { id: booked.body.id } });

    const maya = await user('therapist1@rehabit.test');
    const res = await read(maya);
    expect(res.status).toBe(200);
    expect(res.body.intake).toMatchObject({
      id: submitted.body.id,
      reason: 'Low back pain that is worse when I lie down',
      painAreas: ['low-back', 'below-knee'],
    });
    expect(res.body.intake.suggestionReasons[0]).toMatch(/below the knee/);
    expect(await db().auditEvent.count({ where: { action: 'intake.read', actorId: maya.id, patientId: p.patientId } })).toBe(1);
    // The read is the appointment's practice's business (its admins' audit log); the intake itself,
    // filled in before any booking, belonged to no practice yet.
    const { therapist } = await db().appointment.findUniqueOrThrow({
      where: { id: booked.body.id },
      select: { therapist: { select: { practiceId: true } } },
    });
    expect(
      await db().auditEvent.findMany({
        where: { action: { startsWith: 'intake.' }, patientId: p.patientId },
        select: { action: true, practiceId: true },
        orderBy: { at: 'asc' },
      }),
    ).toEqual([
      { action: 'intake.submit', practiceId: null },
      { action: 'intake.read', practiceId: therapist.practiceId },
    ]);

    for (const who of [p, await user('admin.harbor-pt@rehabit.test'), await user('admin@rehabit.test')])
      expect((await read(who)).status).toBe(200);
    const outsiders = [
      await user('therapist2@rehabit.test'),
      await user('admin.prairie-motion@rehabit.test'),
      await user('patient1@rehabit.test'),
      await createAdmin(db(), { practiceId: (await db().practice.findFirstOrThrow({ where: { slug: 'summit-spine' } })).id }),
    ];
    for (const who of outsiders) {
      const denied = await read(who);
      expect(denied.status).toBe(404);
      expect(denied.body.error.code).toBe('NOT_FOUND');
    }
  });

  it('in the demo, every patient has an intake and Jordan Miller’s evaluation carries hers', async () => {
    for (const n of [1, 2, 3, 4]) {
      const p = await user(`patient${n}@rehabit.test`);
      expect((await call(listIntakes, { as: p })).body).toMatchObject({ needsIntake: false, virtualAllowed: true });
    }
    const evaluation = await db().appointment.findFirstOrThrow({
      where: { patient: { user: { email: 'patient1@rehabit.test' } }, visitType: { slug: 'initial-evaluation' } },
      select: { id: true },
    });
    const res = await call(appointmentIntake, { as: await user('therapist1@rehabit.test'), params: { id: evaluation.id } });
    expect(res.body.intake).toMatchObject({ baselinePain: 6, oswestryScore: 38, urgent: false });
  });
});
