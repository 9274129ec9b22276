import { db } from '../db';
import { AppError } from '../errors';
import { assertPatientMayBook } from '../intake/intake-status';
import { requirePatientState } from '../licensure/video-state';

export interface WaitlistRequest {
  patientId: string;
  visitTypeId: string;
  therapistId?: string | null;
  clinicId?: string | null;
  earliest: Date;
  latest: Date;
  patientState?: string | null;
}

export async function joinWaitlist(req: WaitlistRequest, now = new Date()) {
  if (req.latest <= req.earliest) throw new AppError('VALIDATION_FAILED', 'Invalid body: latest must be after earliest.');
  if (req.latest <= now) throw new AppError('RULE_VIOLATION', 'That date range is already over.');
  const [visitType, patient] = await Promise.all([
    db().visitType.findFirst({ where: { id: req.visitTypeId, active: true }, select: { modality: true } }),
    db().patient.findUniqueOrThrow({ where: { id: req.patientId }, select: { userId: true } }),
  ]);
  if (!visitType) throw new AppError('NOT_FOUND', 'Visit type not found.');
  // An offer books the freed time for the patient, so the rules of booking it apply now: an entry
  // that could never be booked (no intake yet, or a red flag for a video visit) is refused here.
  await assertPatientMayBook({ patientId: req.patientId, createdById: patient.userId, modality: visitType.modality });
  const patientState = visitType.modality === 'VIRTUAL' ? requirePatientState(req.patientState, 'body.patientState') : null;
  return db().waitlistEntry.create({
    data: {
      patientState,
      patientId: req.patientId,
      visitTypeId: req.visitTypeId,
      therapistId: req.therapistId ?? null,
      clinicId: req.clinicId ?? null,
      earliest: req.earliest,
      latest: req.latest,
    },
    select: {
      id: true,
      status: true,
      earliest: true,
      latest: true,
      therapistId: true,
      clinicId: true,
      visitTypeId: true,
      createdAt: true,
    },
  });
}

export function listOwnWaitlist(patientId: string) {
  return db().waitlistEntry.findMany({
    where: { patientId, status: { in: ['ACTIVE', 'OFFERED'] } },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      status: true,
      earliest: true,
      latest: true,
      therapistId: true,
      clinicId: true,
      visitTypeId: true,
      createdAt: true,
    },
  });
}
