import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createAdmin, createPatient, createPractice, createTherapist, createVisitType } from '@/prisma/factories';
import { call } from '@/tests/support/http';
import { GET as list, POST as create } from '@/app/api/admin/visit-types/route';
import { PATCH as update } from '@/app/api/admin/visit-types/[id]/route';
import { listVisitTypes } from '@/lib/clinics/list-visit-types';

let harbor: { id: string };
let prairie: { id: string };
let networkAdmin: { id: string };
let harborAdmin: { id: string };
let networkType: { id: string };

beforeAll(async () => {
  harbor = await createPractice(db());
  prairie = await createPractice(db());
  networkAdmin = await createAdmin(db());
  harborAdmin = await createAdmin(db(), { practiceId: harbor.id });
  networkType = await createVisitType(db(), { name: 'Initial evaluation', durationMinutes: 60, priceCents: 15000 });
});

const dryNeedling = (practiceId: string | null) => ({
  practiceId,
  name: 'Dry needling',
  description: 'Trigger point dry needling.',
  durationMinutes: 45,
  priceCents: 9500,
  modality: 'IN_CLINIC',
  bufferAfterMinutes: 10,
  freeCancellationHours: 24,
  lateCancellationFeeCents: 4000,
});

describe('visit types', () => {
  it('a practice admin creates one for their practice with a price in cents and a cancellation policy', async () => {
    const res = await call(create, { as: harborAdmin, json: dryNeedling(harbor.id) });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      slug: 'dry-needling',
      priceCents: 9500,
      currency: 'usd',
      lateCancellationFeeCents: 4000,
      bufferAfterMinutes: 10,
      minNoticeMinutes: 720,
      horizonDays: 90,
      active: true,
      practice: { id: harbor.id },
    });
    expect(
      await db().auditEvent.count({ where: { action: 'visit_type.create', entityId: res.body.id, practiceId: harbor.id } }),
    ).toBe(1);
  });

  it('validates duration, fee against price, and modality', async () => {
    const cases: [object, string][] = [
      [{ durationMinutes: 4 }, 'body.durationMinutes'],
      [{ durationMinutes: 241 }, 'body.durationMinutes'],
      [{ lateCancellationFeeCents: 9600 }, 'body.lateCancellationFeeCents'],
      [{ modality: 'HOME' }, 'body.modality'],
      [{ priceCents: 12.5 }, 'body.priceCents'],
      [{ currency: 'dollars' }, 'body.currency'],
    ];
    for (const [bad, path] of cases) {
      const res = await call(create, { as: networkAdmin, json: { ...dryNeedling(prairie.id), slug: 'bad-type', ...bad } });
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    expect(await db().visitType.count({ where: { slug: 'bad-type' } })).toBe(0);
  });

  it('keeps practice admins off network-wide types (403) and other practices’ types (404)', async () => {
    const networkWide = await call(create, { as: harborAdmin, json: { ...dryNeedling(null), slug: 'network-needling' } });
    expect(networkWide.status).toBe(403);
    const prairieType = await call(create, { as: networkAdmin, json: { ...dryNeedling(prairie.id), slug: 'prairie-needling' } });
    expect(prairieType.status).toBe(201);
    const foreign = await call(update, {
      as: harborAdmin,
      method: 'PATCH',
      params: { id: prairieType.body.id },
      json: { priceCents: 1 },
    });
    expect(foreign.status).toBe(404);
    const network = await call(update, {
      as: harborAdmin,
      method: 'PATCH',
      params: { id: networkType.id },
      json: { priceCents: 1 },
    });
    expect(network.status).toBe(403);
    expect((await db().visitType.findUniqueOrThrow({ where: { id: networkType.id } })).priceCents).toBe(15000);
    const byNetwork = await call(update, {
      as: networkAdmin,
      method: 'PATCH',
      params: { id: networkType.id },
      json: { priceCents: 16000 },
    });
    expect(byNetwork.status).toBe(200);
    const seen = await call(list, { as: harborAdmin });
    const slugs = seen.body.visitTypes.map((v: { slug: string }) => v.slug);
    expect(slugs).toContain('dry-needling');
    expect(slugs).not.toContain('prairie-needling');
  });

  it('edits the policy (fee checked against the stored price) and switching it off hides it from booking', async () => {
    const type = await db().visitType.findUniqueOrThrow({ where: { slug: 'dry-needling' } });
    const tooHigh = await call(update, {
      as: harborAdmin,
      method: 'PATCH',
      params: { id: type.id },
      json: { lateCancellationFeeCents: 9501 },
    });
    expect(tooHigh.status).toBe(400);
    const lower = await call(update, { as: harborAdmin, method: 'PATCH', params: { id: type.id }, json: { priceCents: 3000 } });
    expect(lower.status).toBe(400); // the stored 40.00 fee would exceed it
    const off = await call(update, {
      as: harborAdmin,
      method: 'PATCH',
      params: { id: type.id },
      json: { active: false, freeCancellationHours: 48 },
    });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ active: false, freeCancellationHours: 48 });
    expect((await listVisitTypes()).map((v) => v.id)).not.toContain(type.id);
  });

  it('gives a name another practice already used its own URL name, but refuses a chosen slug that is taken', async () => {
    const prairieAdmin = await createAdmin(db(), { practiceId: prairie.id });
    const harborSide = await call(create, { as: harborAdmin, json: { ...dryNeedling(harbor.id), name: 'Sports Massage' } });
    const prairieSide = await call(create, { as: prairieAdmin, json: { ...dryNeedling(prairie.id), name: 'Sports Massage' } });
    expect([harborSide.status, prairieSide.status]).toEqual([201, 201]);
    expect(harborSide.body.slug).toBe('sports-massage');
    expect(prairieSide.body.slug).toBe('sports-massage-2');
    expect(prairieSide.body).toMatchObject({ name: 'Sports Massage', practice: { id: prairie.id } });
    const chosen = await call(create, {
      as: prairieAdmin,
      json: { ...dryNeedling(prairie.id), name: 'Massage', slug: 'sports-massage' },
    });
    expect(chosen.status).toBe(409);
    expect(chosen.body.error.code).toBe('CONFLICT');
  });

  it('refuses patients and therapists', async () => {
    const patient = await createPatient(db());
    const therapist = await createTherapist(db(), { practiceId: harbor.id });
    for (const who of [patient, therapist]) {
      expect((await call(list, { as: who })).status).toBe(403);
      expect(
        (await call(update, { as: who, method: 'PATCH', params: { id: networkType.id }, json: { priceCents: 1 } })).status,
      ).toBe(403);
    }
  });
});
