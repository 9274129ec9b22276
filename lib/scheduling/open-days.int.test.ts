import { beforeAll, describe, expect, it } from 'vitest';
import { call } from '@/tests/support/http';
import { at, buildClinic, weekdayAhead, ZONE } from '@/tests/support/scheduling';
import { localDateOf } from '@/lib/scheduling/zoned-time';
import { GET as listSlots } from '@/app/api/slots/route';
import { GET as listDays } from '@/app/api/slots/days/route';

let w: Awaited<ReturnType<typeof buildClinic>>;
beforeAll(async () => {
  w = await buildClinic();
});

const DAY = 86_400_000;

function q(params: Record<string, string>): string {
  return new URLSearchParams(params).toString();
}

describe('GET /api/slots/days', () => {
  it('counts the distinct starts /api/slots offers, per date in the asked zone', async () => {
    const from = at(weekdayAhead(0), '00:00');
    const to = new Date(from.getTime() + 14 * DAY);
    const range = { visitTypeId: w.visitType.id, from: from.toISOString(), to: to.toISOString() };
    const days = await call(listDays, { path: `/api/slots/days?${q({ ...range, timeZone: ZONE })}` });
    expect(days.status).toBe(200);
    const slots = await call(listSlots, { path: `/api/slots?${q(range)}` });
    const expected = (zone: string) => {
      const byDate = new Map<string, Set<string>>();
      for (const s of slots.body.slots as { start: string }[]) {
        const date = localDateOf(new Date(s.start).getTime(), zone);
        byDate.set(date, (byDate.get(date) ?? new Set()).add(s.start));
      }
      return [...byDate].map(([date, starts]) => ({ date, count: starts.size }));
    };
    expect(days.body.days).toEqual(expected(ZONE));
    expect(days.body.days.length).toBeGreaterThanOrEqual(10); // two weeks of weekdays
    expect(days.body.timeZone).toBe(ZONE);
    // The visit type's horizon is 90 days.
    expect(Math.abs(new Date(days.body.bookableUntil).getTime() - (Date.now() + 90 * DAY))).toBeLessThan(60_000);

    // In Tokyo (13 or 14 hours ahead) a New York working day spans two dates.
    const tokyo = await call(listDays, { path: `/api/slots/days?${q({ ...range, timeZone: 'Asia/Tokyo' })}` });
    expect(tokyo.body.days).toEqual(expected('Asia/Tokyo'));
    expect(tokyo.body.days[0].count).toBeLessThan(days.body.days[0].count);
  });

  it('filters by therapist like /api/slots', async () => {
    const from = at(weekdayAhead(0), '00:00');
    const to = new Date(from.getTime() + DAY);
    const res = await call(listDays, {
      path: `/api/slots/days?${q({ visitTypeId: w.visitType.id, therapistId: w.therapist.id, from: from.toISOString(), to: to.toISOString(), timeZone: ZONE })}`,
    });
    // 09:00 to 16:00 every 15 minutes for a 60-minute visit: 29 starts.
    expect(res.body.days).toEqual([{ date: weekdayAhead(0), count: 29 }]);
  });

  it('refuses a zone that is not an IANA name, a range over 93 days and an unknown visit type', async () => {
    const from = new Date();
    const base = { visitTypeId: w.visitType.id, from: from.toISOString(), to: new Date(from.getTime() + 7 * DAY).toISOString() };
    const badZone = await call(listDays, { path: `/api/slots/days?${q({ ...base, timeZone: 'Mars/Olympus_Mons' })}` });
    expect(badZone.status).toBe(400);
    expect(badZone.body.error.code).toBe('VALIDATION_FAILED');
    const long = await call(listDays, {
      path: `/api/slots/days?${q({ ...base, to: new Date(from.getTime() + 94 * DAY).toISOString(), timeZone: ZONE })}`,
    });
    expect(long.status).toBe(400);
    const missing = await call(listDays, {
      path: `/api/slots/days?${q({ ...base, visitTypeId: 'no-such-visit-type', timeZone: ZONE })}`,
    });
    expect(missing.status).toBe(404);
  });
});
