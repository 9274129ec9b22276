import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { call } from '@/tests/support/http';
import { at, buildClinic, weekdayAhead } from '@/tests/support/scheduling';
import { addDays, isoWeekday } from '@/lib/scheduling/zoned-time';
import { PUT as replaceRules } from '@/app/api/availability/route';
import { PUT as setOverride } from '@/app/api/availability/overrides/route';
import { POST as addTimeOff } from '@/app/api/availability/time-off/route';
import { POST as preview } from '@/app/api/availability/preview/route';
import { DELETE as clearOverride } from '@/app/api/availability/overrides/[date]/route';
import { DELETE as removeTimeOff } from '@/app/api/availability/time-off/[id]/route';
import { createAppointment, createPractice, createVisitType } from '@/prisma/factories';

let w: Awaited<ReturnType<typeof buildClinic>>;
let bookedDay: string;
let booked: { id: string };
beforeAll(async () => {
  w = await buildClinic();
  bookedDay = weekdayAhead(1);
  booked = await createAppointment(db(), {
    patientId: w.patient.patient!.id,
    therapistId: w.therapist.id,
    visitTypeId: w.visitType.id,
    startsAt: at(bookedDay, '10:00'),
  });
});

const weekdays = (from: string, to: string) =>
  [1, 2, 3, 4, 5].map((weekday) => ({
    weekday,
    startMinute: minutes(from),
    endMinute: minutes(to),
    modality: 'IN_CLINIC',
    clinicId: w.clinic.id,
    validFrom: '2026-01-01',
  }));
function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}
/** The first Saturday at least two days ahead (clear of the 12-hour notice). */
function saturdayAhead(): string {
  let d = addDays(weekdayAhead(0), -1);
  while (isoWeekday(d) !== 6) d = addDays(d, 1);
  return d;
}

