// Which intake a new booking carries: the patient's latest, unless a visit that is not cancelled
// already carries it; a cancelled visit gives it back. Read from the patient's own visits (decision
// 047, update "Counting the whole table"), so other patients' visits must not change the answer.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createAppointment, createPatient } from '@/prisma/factories';
import { createIntake } from '@/prisma/demo-intakes';
import { at, buildClinic, patientWithIntake, weekdayAhead } from '@/tests/support/scheduling';
import { assertPatientMayBook, intakeForNewBooking } from './intake-status';

let world: Awaited<ReturnType<typeof buildClinic>>;
beforeAll(async () => {
  world = await buildClinic();
});

const latestIntake = (patientId: string) =>
  db().intake.findFirstOrThrow({ where: { patientId }, orderBy: { createdAt: 'desc' }, select: { id: true } });

describe('intakeForNewBooking', () => {
  it('gives the latest intake to one visit at a time, and takes it back when that visit is cancelled', async () => {
    const patient = await patientWithIntake({ name: 'Casey Intake' });
    const patientId = patient.patient!.id;
    const intake = await latestIntake(patientId);
    expect(await intakeForNewBooking(db(), patientId)).toBe(intake.id);

    // Someone else's visit with no intake, and one with theirs, change nothing for this patient.
    await createAppointment(db(), {
      patientId: world.otherPatient.patient!.id,
      therapistId: world.therapist.id,
      visitTypeId: world.visitType.id,
      startsAt: at(weekdayAhead(0), '09:00'),
    });
    expect(await intakeForNewBooking(db(), patientId)).toBe(intake.id);

    const visit = await createAppointment(db(), {
      patientId,
      therapistId: world.therapist.id,
      visitTypeId: world.visitType.id,
      startsAt: at(weekdayAhead(0), '11:00'),
    });
    await db().appointment.update({ where: { id: visit.id }, data: { intakeId: intake.id } });
    expect(await intakeForNewBooking(db(), patientId)).toBeNull();

    await db().appointment.update({ where: { id: visit.id }, data: { status: 'CANCELLED', cancelledAt: new Date() } });
    expect(await intakeForNewBooking(db(), patientId)).toBe(intake.id);

    // A newer intake is the one a booking carries.
    const newer = await createIntake(db(), { patientId });
    expect(await intakeForNewBooking(db(), patientId)).toBe(newer.id);
  });

  it('gives none to a patient with no intake', async () => {
    const user = await createPatient(db(), { name: 'No Intake' });
    expect(await intakeForNewBooking(db(), user.patient!.id)).toBeNull();
  });
});

describe('assertPatientMayBook', () => {
  it('asks a new patient for the intake first, whatever other patients have booked', async () => {
    const fresh = await createPatient(db(), { name: 'Fresh Patient' });
    await expect(
      assertPatientMayBook({ patientId: fresh.patient!.id, createdById: fresh.id, modality: 'IN_CLINIC' }),
    ).rejects.toMatchObject({ code: 'INTAKE_REQUIRED' });
    // A patient with a visit already on the record is not asked again.
    await createAppointment(db(), {
      patientId: fresh.patient!.id,
      therapistId: world.therapist.id,
      visitTypeId: world.visitType.id,
      startsAt: at(weekdayAhead(1), '09:00'),
    });
    await expect(
      assertPatientMayBook({ patientId: fresh.patient!.id, createdById: fresh.id, modality: 'IN_CLINIC' }),
    ).resolves.toBeUndefined();
  });
});
