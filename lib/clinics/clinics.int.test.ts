import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createAdmin, createAppointment, createClinic, createPatient, createPractice, createTherapist } from '@/prisma/factories';
import { call } from '@/tests/support/http';
import { at, buildClinic, weekdayAhead } from '@/tests/support/scheduling';
import { GET as listAdminClinics, POST as create } from '@/app/api/admin/clinics/route';
import { PATCH as update } from '@/app/api/admin/clinics/[id]/route';
import { POST as close } from '@/app/api/admin/clinics/[id]/close/route';
import { PATCH as patchTherapist } from '@/app/api/admin/therapists/[id]/route';
import { GET as listSlots } from '@/app/api/slots/route';
import { listClinics } from './list-bookable-therapists';

let w: Awaited<ReturnType<typeof buildClinic>>;
let networkAdmin: { id: string };
let practiceAdmin: { id: string };
let otherAdmin: { id: string };
const day = weekdayAhead(1);

beforeAll(async () => {
  w = await buildClinic();
  networkAdmin = await createAdmin(db());
  practiceAdmin = await createAdmin(db(), { practiceId: w.practice.id });
  otherAdmin = await createAdmin(db(), { practiceId: (await createPractice(db())).id });
});

const evanston = () => ({
  practiceId: w.practice.id,
  name: 'Prairie Motion — Evanston',
  addressLine1: '1603 Orrington Ave',
  addressLine2: 'Suite 200',
  city: 'Evanston',
  state: 'il',
  zip: '60201',
  latitude: 42.048,
  longitude: -87.6817,
  timezone: 'America/Chicago',
  phone: '(847) 555-0140',
  hours: 'Mon–Fri 7:00 am–7:00 pm',
});

describe('creating and editing clinics', () => {
  it('opens a clinic in the admin’s practice, with a slug made from its name', async () => {
    const res = await call(create, { as: practiceAdmin, json: evanston() });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      slug: 'prairie-motion-evanston',
      state: 'IL',
      active: true,
      closedAt: null,
      practice: { id: w.practice.id },
    });
    expect(
      await db().auditEvent.count({ where: { action: 'clinic.create', entityId: res.body.id, practiceId: w.practice.id } }),
    ).toBe(1);
    const again = await call(create, { as: networkAdmin, json: evanston() });
    expect(again.status).toBe(409);
  });

  it('rejects bad fields with a 400 naming them, and another practice with 403', async () => {
    for (const bad of [
      { zip: '6020' },
      { latitude: 91 },
      { longitude: -181 },
      { timezone: 'Central Time' },
      { state: 'Illinois' },
      { name: '' },
    ]) {
      const res = await call(create, { as: networkAdmin, json: { ...evanston(), slug: 'bad-one', ...bad } });
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.body.error.details[0].path).toBe(`body.${Object.keys(bad)[0]}`);
    }
    const foreign = await call(create, { as: otherAdmin, json: { ...evanston(), slug: 'foreign-one' } });
    expect(foreign.status).toBe(403);
    expect(await db().clinic.count({ where: { slug: { in: ['bad-one', 'foreign-one'] } } })).toBe(0);
  });

  it('edits a clinic of the practice; another practice’s admin gets 404 and nothing changes', async () => {
    const res = await call(update, {
      as: practiceAdmin,
      method: 'PATCH',
      params: { id: w.clinic.id },
      json: { phone: '(212) 555-0199', hours: 'Mon–Sat 8–6' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ phone: '(212) 555-0199', hours: 'Mon–Sat 8–6' });
    const foreign = await call(update, {
      as: otherAdmin,
      method: 'PATCH',
      params: { id: w.clinic.id },
      json: { name: 'Hijacked' },
    });
    expect(foreign.status).toBe(404);
    expect((await db().clinic.findUniqueOrThrow({ where: { id: w.clinic.id } })).name).not.toBe('Hijacked');
    const empty = await call(update, { as: practiceAdmin, method: 'PATCH', params: { id: w.clinic.id }, json: {} });
    expect(empty.status).toBe(400);
    const unknownField = await call(update, {
      as: practiceAdmin,
      method: 'PATCH',
      params: { id: w.clinic.id },
      json: { practiceId: 'x' },
    });
    expect(unknownField.status).toBe(400);
  });

  it('lists only the admin’s clinics, and refuses patients and therapists', async () => {
    const mine = await call(listAdminClinics, { as: practiceAdmin });
    expect(mine.body.clinics.every((c: { practice: { id: string } }) => c.practice.id === w.practice.id)).toBe(true);
    expect((await call(listAdminClinics, { as: otherAdmin })).body.clinics).toEqual([]);
    const patient = await createPatient(db());
    for (const who of [patient, w.therapistUser]) {
      expect((await call(listAdminClinics, { as: who })).status).toBe(403);
      expect((await call(close, { as: who, params: { id: w.clinic.id } })).status).toBe(403);
    }
  });
});

