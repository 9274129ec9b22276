// One clinic's public page: where it is, its therapists and the earliest open first visit.
import { earliestEvaluationSlots } from './earliest-slots';
import { loadDirectory } from './load-directory';

export async function findClinicPage(slug: string, now = new Date()) {
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
