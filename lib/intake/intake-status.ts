// Where a patient stands with the intake: whether they must fill one in before booking, and
// whether their latest answers rule out a video visit.
import { db } from '../db';
import { AppError } from '../errors';
import { intakeSelect, toIntakeView } from './intake-view';
import type { IntakeView } from './schemas';

export interface IntakeStatus {
  latest: IntakeView | null;
  /** No intake and no appointment yet: the intake comes before the first booking. */
  needsIntake: boolean;
  /** The latest intake has a red flag: no video visits until a new intake says otherwise. */
  virtualAllowed: boolean;
}

/** The two booking rules of the intake, in one place (the booking screens and the server agree). */
export function intakeRules(latest: { redFlags: readonly string[] } | null | undefined, appointments: number) {
  return { needsIntake: !latest && appointments === 0, virtualAllowed: !latest || latest.redFlags.length === 0 };
}

export async function findIntakeStatus(patientId: string): Promise<IntakeStatus> {
  const [latest, appointments] = await Promise.all([
    db().intake.findFirst({ where: { patientId }, orderBy: { createdAt: 'desc' }, select: intakeSelect }),
    db().appointment.count({ where: { patientId } }),
  ]);
  return { latest: latest ? toIntakeView(latest) : null, ...intakeRules(latest, appointments) };
}

export const RED_FLAG_VIRTUAL_MESSAGE =
  'Your intake answers include a warning sign that needs a doctor’s attention, ' +
  'so a video visit is not available. Please seek medical care first; you can still book a visit at a clinic.';

export const INTAKE_REQUIRED_MESSAGE =
  'Please fill in the short intake before your first booking: it tells your ' +
  'therapist what brings you in and checks for warning signs that need a doctor first.';

/**
 * What the server enforces when a patient books for themselves (the booking screens say the same
 * before it comes to this): the intake comes before a first booking (422 INTAKE_REQUIRED), and a
 * red flag in the latest intake rules out a video visit (422 RULE_VIOLATION). A therapist or admin
 * booking for a patient is a clinician's decision and is not refused.
 */
export async function assertPatientMayBook(q: {
  patientId: string;
  createdById: string;
  modality: 'IN_CLINIC' | 'VIRTUAL';
}): Promise<void> {
  // The count by the patient's index, not Prisma's `_count` (which groups the whole table).
  const [patient, appointmentCount] = await Promise.all([
    db().patient.findUnique({
      where: { id: q.patientId },
      select: { userId: true, intakes: { orderBy: { createdAt: 'desc' }, take: 1, select: { redFlags: true } } },
    }),
    db().appointment.count({ where: { patientId: q.patientId } }),
  ]);
  if (!patient) return;
  assertMayBook({ userId: patient.userId, latestIntake: patient.intakes[0] ?? null, appointmentCount }, q);
}

/** assertPatientMayBook on what the caller already read (lib/booking/booking-parties.ts). */
export function assertMayBook(
  patient: { userId: string; latestIntake: { redFlags: readonly string[] } | null; appointmentCount: number },
  q: { createdById: string; modality: 'IN_CLINIC' | 'VIRTUAL' },
): void {
  if (patient.userId !== q.createdById) return;
  const rules = intakeRules(patient.latestIntake, patient.appointmentCount);
  if (rules.needsIntake) throw new AppError('INTAKE_REQUIRED', INTAKE_REQUIRED_MESSAGE);
  if (q.modality === 'VIRTUAL' && !rules.virtualAllowed) throw new AppError('RULE_VIOLATION', RED_FLAG_VIRTUAL_MESSAGE);
}

/**
 * The intake a new booking should carry: the patient's latest, unless it already belongs to an
 * active or past visit (then it was for that one). Cancelled visits give their intake back.
 */
export async function intakeForNewBooking(
  client: Pick<ReturnType<typeof db>, '$queryRaw'>,
  patientId: string,
): Promise<string | null> {
  // Not Prisma's filtered `_count`: it counts every appointment of the network, grouped by intake,
  // on each booking (decision 047, update "Counting the whole table"). The patient's own visits,
  // found by their index, are enough.
  const [latest] = await client.$queryRaw<{ id: string; used: boolean }[]>`
    SELECT i.id, EXISTS (
      SELECT 1 FROM appointments a WHERE a.patient_id = i.patient_id AND a.intake_id = i.id AND a.status <> 'CANCELLED'
    ) AS used
    FROM intakes i WHERE i.patient_id = ${patientId} ORDER BY i.created_at DESC LIMIT 1`;
  return latest && !latest.used ? latest.id : null;
}
