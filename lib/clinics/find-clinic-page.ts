// One clinic's public page: where it is, its therapists and the earliest open first visit.
import { db } from '../db';
import { earliestEvaluationSlots, findFirstVisitType } from './earliest-slots';
import { clinicCardSelect, loadClinicTherapists } from './find-nearby-clinics';

export async function findClinicPage(slug: string, now = new Date()) {
  const clinic = await db().clinic.findFirst({ where: { slug, active: true, closedAt: null }, select: clinicCardSelect });
  if (!clinic) return null;
  const [evaluation, therapists] = await Promise.all([findFirstVisitType('IN_CLINIC'), loadClinicTherapists([clinic.id])]);
  const slots = evaluation ? await earliestEvaluationSlots(evaluation, now, clinic.id) : null;
  const list = therapists.get(clinic.id) ?? [];
  const slot = slots?.get(clinic.id);
  const { practice, ...rest } = clinic;
  return {
    clinic: {
      ...rest,
      practiceName: practice.name,
      therapists: list,
      earliestSlot: slot ? { ...slot, therapistName: list.find((t) => t.id === slot.therapistId)?.name ?? null } : null,
    },
    evaluationVisitType: evaluation,
  };
}
