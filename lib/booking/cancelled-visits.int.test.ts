// Cancelled visits stay on the record. The patient sees each with when it was cancelled, by whom
// and the late-cancellation fee the policy recorded; a released hold is not a cancelled visit. On
// the therapist's patient record a cancelled visit in the future is under "Cancelled", not "Past".
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/roles';
import { createAppointment, createVisitType } from '@/prisma/factories';
import { call, type Caller } from '@/tests/support/http';
import { at, buildClinic, weekdayAhead } from '@/tests/support/scheduling';
import { POST as cancel } from '@/app/api/appointments/[id]/cancel/route';
import { listCancelledVisits } from './list-cancelled-visits';
import { listPatientVisits } from './list-patient-visits';
import { splitPatientVisits } from './split-patient-visits';
import { HOLD_EXPIRED } from './release-reasons';

const session = (c: Caller, role: SessionUser['role']): SessionUser => ({
  id: c.id,
  email: c.email ?? '',
  name: c.name ?? '',
  role,
  practiceId: null,
});

let w: Awaited<ReturnType<typeof buildClinic>>;
let late: string;
let byClinic: string;
let released: string;
let completed: string;
let upcoming: string;

beforeAll(async () => {
  w = await buildClinic();
  const withFee = await createVisitType(db(), {
    name: 'Initial evaluation',
    durationMinutes: 60,
    freeCancellationHours: 24,
    lateCancellationFeeCents: 4500,
    priceCents: 12000,
  });
  const patientId = w.patient.patient!.id;
  const therapistId = w.therapist.id;
  // Three hours from now: inside the 24-hour window, so the patient's cancellation is late.
  const soon = new Date(Date.now() + 3 * 3_600_000);
  late = (await createAppointment(db(), { patientId, therapistId, visitTypeId: withFee.id, startsAt: soon })).id;
  await db().payment.create({
    data: {
      appointmentId: late,
      method: 'INSURANCE',
      status: 'INSURANCE_CLAIM',
      amountCents: 12000,
      currency: 'usd',
      insurancePayer: 'Aetna',
      insuranceMemberId: 'W1',
    },
  });
  byClinic = (
    await createAppointment(db(), { patientId, therapistId, visitTypeId: w.visitType.id, startsAt: at(weekdayAhead(3), '10:00') })
  ).id;
  released = (
    await createAppointment(db(), { patientId, therapistId, visitTypeId: w.visitType.id, startsAt: at(weekdayAhead(4), '10:00') })
  ).id;
  await db().appointment.update({
    where: { id: released },
    data: { status: 'CANCELLED', cancelReason: HOLD_EXPIRED, cancelledAt: new Date() },
  });
  completed = (
    await createAppointment(db(), {
      patientId,
      therapistId,
      visitTypeId: w.visitType.id,
      startsAt: new Date(Date.now() - 7 * 86_400_000),
      status: 'COMPLETED',
    })
  ).id;
  upcoming = (
    await createAppointment(db(), { patientId, therapistId, visitTypeId: w.visitType.id, startsAt: at(weekdayAhead(5), '10:00') })
  ).id;

  const byPatient = await call(cancel, { as: w.patient, params: { id: late }, json: { reason: 'Stuck at work' } });
  expect(byPatient.status).toBe(200);
  expect(byPatient.body.late).toBe(true);
  const byTherapist = await call(cancel, { as: w.therapistUser, params: { id: byClinic }, json: { reason: 'Therapist ill' } });
  expect(byTherapist.status).toBe(200);
});

describe("the patient's cancelled visits", () => {
  it('lists each with when it was cancelled, by whom and the fee recorded; not released holds', async () => {
    const list = await listCancelledVisits(session(w.patient, 'PATIENT'));
    expect(list.map((v) => v.id)).toEqual([byClinic, late]);
    const [clinic, own] = list;
    expect(own).toMatchObject({
      cancelledBy: 'patient',
      reason: 'Stuck at work',
      fee: { cents: 4500, currency: 'usd', method: 'INSURANCE' },
    });
    expect(clinic).toMatchObject({ cancelledBy: 'clinic', reason: 'Therapist ill', fee: null });
    const row = await db().appointment.findUniqueOrThrow({ where: { id: late }, select: { cancelledAt: true } });
    expect(own?.cancelledAt).toBe(row.cancelledAt!.toISOString());
  });

  it('shows another patient none of them', async () => {
    expect(await listCancelledVisits(session(w.otherPatient, 'PATIENT'))).toEqual([]);
  });
});

describe("the therapist's lists on the patient record", () => {
  it('puts future cancelled visits under Cancelled, and Past holds only visits that happened', async () => {
    const visits = await listPatientVisits(session(w.therapistUser, 'THERAPIST'), w.patient.patient!.id);
    const split = splitPatientVisits(visits, new Date());
    expect(split.cancelled.map((v) => v.id)).toEqual([byClinic, late]);
    expect(split.past.map((v) => v.id)).toEqual([completed]);
    expect(split.upcoming.map((v) => v.id)).toEqual([upcoming]);
    expect(split.cancelled[0]).toMatchObject({ cancelReason: 'Therapist ill', cancelledAt: expect.any(String) });
  });
});
