// Dates that do not exist are refused with 400 before they reach JavaScript's Date (which rolls
// 2026-02-31 over to March 3) or Postgres (which refuses 2026-13-01 with an error): nothing saved.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { call } from '@/tests/support/http';
import { buildClinic } from '@/tests/support/scheduling';
import { PUT as replaceRules } from '@/app/api/availability/route';
import { PUT as setOverride } from '@/app/api/availability/overrides/route';
import { DELETE as clearOverride } from '@/app/api/availability/overrides/[date]/route';

let w: Awaited<ReturnType<typeof buildClinic>>;
beforeAll(async () => {
  w = await buildClinic();
});

describe('impossible dates in availability changes', () => {
  it('answers 400 for 2026-02-31 and 2026-13-01 and changes nothing', async () => {
    const before = { rules: await db().availabilityRule.count(), overrides: await db().availabilityOverride.count() };
    for (const date of ['2026-02-31', '2026-13-01']) {
      const override = await call(setOverride, { as: w.therapistUser, method: 'PUT', json: { date, ranges: [] } });
      expect(override.status).toBe(400);
      expect(override.body.error.code).toBe('VALIDATION_FAILED');
      expect(override.body.error.message).toMatch(/real date/);
      const rules = await call(replaceRules, {
        as: w.therapistUser,
        method: 'PUT',
        json: { rules: [{ weekday: 1, startMinute: 540, endMinute: 600, modality: 'VIRTUAL', clinicId: null, validFrom: date }] },
      });
      expect(rules.status).toBe(400);
      const cleared = await call(clearOverride, { as: w.therapistUser, method: 'DELETE', params: { date } });
      expect(cleared.status).toBe(400);
    }
    expect({ rules: await db().availabilityRule.count(), overrides: await db().availabilityOverride.count() }).toEqual(before);
  });
});

describe('a weekly rule that ends before it starts', () => {
  it('answers 400 naming validUntil (the table refuses it, which was a 500) and keeps the old hours', async () => {
    const before = await db().availabilityRule.count();
    const res = await call(replaceRules, {
      as: w.therapistUser,
      method: 'PUT',
      json: {
        rules: [
          {
            weekday: 1,
            startMinute: 540,
            endMinute: 600,
            modality: 'VIRTUAL',
            clinicId: null,
            validFrom: '2026-06-10',
            validUntil: '2026-06-09',
          },
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'body.rules.0.validUntil' })]);
    expect(await db().availabilityRule.count()).toBe(before);
  });

  it('accepts a rule valid for one day (validUntil = validFrom)', async () => {
    const res = await call(replaceRules, {
      as: w.therapistUser,
      method: 'PUT',
      json: {
        rules: [
          {
            weekday: 1,
            startMinute: 540,
            endMinute: 600,
            modality: 'VIRTUAL',
            clinicId: null,
            validFrom: '2026-06-08',
            validUntil: '2026-06-08',
          },
        ],
      },
    });
    expect(res.status).toBe(200);
  });
});
