// What the plan builder needs: the patient (one in the therapist's care), their open plan if any,
// the therapist's library and templates.
import { db } from '../db';
import type { SessionUser } from '../auth/roles';
import { assertMayReadPatient, readerPracticeId } from '../care/care-relationship';
import { listExercises } from '../exercises/list-exercises';
import type { ExerciseView } from '../exercises/schemas';
import { findPlan } from './find-plan';
import { listPlanTemplates } from './list-plan-templates';
import type { PlanView, TemplateView } from './schemas';

export interface PlanBuilderData {
  patient: { id: string; name: string; timezone: string };
  plan: PlanView | null;
  exercises: ExerciseView[];
  templates: TemplateView[];
}

export async function loadPlanBuilder(user: SessionUser, patientId: string): Promise<PlanBuilderData> {
  await assertMayReadPatient(user, patientId);
  const practiceId = await readerPracticeId(user);
  const [patient, open, exercises, templates] = await Promise.all([
    db().patient.findUniqueOrThrow({
      where: { id: patientId },
      select: { id: true, timezone: true, user: { select: { name: true } } },
    }),
    // Another practice's open plan is not shown here (nor disclosed): see lib/plans/plan-access.ts.
    db().exercisePlan.findFirst({
      where: { patientId, endedAt: null, ...(practiceId ? { therapist: { practiceId } } : {}) },
      select: { id: true },
    }),
    listExercises(user, {}),
    listPlanTemplates(user),
  ]);
  return {
    patient: { id: patient.id, name: patient.user.name, timezone: patient.timezone },
    // findPlan records the read (plan.read) when there is a plan to show.
    plan: open ? await findPlan(user, open.id) : null,
    exercises,
    templates,
  };
}