describe('previewing a change of hours', () => {
  it('shows the open times new hours would give, without saving anything', async () => {
    const saturday = saturdayAhead();
    const rules = [
      ...weekdays('09:00', '17:00'),
      { weekday: 6, startMinute: 600, endMinute: 720, modality: 'IN_CLINIC', clinicId: w.clinic.id, validFrom: '2026-01-01' },
    ];
    const res = await call(preview, { as: w.therapistUser, json: { visitTypeId: w.visitType.id, rules } });
    expect(res.status).toBe(200);
    expect(res.body.timezone).toBe('America/New_York');
    expect(res.body.visitType).toMatchObject({ id: w.visitType.id, name: 'Follow-up', durationMinutes: 60 });
    const starts: string[] = res.body.slots.map((s: { start: string }) => s.start);
    expect(
      starts.filter((s) => s >= at(saturday, '00:00').toISOString() && s < at(addDays(saturday, 1), '00:00').toISOString()),
    ).toEqual(['10:00', '10:15', '10:30', '10:45', '11:00'].map((t) => at(saturday, t).toISOString()));
    // The booked 10:00 visit (60 min + 15 min buffer) still blocks its time.
    expect(starts).not.toContain(at(bookedDay, '10:00').toISOString());
    expect(starts).toContain(at(bookedDay, '11:15').toISOString());
    expect(res.body.orphans).toEqual([]);
    expect(await db().availabilityRule.count({ where: { therapistId: w.therapist.id, weekday: 6 } })).toBe(0);
  });

  it('lists the booked visits new hours would leave outside, with who and what', async () => {
    const res = await call(preview, { as: w.therapistUser, json: { rules: weekdays('13:00', '17:00') } });
    expect(res.status).toBe(200);
    expect(res.body.slots).toEqual([]);
    expect(res.body.orphans).toEqual([
      {
        id: booked.id,
        status: 'BOOKED',
        start: at(bookedDay, '10:00').toISOString(),
        end: at(bookedDay, '11:00').toISOString(),
        modality: 'IN_CLINIC',
        patient: { id: w.patient.patient!.id, name: 'Jordan Miller' },
        visitType: { id: w.visitType.id, name: 'Follow-up' },
        clinic: { id: w.clinic.id, name: w.clinic.name },
      },
    ]);
    const closed = await call(preview, { as: w.therapistUser, json: { override: { date: bookedDay, ranges: [] } } });
    expect(closed.body.orphans.map((o: { id: string }) => o.id)).toEqual([booked.id]);
  });

  it("shows another therapist only their own visits, and refuses others' clinics and visit types", async () => {
    const theirs = await call(preview, { as: w.otherTherapistUser, json: { override: { date: bookedDay, ranges: [] } } });
    expect(theirs.status).toBe(200);
    expect(theirs.body.orphans).toEqual([]);
    const elsewhere = await createPractice(db());
    const foreignType = await createVisitType(db(), { practiceId: elsewhere.id });
    expect((await call(preview, { as: w.therapistUser, json: { visitTypeId: foreignType.id } })).status).toBe(404);
    const foreignClinic = await call(preview, {
      as: w.therapistUser,
      json: {
        rules: [
          {
            weekday: 1,
            startMinute: 540,
            endMinute: 600,
            modality: 'IN_CLINIC',
            clinicId: 'cm0000000000000000000000',
            validFrom: '2026-01-01',
          },
        ],
      },
    });
    expect(foreignClinic.status).toBe(400);
  });

  it('answers bad input with 400 and non-therapists with 403', async () => {
    const bad = [
      { rules: [{ weekday: 1, startMinute: 600, endMinute: 540, modality: 'VIRTUAL', validFrom: '2026-01-01' }] },
      { rules: [], override: { date: bookedDay, ranges: [] } },
      { days: 0 },
      { timeOff: { startsAt: at(bookedDay, '12:00').toISOString(), endsAt: at(bookedDay, '11:00').toISOString() } },
    ];
    for (const json of bad) {
      const res = await call(preview, { as: w.therapistUser, json });
      expect(res.status, JSON.stringify(json)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect((await call(preview, { as: w.patient, json: {} })).status).toBe(403);
    expect((await call(preview, { json: {} })).status).toBe(401);
  });
});

describe('saving a change that orphans booked visits', () => {
  it('refuses without confirmation, listing them, and changes nothing', async () => {
    const res = await call(replaceRules, { as: w.therapistUser, method: 'PUT', json: { rules: weekdays('13:00', '17:00') } });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ORPHANED_APPOINTMENTS');
    expect(res.body.error.details.orphans.map((o: { id: string }) => o.id)).toEqual([booked.id]);
    const rules = await db().availabilityRule.findMany({ where: { therapistId: w.therapist.id } });
    expect(rules.map((r) => [r.startMinute, r.endMinute])).toEqual(Array(5).fill([540, 1020]));

    const override = await call(setOverride, { as: w.therapistUser, method: 'PUT', json: { date: bookedDay, ranges: [] } });
    expect(override.status).toBe(409);
    const off = await call(addTimeOff, {
      as: w.therapistUser,
      json: { startsAt: at(bookedDay, '08:00').toISOString(), endsAt: at(bookedDay, '12:00').toISOString() },
    });
    expect(off.status).toBe(409);
    expect(await db().availabilityOverride.count({ where: { therapistId: w.therapist.id } })).toBe(0);
    expect(await db().timeOff.count({ where: { therapistId: w.therapist.id } })).toBe(0);
  });

  it('saves once confirmed, and the visit stays booked and listed', async () => {
    const res = await call(replaceRules, {
      as: w.therapistUser,
      method: 'PUT',
      json: { rules: weekdays('13:00', '17:00'), confirmOrphans: true },
    });
    expect(res.status).toBe(200);
    expect(res.body.rules.map((r: { startMinute: number }) => r.startMinute)).toEqual(Array(5).fill(780));
    expect(res.body.orphans.map((o: { id: string; patient: { name: string } }) => [o.id, o.patient.name])).toEqual([
      [booked.id, 'Jordan Miller'],
    ]);
    expect((await db().appointment.findUniqueOrThrow({ where: { id: booked.id } })).status).toBe('BOOKED');
    // Now outside the hours already: closing that date no longer "orphans" it.
    const closed = await call(setOverride, { as: w.therapistUser, method: 'PUT', json: { date: bookedDay, ranges: [] } });
    expect(closed.status).toBe(200);
    expect(closed.body.orphans).toEqual([]);
  });

  it("another therapist's save leaves mine alone", async () => {
    const res = await call(replaceRules, { as: w.otherTherapistUser, method: 'PUT', json: { rules: [] } });
    expect(res.status).toBe(200);
    expect(await db().availabilityRule.count({ where: { therapistId: w.therapist.id } })).toBe(5);
  });
});

describe('undoing an override or time off', () => {
  it('puts a date back to the weekly hours, guarded like any change', async () => {
    const day = weekdayAhead(4);
    await call(setOverride, {
      as: w.therapistUser,
      method: 'PUT',
      json: {
        date: day,
        ranges: [{ startMinute: 540, endMinute: 720, modality: 'IN_CLINIC', clinicId: w.clinic.id }],
      },
    });
    const visit = await createAppointment(db(), {
      patientId: w.otherPatient.patient!.id,
      therapistId: w.therapist.id,
      visitTypeId: w.visitType.id,
      startsAt: at(day, '10:00'),
    });
    const previewed = await call(preview, { as: w.therapistUser, json: { clearOverride: day } });
    expect(previewed.body.orphans.map((o: { patient: { name: string } }) => o.patient.name)).toEqual(['Alex Rivera']);

    const path = `/api/availability/overrides/${day}`;
    const refused = await call(clearOverride, { as: w.therapistUser, method: 'DELETE', path, params: { date: day } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('ORPHANED_APPOINTMENTS');
    expect(
      await db().availabilityOverride.count({ where: { therapistId: w.therapist.id, date: new Date(`${day}T00:00:00Z`) } }),
    ).toBe(1);
    const theirs = await call(clearOverride, { as: w.otherTherapistUser, method: 'DELETE', path, params: { date: day } });
    expect(theirs.status).toBe(404);

    const done = await call(clearOverride, {
      as: w.therapistUser,
      method: 'DELETE',
      path: `${path}?confirmOrphans=true`,
      params: { date: day },
    });
    expect(done.status).toBe(200);
    expect(done.body.orphans.map((o: { id: string }) => o.id)).toEqual([visit.id]);
    expect((await db().appointment.findUniqueOrThrow({ where: { id: visit.id } })).status).toBe('BOOKED');
    expect(
      await db().availabilityOverride.count({ where: { therapistId: w.therapist.id, date: new Date(`${day}T00:00:00Z`) } }),
    ).toBe(0);
    const bad = await call(clearOverride, {
      as: w.therapistUser,
      method: 'DELETE',
      path: '/api/availability/overrides/soon',
      params: { date: 'soon' },
    });
    expect(bad.status).toBe(400);
  });

  it('removes only your own time off', async () => {
    const day = weekdayAhead(5);
    const added = await call(addTimeOff, {
      as: w.therapistUser,
      json: { startsAt: at(day, '14:00').toISOString(), endsAt: at(day, '15:00').toISOString() },
    });
    expect(added.status).toBe(201);
    const id = added.body.timeOff.find((t: { startsAt: string }) => t.startsAt === at(day, '14:00').toISOString()).id;
    const path = `/api/availability/time-off/${id}`;
    expect((await call(removeTimeOff, { as: w.otherTherapistUser, method: 'DELETE', path, params: { id } })).status).toBe(404);
    const res = await call(removeTimeOff, { as: w.therapistUser, method: 'DELETE', path, params: { id } });
    expect(res.status).toBe(200);
    expect(res.body.timeOff.map((t: { id: string }) => t.id)).not.toContain(id);
    expect(await db().timeOff.count({ where: { id } })).toBe(0);
  });
});
