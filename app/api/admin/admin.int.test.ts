import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createAdmin, createClinic, createPatient, createPractice, createTherapist } from '@/prisma/factories';
import { call } from '@/tests/support/http';
import { latestMailTo } from '@/tests/support/mail';
import { GET as listPractices } from './practices/route';
import { POST as createStaff } from './staff/route';

let harbor: { id: string };
let prairie: { id: string };
let prairieClinic: { id: string };
let networkAdmin: { id: string };
let harborAdmin: { id: string };

beforeAll(async () => {
  harbor = await createPractice(db(), { name: 'Harbor Physical Therapy' });
  prairie = await createPractice(db(), { name: 'Prairie Motion' });
  await createClinic(db(), harbor.id, { name: 'Harbor PT — Chelsea' });
  prairieClinic = await createClinic(db(), prairie.id, { name: 'Prairie Motion — Evanston', timezone: 'America/Chicago' });
  networkAdmin = await createAdmin(db());
  harborAdmin = await createAdmin(db(), { practiceId: harbor.id });
});

describe('admin routes are for admins only', () => {
  it('answers 403 to a patient and to a therapist, 401 to nobody', async () => {
    const patient = await createPatient(db());
    const therapist = await createTherapist(db(), { practiceId: harbor.id });
    for (const who of [patient, therapist]) {
      const res = await call(listPractices, { path: '/api/admin/practices', as: who });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
    expect((await call(listPractices, { path: '/api/admin/practices' })).status).toBe(401);
    const staff = await call(createStaff, {
      as: patient,
      json: { role: 'ADMIN', name: 'Mallory', email: 'mallory@example.test', practiceId: null },
    });
    expect(staff.status).toBe(403);
    expect(await db().user.count({ where: { email: 'mallory@example.test' } })).toBe(0);
  });
});

describe('GET /api/admin/practices', () => {
  it('shows a network admin every practice and a practice admin only their own', async () => {
    const all = await call(listPractices, { as: networkAdmin });
    expect(all.body.practices.map((p: { name: string }) => p.name)).toEqual(['Harbor Physical Therapy', 'Prairie Motion']);
    const own = await call(listPractices, { as: harborAdmin });
    expect(own.body.practices.map((p: { name: string }) => p.name)).toEqual(['Harbor Physical Therapy']);
    expect(own.body.practices[0].clinics.map((c: { name: string }) => c.name)).toEqual(['Harbor PT — Chelsea']);
  });
});

describe('POST /api/admin/staff', () => {
  const therapist = (practiceId: string, clinicId: string | null, email: string) => ({
    role: 'THERAPIST',
    name: 'Hannah Brooks',
    email,
    practiceId,
    clinicId,
    timezone: 'America/Chicago',
    offersVirtual: true,
  });

  it('creates a therapist with no password, records it, and mails them how to sign in', async () => {
    const res = await call(createStaff, {
      as: networkAdmin,
      json: therapist(prairie.id, prairieClinic.id, 'Hannah.B@example.test'),
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      email: 'hannah.b@example.test',
      name: 'Hannah Brooks',
      role: 'THERAPIST',
    });
    const saved = await db().user.findUniqueOrThrow({ where: { id: res.body.id }, include: { therapist: true } });
    expect(saved.passwordHash).toBeNull();
    expect(saved.therapist).toMatchObject({ clinicId: prairieClinic.id, timezone: 'America/Chicago', offersVirtual: true });
    expect(
      await db().auditEvent.count({ where: { actorId: networkAdmin.id, action: 'account.create_staff', entityId: res.body.id } }),
    ).toBe(1);
    const mail = await latestMailTo('hannah.b@example.test');
    expect(mail.subject).toBe('Your Rehabit account is ready');
    expect(mail.text).toContain('/signin');
  });

  it('stops a practice admin from adding staff to another practice or a network admin', async () => {
    const other = await call(createStaff, { as: harborAdmin, json: therapist(prairie.id, null, 'x1@example.test') });
    expect(other.status).toBe(403);
    const network = await call(createStaff, {
      as: harborAdmin,
      json: { role: 'ADMIN', name: 'Up', email: 'x2@example.test', practiceId: null },
    });
    expect(network.status).toBe(403);
    expect(await db().user.count({ where: { email: { in: ['x1@example.test', 'x2@example.test'] } } })).toBe(0);
  });

  it('rejects a clinic from another practice, an unknown zone, and a taken email', async () => {
    const wrongClinic = await call(createStaff, {
      as: networkAdmin,
      json: therapist(harbor.id, prairieClinic.id, 'x3@example.test'),
    });
    expect(wrongClinic.status).toBe(400);
    const badZone = await call(createStaff, {
      as: networkAdmin,
      json: { ...therapist(harbor.id, null, 'x4@example.test'), timezone: 'Mars/Olympus' },
    });
    expect(badZone.status).toBe(400);
    const taken = await call(createStaff, { as: networkAdmin, json: therapist(prairie.id, null, 'hannah.b@example.test') });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('EMAIL_TAKEN');
  });
});
