// The calendar pages' data: the front desk's day (one column per therapist of a clinic, only
// within the admin's practice) and a therapist's own grid. The grid changes nothing itself: its
// drags go through the existing routes, checked here once more from the calendar's side.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/roles';
import {
  createAdmin,
  createAppointment,
  createClinic,
  createPractice,
  createTherapist,
  createVisitType,
} from '@/prisma/factories';
import { call } from '@/tests/support/http';
import { at, buildClinic, weekdayAhead, ZONE } from '@/tests/support/scheduling';
import { PATCH as reschedule } from '@/app/api/appointments/[id]/route';
import { POST as reassign } from '@/app/api/admin/appointments/[id]/reassign/route';
import { loadFrontDeskDay } from './load-front-desk-day';
import { loadTherapistGrid } from '../scheduling/load-therapist-grid';

let w: Awaited<ReturnType<typeof buildClinic>>;
let practiceAdmin: SessionUser;
let otherAdmin: SessionUser;
let networkAdmin: SessionUser;
let foreignClinicId: string;
let visit: { id: string };
const day = weekdayAhead(0);

const asSession = (u: {
  id: string;
  email: string;
  name: string;
  role: SessionUser['role'];
  practiceId: string | null;
}): SessionUser => ({ id: u.id, email: u.email, name: u.name, role: u.role, practiceId: u.practiceId });

beforeAll(async () => {
  w = await buildClinic();
  practiceAdmin = asSession(await createAdmin(db(), { practiceId: w.practice.id }));
  networkAdmin = asSession(await createAdmin(db()));
  const other = await createPractice(db());
  otherAdmin = asSession(await createAdmin(db(), { practiceId: other.id }));
  const foreignClinic = await createClinic(db(), other.id, { timezone: ZONE });
  foreignClinicId = foreignClinic.id;
  const foreignTherapist = await createTherapist(db(), { practiceId: other.id, clinicId: foreignClinic.id, timezone: ZONE });
  await createAppointment(db(), {
    patientId: w.otherPatient.patient!.id,
    therapistId: foreignTherapist.therapist!.id,
    visitTypeId: w.visitType.id,
    startsAt: at(day, '09:00'),
  });
  visit = await createAppointment(db(), {
    patientId: w.patient.patient!.id,
    therapistId: w.therapist.id,
    visitTypeId: w.visitType.id,
    startsAt: at(day, '10:00'),
  });
  await createAppointment(db(), {
    patientId: w.otherPatient.patient!.id,
    therapistId: w.otherTherapist.id,
    visitTypeId: w.visitType.id,
    startsAt: at(day, '13:00'),
  });
  await createAppointment(db(), {
    patientId: w.otherPatient.patient!.id,
    therapistId: w.therapist.id,
    visitTypeId: w.visitType.id,
    startsAt: at(day, '15:00'),
    status: 'CANCELLED',
  });
  await db().timeOff.create({
    data: { therapistId: w.otherTherapist.id, startsAt: at(day, '16:00'), endsAt: at(day, '17:00'), reason: 'Course' },
  });
});

