// One exercise of a patient's own plan (a plan item), as their therapist prescribed it: what the
// link a therapist shares in the visit chat opens. Only the patient whose plan it is; anyone else
// is told it does not exist.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { planItemSelect, toPlanItemView } from './plan-view';
import type { PlanItemView } from './schemas';

export interface OwnPlanItem {
  item: PlanItemView;
  planTitle: string;
  therapistName: string;
  /** The plan was ended, or this item is no longer in its newest version. */
  current: boolean;
}

export async function findOwnPlanItem(user: SessionUser, planItemId: string): Promise<OwnPlanItem> {
  const row = await db().exercisePlanItem.findFirst({
    where: { id: planItemId, version: { plan: { patient: { userId: user.id } } } },
    select: {
      ...planItemSelect,
      version: {
        select: {
          version: true,
          plan: {
            select: {
              title: true,
              endedAt: true,
              therapist: { select: { user: { select: { name: true } } } },
              versions: { orderBy: { version: 'desc' }, take: 1, select: { version: true } },
            },
          },
        },
      },
    },
  });
  if (!row) throw new AppError('NOT_FOUND', 'Exercise not found.');
  const { plan } = row.version;
  return {
    item: toPlanItemView(row),
    planTitle: plan.title,
    therapistName: plan.therapist.user.name,
    current: plan.endedAt === null && plan.versions[0]?.version === row.version.version,
  };
}
