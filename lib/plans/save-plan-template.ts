// A therapist saves a set of exercises and doses as their own template.
import { db } from '../db';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { checkExercises, itemRows } from './plan-items';
import { therapistOf } from './therapist-of';
import { templateSelect, toTemplateView } from './template-view';
import type { SaveTemplateInput, TemplateView } from './schemas';

export async function savePlanTemplate(user: SessionUser, input: SaveTemplateInput): Promise<TemplateView> {
  const therapist = await therapistOf(user);
  await checkExercises(user, input.items);
  const template = await db().$transaction(async (tx) => {
    const created = await tx.planTemplate.create({
      data: {
        name: input.name,
        description: input.description,
        practiceId: therapist.practiceId,
        ownerId: therapist.id,
        items: { create: itemRows(input.items) },
      },
      select: templateSelect,
    });
    await recordAuditEvent(
      {
        actorId: user.id,
        action: 'plan-template.create',
        entityType: 'PlanTemplate',
        entityId: created.id,
        practiceId: therapist.practiceId,
        data: { name: input.name },
      },
      tx,
    );
    return created;
  });
  return toTemplateView(template);
}
