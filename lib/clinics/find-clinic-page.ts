// One clinic's public page: where it is, its therapists and the earliest open first visit.
import { earliestEvaluationSlots, slotNamer } from './earliest-slots';
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
  const slot = evaluation ? (await earliestEvaluationSlots(evaluation, [clinic.id], now)).get(clinic.id) : undefined;
  const withName = await slotNamer([slot], clinic.therapists);
  return { clinic: { ...clinic, earliestSlot: withName(slot) }, evaluationVisitType: evaluation };
}
