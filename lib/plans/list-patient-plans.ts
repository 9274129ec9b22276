// A patient's plans, newest first, for a therapist who treats them or an admin who reaches them.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { assertAdminReaches, assertTherapistTreats } from '../booking/people';
import { dateOnly } from './calendar';
import type { z } from 'zod';
import type { planSummaryOutput } from './schemas';

export async function listPatientPlans(user: SessionUser, patientId: string): Promise<z.infer<typeof planSummaryOutput>[]> {
  if (user.role === 'THERAPIST') await assertTherapistTreats(user, patientId);
  else if (user.role === 'ADMIN') await assertAdminReaches(user, patientId);
  else throw new AppError('FORBIDDEN');
  const plans = await db().exercisePlan.findMany({
    // A practice admin sees their practice's plans only.
    where: { patientId, ...(user.role === 'ADMIN' && user.practiceId ? { therapist: { practiceId: user.practiceId } } : {}) },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true, title: true, endedAt: true,
      therapist: { select: { id: true, user: { select: { name: true } } } },
      versions: { orderBy: { version: 'desc' }, take: 1, select: { version: true, startsOn: true, endsOn: true, _count: { select: { items: true } } } },
    },
  });
  return plans.flatMap((p) => {
    const v = p.versions[0];
    return v ? [{
      id: p.id, title: p.title, version: v.version, startsOn: dateOnly(v.startsOn), endsOn: v.endsOn ? dateOnly(v.endsOn) : null,
      endedAt: p.endedAt?.toISOString() ?? null, therapist: { id: p.therapist.id, name: p.therapist.user.name },
      exerciseCount: v._count.items,
    }] : [];
  });
}
