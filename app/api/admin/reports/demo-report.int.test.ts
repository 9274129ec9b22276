import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { seedDemo } from '@/prisma/seed';
import { call } from '@/tests/support/http';
import { GET as report } from './route';

beforeAll(async () => {
  await seedDemo(db());
}, 120_000);

describe('the demo network', () => {
  it('gives a practice admin ten weeks of history to report on, with no-shows, cancellations and revenue', async () => {
    const admin = await db().user.findUniqueOrThrow({ where: { email: 'admin.prairie-motion@rehabit.test' } });
    const res = await call(report, { path: '/api/admin/reports', as: admin });
    expect(res.status).toBe(200);
    expect(res.body.weeks).toHaveLength(10);
    const { totals } = res.body;
    expect(totals.completed).toBeGreaterThan(0);
    expect(totals.noShows).toBeGreaterThan(0);
    expect(totals.cancellations).toBeGreaterThan(0);
    expect(totals.revenue[0]).toMatchObject({ currency: 'usd', cents: expect.any(Number) });
    expect(totals.revenue[0].cents).toBeGreaterThan(0);
    const practice = await db().practice.findUniqueOrThrow({ where: { slug: 'prairie-motion' }, include: { clinics: true } });
    const clinicIds = new Set(practice.clinics.map((c) => c.id));
    expect(res.body.rows.every((r: { clinic: { id: string } | null }) => r.clinic === null || clinicIds.has(r.clinic.id))).toBe(
      true,
    );
  });
});
