// A patient's plans, newest first, for staff who may read the patient (the care relationship),
// limited to the reader's practice (all for a network admin).
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordPhiRead } from '../audit/record-phi-read';
import { assertMayReadPatient, readerPracticeId } from '../care/care-relationship';
import { dateOnly } from './calendar';
import type { z } from 'zod';
import type { planSummaryOutput } from './schemas';

type PlanSummary = z.infer<typeof planSummaryOutput>;

/** The list as GET /api/patients/:id/plans answers it: the read is audited. */
export async function listPatientPlans(user: SessionUser, patientId: string): Promise<PlanSummary[]> {
  const { plans, practiceId } = await readPatientPlans(user, patientId);
  await recordPhiRead(user, {
    action: 'plan.list',
    entityType: 'Patient',
    entityId: patientId,
    patientIds: [patientId],
    practiceId,
  });
  return plans;
}

/** The plans without an audit row, for a loader that records its own read (the patient record). */
export async function readPatientPlans(
  user: SessionUser,
  patientId: string,
): Promise<{ plans: PlanSummary[]; practiceId: string | null }> {
  if (user.role === 'PATIENT') throw new AppError('FORBIDDEN');
  await assertMayReadPatient(user, patientId);
  const practiceId = await readerPracticeId(user);
  const plans = await db().exercisePlan.findMany({
    // Another practice's plans are not disclosed.
    where: { patientId, ...(practiceId ? { therapist: { practiceId } } : {}) },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      title: true,
      endedAt: true,
      therapist: { select: { id: true, user: { select: { name: true } } } },
      versions: {
        orderBy: { version: 'desc' },
        take: 1,
        // The items' ids, not Prisma's `_count` (which groups every plan item of the network).
        select: { version: true, startsOn: true, endsOn: true, items: { select: { id: true } } },
      },
    },
  });
  return {
    practiceId,
    plans: plans.flatMap((p) => {
      const v = p.versions[0];
      return v
        ? [
            {
              id: p.id,
              title: p.title,
              version: v.version,
              startsOn: dateOnly(v.startsOn),
              endsOn: v.endsOn ? dateOnly(v.endsOn) : null,
              endedAt: p.endedAt?.toISOString() ?? null,
              therapist: { id: p.therapist.id, name: p.therapist.user.name },
              exerciseCount: v.items.length,
            },
          ]
        : [];
    }),
  };
}