describe('loadFrontDeskDay', () => {
  it('shows one column per therapist of the clinic, their visits (not cancelled), hours and time off, in the clinic zone', async () => {
    const desk = await loadFrontDeskDay(practiceAdmin, { clinicId: w.clinic.id, date: day, visitTypeId: null });
    expect(desk.clinics.map((c) => c.id)).toEqual([w.clinic.id]);
    expect(desk.clinic).toMatchObject({ id: w.clinic.id, timezone: ZONE });
    expect(desk.therapists.map((t) => t.name)).toEqual(['Luis Herrera', 'Maya Chen']);
    expect(desk.visits.map((v) => [v.therapistId, v.start])).toEqual([
      [w.therapist.id, at(day, '10:00').getTime()],
      [w.otherTherapist.id, at(day, '13:00').getTime()],
    ]);
    expect(desk.visits[0]).toMatchObject({
      patient: { name: 'Jordan Miller' },
      modality: 'IN_CLINIC',
      note: 'NONE',
      blockEnd: at(day, '11:15').getTime(),
    });
    expect(desk.timeOff).toEqual([expect.objectContaining({ therapistId: w.otherTherapist.id, reason: 'Course' })]);
    expect(desk.working.get(w.therapist.id)).toEqual([
      { start: at(day, '09:00').getTime(), end: at(day, '17:00').getTime(), modality: 'IN_CLINIC' },
    ]);
    expect(desk.day).toMatchObject({ date: day, minutes: 1440 });
  });

  it('filters by visit type', async () => {
    const desk = await loadFrontDeskDay(practiceAdmin, { clinicId: w.clinic.id, date: day, visitTypeId: 'no-such-type' });
    expect(desk.visits).toHaveLength(2); // an unknown type is no filter
    const other = await createVisitType(db(), { name: 'Other', priceCents: 0 });
    expect((await loadFrontDeskDay(practiceAdmin, { clinicId: w.clinic.id, date: day, visitTypeId: other.id })).visits).toEqual(
      [],
    );
  });

  it("answers 404 for another practice's clinic, and never shows its therapists", async () => {
    await expect(
      loadFrontDeskDay(practiceAdmin, { clinicId: foreignClinicId, date: day, visitTypeId: null }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(loadFrontDeskDay(otherAdmin, { clinicId: w.clinic.id, date: day, visitTypeId: null })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const own = await loadFrontDeskDay(otherAdmin, { clinicId: null, date: day, visitTypeId: null });
    expect(own.clinic?.id).toBe(foreignClinicId);
    expect(own.visits.every((v) => v.therapistId !== w.therapist.id)).toBe(true);
    const network = await loadFrontDeskDay(networkAdmin, { clinicId: foreignClinicId, date: day, visitTypeId: null });
    expect(network.therapists).toHaveLength(1);
  });

  it("a drop across columns is the reassign rule: refused for another practice's admin, 409 when the colleague is busy", async () => {
    const foreign = await call(reassign, {
      as: otherAdmin,
      method: 'POST',
      path: `/api/admin/appointments/${visit.id}/reassign`,
      params: { id: visit.id },
      json: { therapistId: w.otherTherapist.id },
    });
    expect(foreign.status).toBe(404);
    const busy = await createAppointment(db(), {
      patientId: w.otherPatient.patient!.id,
      therapistId: w.otherTherapist.id,
      visitTypeId: w.visitType.id,
      startsAt: at(day, '10:30'),
    });
    const taken = await call(reassign, {
      as: practiceAdmin,
      method: 'POST',
      path: `/api/admin/appointments/${visit.id}/reassign`,
      params: { id: visit.id },
      json: { therapistId: w.otherTherapist.id },
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('SLOT_TAKEN');
    await db().appointment.update({ where: { id: busy.id }, data: { status: 'CANCELLED', cancelledAt: new Date() } });
  });

  it('a drop onto a taken time is 409 and changes nothing; another practice cannot move it at all', async () => {
    const body = { start: at(day, '13:00').toISOString() };
    const path = `/api/appointments/${visit.id}`;
    const foreign = await call(reschedule, { as: otherAdmin, method: 'PATCH', path, params: { id: visit.id }, json: body });
    expect(foreign.status).toBe(404);
    await createAppointment(db(), {
      patientId: w.otherPatient.patient!.id,
      therapistId: w.therapist.id,
      visitTypeId: w.visitType.id,
      startsAt: at(day, '14:00'),
    });
    const taken = await call(reschedule, {
      as: practiceAdmin,
      method: 'PATCH',
      path,
      params: { id: visit.id },
      json: { start: at(day, '13:30').toISOString() },
    });
    expect(taken.status).toBe(409);
    expect((await db().appointment.findUniqueOrThrow({ where: { id: visit.id } })).startsAt).toEqual(at(day, '10:00'));
  });
});

describe('loadTherapistGrid', () => {
  it("shows the therapist's own week and refuses anyone who is not a therapist", async () => {
    const user = await db().user.findUniqueOrThrow({ where: { id: w.therapistUser.id } });
    const grid = await loadTherapistGrid(asSession(user), 'week', day);
    expect(grid.gridDays).toHaveLength(7);
    expect(grid.visits.every((v) => v.therapistId === w.therapist.id)).toBe(true);
    expect(grid.visits.map((v) => v.id)).toContain(visit.id);
    await expect(loadTherapistGrid(practiceAdmin, 'day', day)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
