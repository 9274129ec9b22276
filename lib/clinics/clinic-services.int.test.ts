// Issue 16 part 4: clinic services — the locator filters by them, admins of the clinic's practice
// edit them (another practice's admin gets 404), and anything outside the catalogue is refused.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createAdmin, createClinic, createPractice } from '@/prisma/factories';
import { call } from '@/tests/support/http';
import { GET as near } from '@/app/api/clinics/route';
import { PATCH as update } from '@/app/api/admin/clinics/[id]/route';
import { POST as create } from '@/app/api/admin/clinics/route';

let practiceId: string;
let pool: { id: string };
let plain: { id: string };
let practiceAdmin: { id: string };
let otherAdmin: { id: string };

beforeAll(async () => {
  practiceId = (await createPractice(db())).id;
  // Two clinics in Topeka, KS (no other test clinic is near): one with a pool, one without.
  const at = { city: 'Topeka', state: 'KS', zip: '66603', latitude: 39.0558, longitude: -95.689, timezone: 'America/Chicago' };
  pool = await createClinic(db(), practiceId, {
    ...at,
    name: 'Topeka Pool PT',
    services: ['orthopedic-care', 'aquatic-therapy'],
  });
  plain = await createClinic(db(), practiceId, { ...at, name: 'Topeka Spine', services: ['spine-care', 'dry-needling'] });
  practiceAdmin = await createAdmin(db(), { practiceId });
  otherAdmin = await createAdmin(db(), { practiceId: (await createPractice(db())).id });
});

const ids = (body: { clinics: { id: string }[] }) => body.clinics.map((c) => c.id);

describe('clinic services', () => {
  it('lists each clinic with its services and filters the locator by one', async () => {
    const all = await call(near, { path: '/api/clinics?zip=66603' });
    expect(all.status).toBe(200);
    expect(ids(all.body)).toEqual(expect.arrayContaining([pool.id, plain.id]));
    expect(all.body.clinics.find((c: { id: string }) => c.id === pool.id).services).toEqual([
      'orthopedic-care',
      'aquatic-therapy',
    ]);
    const aquatic = await call(near, { path: '/api/clinics?zip=66603&service=aquatic-therapy' });
    expect(aquatic.status).toBe(200);
    expect(ids(aquatic.body)).toContain(pool.id);
    expect(ids(aquatic.body)).not.toContain(plain.id);
    expect(aquatic.body.clinics.every((c: { services: string[] }) => c.services.includes('aquatic-therapy'))).toBe(true);
  });

  it('refuses a service outside the catalogue (400)', async () => {
    for (const service of ['hot-stones', 'AQUATIC-THERAPY', '', "aquatic-therapy'--"]) {
      const r = await call(near, { path: `/api/clinics?zip=66603&service=${encodeURIComponent(service)}` });
      expect(r.status, service).toBe(400);
    }
  });

  it("lets the practice's admin edit services; another practice's admin gets 404; bad lists get 400", async () => {
    const ok = await call(update, {
      as: practiceAdmin,
      method: 'PATCH',
      params: { id: plain.id },
      json: { services: ['aquatic-therapy', 'myofascial-release'] },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.services).toEqual(['aquatic-therapy', 'myofascial-release']);
    // Audited as every clinic edit is: who changed which fields of which clinic.
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: 'clinic.update', entityId: plain.id },
      orderBy: { at: 'desc' },
    });
    expect(audit).toMatchObject({ actorId: practiceAdmin.id, practiceId, data: { fields: ['services'] } });
    const foreign = await call(update, { as: otherAdmin, method: 'PATCH', params: { id: plain.id }, json: { services: [] } });
    expect(foreign.status).toBe(404);
    for (const services of [
      ['aquatic-therapy', 'aquatic-therapy'],
      ['reiki'],
      'aquatic-therapy',
      [1],
      ['aquatic-therapy\u0000'],
    ]) {
      const bad = await call(update, { as: practiceAdmin, method: 'PATCH', params: { id: plain.id }, json: { services } });
      expect(bad.status, JSON.stringify(services)).toBe(400);
    }
    expect((await db().clinic.findUniqueOrThrow({ where: { id: plain.id } })).services).toEqual([
      'aquatic-therapy',
      'myofascial-release',
    ]);
  });

  it('a new clinic starts with the services given, and the database refuses one outside the catalogue', async () => {
    const made = await call(create, {
      as: practiceAdmin,
      json: {
        practiceId,
        name: 'Topeka North',
        addressLine1: '1 Main St',
        addressLine2: null,
        city: 'Topeka',
        state: 'KS',
        zip: '66608',
        latitude: 39.08,
        longitude: -95.67,
        timezone: 'America/Chicago',
        phone: '(785) 555-0101',
        hours: 'Mon–Fri 8–5',
        services: ['dry-needling'],
      },
    });
    expect(made.status).toBe(201);
    expect(made.body.services).toEqual(['dry-needling']);
    await expect(db().clinic.update({ where: { id: pool.id }, data: { services: ['reiki'] } })).rejects.toThrow();
  });
});
