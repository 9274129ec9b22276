// The templates a therapist can start a plan from: the shared starter templates, their
// practice's, and their own.
import { db } from '../db';
import type { SessionUser } from '../auth/roles';
import { therapistOf } from './therapist-of';
import { templateSelect, toTemplateView } from './template-view';
import type { TemplateView } from './schemas';

export async function listPlanTemplates(user: SessionUser): Promise<TemplateView[]> {
  const therapist = await therapistOf(user);
  const rows = await db().planTemplate.findMany({
    where: {
      OR: [{ practiceId: null, ownerId: null }, { practiceId: therapist.practiceId, ownerId: null }, { ownerId: therapist.id }],
    },
    orderBy: [{ ownerId: { sort: 'desc', nulls: 'last' } }, { name: 'asc' }],
    select: templateSelect,
  });
  return rows.map(toTemplateView);
}
