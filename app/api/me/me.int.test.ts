import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createClinic, createPatient, createPractice, createTherapist } from '@/prisma/factories';
import { call } from '@/tests/support/http';
import { GET } from './route';

let patient: Awaited<ReturnType<typeof createPatient>>;
let therapist: Awaited<ReturnType<typeof createTherapist>>;

beforeAll(async () => {
  const practice = await createPractice(db(), { name: 'Harbor Physical Therapy' });
  const clinic = await createClinic(db(), practice.id, { name: 'Harbor PT — Chelsea' });
  patient = await createPatient(db(), { name: 'Jordan Miller', dateOfBirth: '1982-03-14', preferredClinicId: clinic.id });
  therapist = await createTherapist(db(), {
    name: 'Maya Chen',
    practiceId: practice.id,
    clinicId: clinic.id,
    timezone: 'America/New_York',
  });
});

describe('GET /api/me', () => {
  it('needs a session', async () => {
    const res = await call(GET, { path: '/api/me' });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: 'UNAUTHENTICATED', message: expect.any(String) } });
  });

  it("returns the patient's own profile and nothing secret", async () => {
    const res = await call(GET, { path: '/api/me', as: patient });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: patient.id,
      name: 'Jordan Miller',
      role: 'PATIENT',
      patient: { dateOfBirth: '1982-03-14', preferredClinic: { name: 'Harbor PT — Chelsea' } },
      therapist: null,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/passwordHash|argon2/);
  });

  it("returns the therapist's own practice and clinic", async () => {
    const res = await call(GET, { path: '/api/me', as: therapist });
    expect(res.body.therapist).toMatchObject({
      timezone: 'America/New_York',
      practice: { name: 'Harbor Physical Therapy' },
      clinic: { name: 'Harbor PT — Chelsea' },
    });
  });

  it('stops working the moment an account is deactivated, even with a valid cookie', async () => {
    const other = await createPatient(db());
    await db().user.update({ where: { id: other.id }, data: { active: false } });
    expect((await call(GET, { path: '/api/me', as: other })).status).toBe(401);
  });

  it('ignores a forged cookie', async () => {
    const res = await call(GET, { path: '/api/me', headers: { cookie: 'next-auth.session-token=forged.value.here' } });
    expect(res.status).toBe(401);
  });
});
