// One clinic's public page: where it is, its therapists and the earliest open first visit.
import { earliestEvaluationSlots } from './earliest-slots';
import { unstorableTextProblem } from '../storable-input';
import { loadDirectory } from './load-directory';

const MAX_SLUG_LENGTH = 200;

export async function findClinicPage(slug: string, now = new Date()) {
  // An address no clinic can have (a NUL byte, broken text, a mile of it) is "not found", not a
  // database error. Only what the database cannot take: clinics made before slugFrom kept to the
  // slug rule may have other slugs, and their pages stay where they are.
  if (slug.length > MAX_SLUG_LENGTH || unstorableTextProblem(slug)) return null;
  const {
    clinics: [clinic],
    evaluation,
  } = await loadDirectory({ slug });
  if (!clinic) return null;
  const slots = evaluation ? await earliestEvaluationSlots(evaluation, [clinic.id], now) : null;
  const slot = slots?.get(clinic.id);
  return {
    clinic: {
      ...clinic,
      earliestSlot: slot
        ? { ...slot, therapistName: clinic.therapists.find((t) => t.id === slot.therapistId)?.name ?? null }
        : null,
    },
    evaluationVisitType: evaluation,
  };
}
