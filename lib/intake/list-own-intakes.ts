// A patient's own intakes, newest first, and where they stand (needs one? video allowed?).
import { db } from '../db';
import { findIntakeStatus } from './intake-status';
import { intakeSelect, toIntakeView } from './intake-view';

export async function listOwnIntakes(patientId: string) {
  const [rows, status] = await Promise.all([
    db().intake.findMany({ where: { patientId }, orderBy: { createdAt: 'desc' }, take: 20, select: intakeSelect }),
    findIntakeStatus(patientId),
  ]);
  return { intakes: rows.map(toIntakeView), needsIntake: status.needsIntake, virtualAllowed: status.virtualAllowed };
}
