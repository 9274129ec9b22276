// One clinic's public page: where it is, its therapists and the earliest open first visit.
import { earliestEvaluationSlots } from './earliest-slots';
import { CLINIC_SLUG, CLINIC_SLUG_MAX } from './clinic-admin-schemas';
import { loadDirectory } from './load-directory';

export async function findClinicPage(slug: string, now = new Date()) {
  // An address no clinic can have (a NUL byte, broken text, a mile of it) is "not found", not a
  // database error.
  if (slug.length > CLINIC_SLUG_MAX || !CLINIC_SLUG.test(slug)) return null;
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
