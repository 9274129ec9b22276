// The state to suggest on a video booking: where the patient said they were for their latest
// video visit, else their preferred clinic's state. Only a suggestion: the patient confirms it.
import { db } from '../db';

export async function findDefaultPatientState(patientId: string): Promise<string | null> {
  const [lastVideo, patient] = await Promise.all([
    db().appointment.findFirst({
      where: { patientId, modality: 'VIRTUAL', patientState: { not: null } },
      orderBy: { createdAt: 'desc' },
      select: { patientState: true },
    }),
    db().patient.findUnique({ where: { id: patientId }, select: { preferredClinic: { select: { state: true } } } }),
  ]);
  return lastVideo?.patientState ?? patient?.preferredClinic?.state ?? null;
}
