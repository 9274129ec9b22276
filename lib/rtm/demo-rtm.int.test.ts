// The demo seed's RTM patients (prisma/demo-rtm.ts) over the real report: last month shows each
// threshold met and missed — 98977 at 16 days vs "11 of 16 days", 98980 at 20 minutes with an
// interactive communication vs 25 minutes without one, 98981 from 40 minutes — and the month
// their first period ended shows 98975 for those with 16 days in it. Relative to the seed's now.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { seedDemo } from '@/prisma/seed';
import { RTM_DEMO_CASES, RTM_DEMO_THERAPIST, rtmDemoMonths } from '@/prisma/demo-rtm';
import { call } from '@/tests/support/http';
import { GET as report } from '@/app/api/admin/rtm/route';

type Row = {
  patient: { name: string };
  codes: string[];
  periods: { number: number; dataDays: number; missing: string | null; endsInMonth: boolean }[];
  management: { minutes: number; interactive: boolean; missing: string | null };
  consent: { withdrawnAt: string | null } | null;
};

let months: ReturnType<typeof rtmDemoMonths>;
const rowsOf = async (month: string) => {
  const admin = await db().user.findUniqueOrThrow({ where: { email: 'admin.harbor-pt@rehabit.test' } });
  const res = await call(report, { as: admin, path: `/api/admin/rtm?month=${month}` });
  expect(res.status).toBe(200);
  const byName = new Map((res.body.rows as Row[]).map((r) => [r.patient.name, r]));
  return (c: { name: string }) => byName.get(c.name)!;
};
const billed = (r: Row) => r.periods.find((p) => p.endsInMonth)!;

beforeAll(async () => {
  const now = new Date();
  await seedDemo(db());
  const therapist = await db().therapist.findFirstOrThrow({ where: { user: { email: RTM_DEMO_THERAPIST } } });
  months = rtmDemoMonths(now, therapist.timezone);
}, 120_000);

describe('the demo RTM patients, last month', () => {
  it('meet and miss 98977 at 16 days of data', async () => {
    const row = await rowsOf(months.last);
    const { allMet, justShort, noInteraction, videoTwenty, plenty } = RTM_DEMO_CASES;
    expect(billed(row(allMet))).toMatchObject({ number: 3, dataDays: 24, missing: null });
    expect(billed(row(noInteraction))).toMatchObject({ dataDays: 16, missing: null });
    expect(billed(row(justShort))).toMatchObject({ dataDays: 11, missing: '11 of 16 days' });
    expect(billed(row(videoTwenty))).toMatchObject({ dataDays: 15, missing: '15 of 16 days' });
    expect(billed(row(plenty))).toMatchObject({ dataDays: 30, missing: null });
  });

  it('meet and miss 98980 (20 minutes with an interactive communication) and 98981 (each further 20)', async () => {
    const row = await rowsOf(months.last);
    const { allMet, justShort, noInteraction, videoTwenty, plenty } = RTM_DEMO_CASES;
    expect(row(justShort).management).toMatchObject({ minutes: 19, interactive: true, missing: '19 of 20 minutes' });
    expect(row(noInteraction).management).toMatchObject({
      minutes: 25,
      interactive: false,
      missing: 'no interactive communication',
    });
    expect(row(videoTwenty).management).toMatchObject({ minutes: 20, interactive: true }); // the video visit
    expect(row(allMet).management.minutes).toBe(45);
    expect(row(plenty).management.minutes).toBe(62);

    expect(row(allMet).codes).toEqual(['98977', '98980', '98981']);
    expect(row(justShort).codes).toEqual([]);
    expect(row(noInteraction).codes).toEqual(['98977']);
    expect(row(videoTwenty).codes).toEqual(['98980']);
    expect(row(plenty).codes).toEqual(['98977', '98980', '98981', '98981']);
    for (const c of Object.values(RTM_DEMO_CASES)) expect(row(c).consent).toMatchObject({ withdrawnAt: null });
  });
});

describe('the demo RTM patients, the month their first period ended', () => {
  it('bills 98975 once, with 16 days in the first period', async () => {
    const row = await rowsOf(months.setup);
    const { allMet, justShort, noInteraction, videoTwenty, plenty } = RTM_DEMO_CASES;
    for (const c of [allMet, noInteraction, plenty]) {
      expect(billed(row(c)).number).toBe(1);
      expect(row(c).codes.filter((code) => code === '98975')).toHaveLength(1);
    }
    for (const c of [justShort, videoTwenty]) expect(row(c).codes).not.toContain('98975');
    // Not again with a later period.
    const later = await rowsOf(months.last);
    for (const c of Object.values(RTM_DEMO_CASES)) expect(later(c).codes).not.toContain('98975');
  });
});
