// Security review (2026-12-05): the therapist calendar (/therapist/calendar, /therapist/schedule)
// and the front desk (/admin/schedule) take `?date=` from the URL. 9999-12-31 passed the date check
// and the window arithmetic then threw (a RangeError: '+010000-01' is no date), so the page was a
// 500 for anyone who typed it. A date the calendars cannot page around now means "today".
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/roles';
import { createAdmin } from '@/prisma/factories';
import { buildClinic } from '@/tests/support/scheduling';
import { loadFrontDeskDay } from '../admin/load-front-desk-day';
import { loadTherapistGrid } from './load-therapist-grid';
import { loadTherapistCalendar } from './load-therapist-calendar';
import { localDateOf } from './zoned-time';
import { parseLocalDate } from './therapist-calendar';

let w: Awaited<ReturnType<typeof buildClinic>>;
let admin: SessionUser;
let therapist: SessionUser;
const asSession = (u: {
  id: string;
  email: string;
  name: string;
  role: SessionUser['role'];
  practiceId: string | null;
}): SessionUser => ({ id: u.id, email: u.email, name: u.name, role: u.role, practiceId: u.practiceId });

beforeAll(async () => {
  w = await buildClinic();
  admin = asSession(await createAdmin(db(), { practiceId: w.practice.id }));
  therapist = asSession(w.therapistUser);
});

const FAR = ['9999-12-31', '9999-12-28', '0000-01-01', '0001-01-01'];

describe('calendar pages given a far ?date=', () => {
  it.each(FAR)('the therapist grid, list and front desk show today for %s instead of failing', async (raw) => {
    const date = parseLocalDate(raw);
    const today = localDateOf(Date.now(), w.therapist.timezone);
    for (const view of ['day', 'week'] as const) {
      await expect(loadTherapistGrid(therapist, view, date)).resolves.toMatchObject({ date: today });
      await expect(loadTherapistCalendar(therapist, view, date)).resolves.toBeTruthy();
    }
    const desk = await loadFrontDeskDay(admin, { clinicId: w.clinic.id, date, visitTypeId: null });
    expect(desk.day?.date).toBe(today);
  });

  it('pages around the last and first dates it accepts', async () => {
    for (const date of ['2999-12-31', '1900-01-01']) {
      expect(parseLocalDate(date)).toBe(date);
      const grid = await loadTherapistGrid(therapist, 'week', date);
      expect(grid.date).toBe(date);
      await expect(loadFrontDeskDay(admin, { clinicId: w.clinic.id, date, visitTypeId: null })).resolves.toMatchObject({
        day: { date },
      });
    }
  });
});
