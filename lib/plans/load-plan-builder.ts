// What the plan builder needs: the patient (one the therapist treats), their open plan if any,
// the therapist's library and templates.
import { db } from '../db';
import type { SessionUser } from '../auth/roles';
import { assertTherapistTreats } from '../booking/people';
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
  await assertTherapistTreats(user, patientId);
  const [patient, open, exercises, templates] = await Promise.all([
    db().patient.findUniqueOrThrow({ where: { id: patientId }, select: { id: true, timezone: true, user: { select: { name: true } } } }),
    db().exercisePlan.findFirst({ where: { patientId, endedAt: null }, select: { id: true } }),
    listExercises(user, {}),
    listPlanTemplates(user),
  ]);
  return {
    patient: { id: patient.id, name: patient.user.name, timezone: patient.timezone },
    plan: open ? await findPlan(user, open.id) : null,
    exercises,
    templates,
  };
}
