import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { call } from '@/tests/support/http';
import { at, buildClinic, weekdayAhead, ZONE } from '@/tests/support/scheduling';
import { isoWeekday } from '@/lib/scheduling/zoned-time';
import { loadAvailabilityState } from '@/lib/scheduling/load-availability-state';
import { createAvailabilityRules, createClinic, createTherapist } from '@/prisma/factories';
import { GET as getAvailability, PUT as replaceRules } from '@/app/api/availability/route';
import { PUT as setOverride } from '@/app/api/availability/overrides/route';
import { POST as addTimeOff } from '@/app/api/availability/time-off/route';
import { DELETE as removeTimeOff } from '@/app/api/availability/time-off/[id]/route';
import { GET as listSlots } from '@/app/api/slots/route';
import { GET as listAppointments, POST as book } from '@/app/api/appointments/route';

let w: Awaited<ReturnType<typeof buildClinic>>;
beforeAll(async () => {
  w = await buildClinic();
});

async function startsOn(date: string, therapistId = w.therapist.id): Promise<string[]> {
  const res = await call(listSlots, {
    path: `/api/slots?visitTypeId=${w.visitType.id}&therapistId=${therapistId}&from=${at(date, '00:00').toISOString()}&to=${at(date, '23:59').toISOString()}`,
  });
  return res.body.slots.map((s: { start: string }) => s.start);
}