describe('closing a clinic', () => {
  const openStarts = async () =>
    (
      await call(listSlots, {
        path: `/api/slots?visitTypeId=${w.visitType.id}&clinicId=${w.clinic.id}&from=${at(day, '00:00').toISOString()}&to=${at(day, '23:59').toISOString()}`,
      })
    ).body.slots ?? [];

  it('is refused while visits are booked there, listing them; once they are gone it closes and stops booking there', async () => {
    expect((await openStarts()).length).toBeGreaterThan(0);
    const visit = await createAppointment(db(), {
      patientId: w.patient.patient!.id,
      therapistId: w.therapist.id,
      visitTypeId: w.visitType.id,
      startsAt: at(day, '10:00'),
    });
    const refused = await call(close, { as: practiceAdmin, params: { id: w.clinic.id } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.appointments).toEqual([
      expect.objectContaining({
        id: visit.id,
        therapistName: 'Maya Chen',
        patient: expect.objectContaining({ name: 'Jordan Miller' }),
      }),
    ]);
    expect((await db().clinic.findUniqueOrThrow({ where: { id: w.clinic.id } })).active).toBe(true);
    // The patient contacts in that answer are a PHI read, audited for the practice.
    expect(
      await db().auditEvent.findFirst({
        where: { action: 'appointment.list', entityType: 'Clinic', entityId: w.clinic.id, actorId: practiceAdmin.id },
      }),
    ).toMatchObject({ practiceId: w.practice.id, patientId: w.patient.patient!.id });

    await db().appointment.update({ where: { id: visit.id }, data: { status: 'CANCELLED', cancelledAt: new Date() } });
    expect((await call(close, { as: otherAdmin, params: { id: w.clinic.id } })).status).toBe(404);
    const closed = await call(close, { as: practiceAdmin, params: { id: w.clinic.id } });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ active: false, closedAt: expect.any(String) });

    expect(await openStarts()).toEqual([]);
    expect((await listClinics()).map((c) => c.id)).not.toContain(w.clinic.id);
    // Rules are kept for history.
    expect(await db().availabilityRule.count({ where: { clinicId: w.clinic.id } })).toBeGreaterThan(0);
    expect((await call(close, { as: practiceAdmin, params: { id: w.clinic.id } })).status).toBe(409);
  });

  it('clears the home clinic of the therapists based there, in the same step, and says who they are', async () => {
    const downtown = await createClinic(db(), w.practice.id, { name: 'Downtown', timezone: 'America/New_York' });
    const uptown = await createClinic(db(), w.practice.id, { name: 'Uptown', timezone: 'America/New_York' });
    const ana = await createTherapist(db(), { practiceId: w.practice.id, clinicId: downtown.id, name: 'Ana Brooks' });
    const ben = await createTherapist(db(), { practiceId: w.practice.id, clinicId: downtown.id, name: 'Ben Ortiz' });
    const cara = await createTherapist(db(), { practiceId: w.practice.id, clinicId: uptown.id, name: 'Cara Diaz' });

    const res = await call(close, { as: practiceAdmin, params: { id: downtown.id } });
    expect(res.status).toBe(200);
    expect(res.body.homeClinicCleared).toEqual([
      { id: ana.therapist!.id, name: 'Ana Brooks' },
      { id: ben.therapist!.id, name: 'Ben Ortiz' },
    ]);
    const homes = await db().therapist.findMany({
      where: { id: { in: [ana.therapist!.id, ben.therapist!.id, cara.therapist!.id] } },
    });
    expect(Object.fromEntries(homes.map((t) => [t.id, t.clinicId]))).toEqual({
      [ana.therapist!.id]: null,
      [ben.therapist!.id]: null,
      [cara.therapist!.id]: uptown.id,
    });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'clinic.close', entityId: downtown.id } });
    expect(audit.data).toEqual({ homeClinicCleared: res.body.homeClinicCleared });
    // The closed clinic can no longer be given as a home clinic.
    const reassigned = await call(patchTherapist, {
      as: practiceAdmin,
      method: 'PATCH',
      params: { id: ana.therapist!.id },
      json: { clinicId: downtown.id },
    });
    expect(reassigned.status).toBe(400);
  });

  it('changes no home clinic when the close is refused', async () => {
    const eastside = await createClinic(db(), w.practice.id, { name: 'Eastside', timezone: 'America/New_York' });
    const dev = await createTherapist(db(), { practiceId: w.practice.id, clinicId: eastside.id, name: 'Dev Shah' });
    await createAppointment(db(), {
      patientId: w.otherPatient.patient!.id,
      therapistId: dev.therapist!.id,
      visitTypeId: w.visitType.id,
      startsAt: at(day, '10:00'),
    });
    expect((await call(close, { as: practiceAdmin, params: { id: eastside.id } })).status).toBe(409);
    expect((await db().therapist.findUniqueOrThrow({ where: { id: dev.therapist!.id } })).clinicId).toBe(eastside.id);
  });
});