describe("a therapist's own hours", () => {
  it('replaces the weekly hours with several ranges a day, stored in the therapist zone', async () => {
    const d = weekdayAhead(0);
    const res = await call(replaceRules, {
      as: w.therapistUser,
      method: 'PUT',
      json: {
        rules: [1, 2, 3, 4, 5].flatMap((weekday) => [
          {
            weekday,
            startMinute: 8 * 60,
            endMinute: 10 * 60,
            modality: 'IN_CLINIC',
            clinicId: w.clinic.id,
            validFrom: '2026-01-01',
          },
          {
            weekday,
            startMinute: 13 * 60,
            endMinute: 15 * 60,
            modality: 'IN_CLINIC',
            clinicId: w.clinic.id,
            validFrom: '2026-01-01',
          },
        ]),
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.rules).toHaveLength(10);
    expect(res.body.rules.filter((r: { weekday: number }) => r.weekday === isoWeekday(d))).toHaveLength(2);
    expect(res.body.rules[0].timezone).toBe(ZONE);
    const starts = await startsOn(d);
    expect(starts[0]).toBe(at(d, '08:00').toISOString());
    expect(starts).toContain(at(d, '09:00').toISOString()); // last 60-minute visit of the morning
    expect(starts).not.toContain(at(d, '09:15').toISOString());
    expect(starts).not.toContain(at(d, '11:00').toISOString());
    expect(starts).toContain(at(d, '14:00').toISOString());
  });

  it('closes a date with an override and removes time off, without touching other dates', async () => {
    const closed = weekdayAhead(1);
    const open = weekdayAhead(2);
    expect((await startsOn(closed)).length).toBeGreaterThan(0);
    const res = await call(setOverride, { as: w.otherTherapistUser, method: 'PUT', json: { date: closed, ranges: [] } });
    expect(res.status).toBe(200);
    // The override was the other therapist's: this one is unaffected.
    expect((await startsOn(closed)).length).toBeGreaterThan(0);
    await call(setOverride, { as: w.therapistUser, method: 'PUT', json: { date: closed, ranges: [] } });
    expect(await startsOn(closed)).toEqual([]);

    const off = await call(addTimeOff, {
      as: w.therapistUser,
      json: { startsAt: at(open, '09:00').toISOString(), endsAt: at(open, '12:00').toISOString(), reason: 'Course' },
    });
    expect(off.status).toBe(201);
    const starts = await startsOn(open);
    expect(starts).not.toContain(at(open, '09:00').toISOString()); // 08:00 ends as the time off starts: fine
    expect(starts).toEqual([
      at(open, '08:00').toISOString(),
      at(open, '13:00').toISOString(),
      at(open, '13:15').toISOString(),
      at(open, '13:30').toISOString(),
      at(open, '13:45').toISOString(),
      at(open, '14:00').toISOString(),
    ]);
  });

  it('is for therapists only, and refuses clinics of other practices', async () => {
    expect((await call(getAvailability, { as: w.patient })).status).toBe(403);
    const foreign = await call(replaceRules, {
      as: w.therapistUser,
      method: 'PUT',
      json: {
        rules: [
          {
            weekday: 1,
            startMinute: 480,
            endMinute: 600,
            modality: 'IN_CLINIC',
            clinicId: 'cm0000000000000000000000',
            validFrom: '2026-01-01',
          },
        ],
      },
    });
    expect(foreign.status).toBe(400);
    const reversed = await call(replaceRules, {
      as: w.therapistUser,
      method: 'PUT',
      json: { rules: [{ weekday: 1, startMinute: 600, endMinute: 480, modality: 'VIRTUAL', validFrom: '2026-01-01' }] },
    });
    expect(reversed.status).toBe(400);
    expect(await db().availabilityRule.count({ where: { therapistId: w.therapist.id } })).toBe(10);
  });
});

describe("a therapist's appointments in a range", () => {
  it('lists only their own appointments between two instants', async () => {
    const d = weekdayAhead(3);
    await call(book, {
      as: w.patient,
      json: { visitTypeId: w.visitType.id, therapistId: w.otherTherapist.id, start: at(d, '10:00').toISOString() },
    });
    const range = `from=${at(d, '00:00').toISOString()}&to=${at(d, '23:59').toISOString()}`;
    const theirs = await call(listAppointments, { as: w.otherTherapistUser, path: `/api/appointments?scope=range&${range}` });
    expect(theirs.body.appointments.map((a: { start: string }) => a.start)).toEqual([at(d, '10:00').toISOString()]);
    const mine = await call(listAppointments, { as: w.therapistUser, path: `/api/appointments?scope=range&${range}` });
    expect(mine.body.appointments).toEqual([]);
  });
});

describe('hours kept safe across clinic closures and concurrent saves', () => {
  /** A therapist of their own, weekdays 09:00–17:00 at the main clinic, so other tests are untouched. */
  async function freshTherapist(name: string) {
    const user = await createTherapist(db(), { practiceId: w.practice.id, clinicId: w.clinic.id, timezone: ZONE, name });
    await createAvailabilityRules(
      db(),
      user.therapist!.id,
      [1, 2, 3, 4, 5].map((weekday) => ({
        weekday,
        startMinute: 9 * 60,
        endMinute: 17 * 60,
        timezone: ZONE,
        clinicId: w.clinic.id,
      })),
    );
    return user;
  }

  it('a date whose changed hours were all at a clinic that closed offers nothing, not the weekly hours', async () => {
    const user = await freshTherapist('Priya Nair');
    const therapistId = user.therapist!.id;
    const annex = await createClinic(db(), w.practice.id, { timezone: ZONE });
    const d = weekdayAhead(4);
    const next = weekdayAhead(5);
    const set = await call(setOverride, {
      as: user,
      method: 'PUT',
      json: { date: d, ranges: [{ startMinute: 10 * 60, endMinute: 12 * 60, modality: 'IN_CLINIC', clinicId: annex.id }] },
    });
    expect(set.status).toBe(200);
    expect((await startsOn(d, therapistId))[0]).toBe(at(d, '10:00').toISOString());

    await db().clinic.update({ where: { id: annex.id }, data: { active: false, closedAt: new Date() } });
    expect(await startsOn(d, therapistId)).toEqual([]);
    expect((await startsOn(next, therapistId))[0]).toBe(at(next, '09:00').toISOString()); // other dates keep the weekly hours
    // What a change of hours is checked against agrees: the date is still overridden, with no hours.
    const { availability } = await loadAvailabilityState(therapistId);
    expect(availability.overrides.filter((o) => o.date === d)).toEqual([
      expect.objectContaining({ startMinute: null, endMinute: null }),
    ]);
  });

  it('adding and removing time off leaves an audit trail', async () => {
    const user = await freshTherapist('Tomás Ruiz');
    const therapistId = user.therapist!.id;
    const d = weekdayAhead(6);
    const off = await call(addTimeOff, {
      as: user,
      json: { startsAt: at(d, '09:00').toISOString(), endsAt: at(d, '12:00').toISOString(), reason: 'Dentist' },
    });
    expect(off.status).toBe(201);
    const added = await db().auditEvent.findMany({ where: { action: 'availability.time_off_add', entityId: therapistId } });
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ actorId: user.id, entityType: 'Therapist', practiceId: w.practice.id });
    const id = off.body.timeOff[0].id as string;
    expect((await call(removeTimeOff, { as: user, method: 'DELETE', params: { id } })).status).toBe(200);
    const removed = await db().auditEvent.findMany({ where: { action: 'availability.time_off_remove', entityId: therapistId } });
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatchObject({
      actorId: user.id,
      practiceId: w.practice.id,
      data: expect.objectContaining({ timeOffId: id }),
    });
    // Someone else's (or already removed) time off: 404 and no audit row.
    expect((await call(removeTimeOff, { as: user, method: 'DELETE', params: { id } })).status).toBe(404);
    expect(await db().auditEvent.count({ where: { action: 'availability.time_off_remove', entityId: therapistId } })).toBe(1);
  });

  it('two weekly-hours saves at the same moment leave exactly one of them, never both', async () => {
    const user = await freshTherapist('Grace Okafor');
    const therapistId = user.therapist!.id;
    const set = (from: number, to: number) =>
      [1, 2, 3, 4, 5].map((weekday) => ({
        weekday,
        startMinute: from,
        endMinute: to,
        modality: 'IN_CLINIC',
        clinicId: w.clinic.id,
        validFrom: '2026-01-01',
      }));
    const early = set(8 * 60, 10 * 60);
    const late = set(13 * 60, 16 * 60);
    const shape = (rules: { weekday: number; startMinute: number; endMinute: number }[]) =>
      rules.map((r) => `${r.weekday} ${r.startMinute}-${r.endMinute}`).sort();
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all(
        [early, late].map((rules) => call(replaceRules, { as: user, method: 'PUT', json: { rules } })),
      );
      expect(results.map((r) => r.status)).toEqual([200, 200]);
      const saved = shape(await db().availabilityRule.findMany({ where: { therapistId } }));
      expect([shape(early), shape(late)]).toContainEqual(saved);
    }
  });
});
