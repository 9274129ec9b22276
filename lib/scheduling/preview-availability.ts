// What a change of hours would do, before it is saved: the open times patients would then see for
// a visit type over the next days, and the booked visits it would leave outside the hours.
// Reads only; the same slot engine and orphan check as booking and saving.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import type { PreviewInput } from './availability-schemas';
import { applyAvailabilityChange, type AvailabilityChange } from './availability-change';
import { findOpenSlots } from './find-open-slots';
import { findOrphanedVisits } from './find-orphaned-visits';
import { loadAvailabilityState, ownTherapist, toOrphanView } from './load-availability-state';
import { assertClinics } from './manage-availability';
import { addDays, localDateOf, wallTimeToInstantLenient } from './zoned-time';

function changeOf(input: PreviewInput): AvailabilityChange | null {
  if (input.rules) return { kind: 'rules', rules: input.rules };
  if (input.override) return { kind: 'override', date: input.override.date, ranges: input.override.ranges };
  if (input.timeOff) return { kind: 'timeOff', startsAt: input.timeOff.startsAt, endsAt: input.timeOff.endsAt };
  if (input.clearOverride) return { kind: 'clearOverride', date: input.clearOverride };
  return null;
}

async function visitTypeFor(therapist: { practiceId: string; offersVirtual: boolean }, id: string) {
  const visitType = await db().visitType.findFirst({
    where: { id, active: true, OR: [{ practiceId: null }, { practiceId: therapist.practiceId }] },
    select: {
      id: true,
      name: true,
      modality: true,
      durationMinutes: true,
      bufferBeforeMinutes: true,
      bufferAfterMinutes: true,
      minNoticeMinutes: true,
      horizonDays: true,
      slotStepMinutes: true,
    },
  });
  if (!visitType || (visitType.modality === 'VIRTUAL' && !therapist.offersVirtual))
    throw new AppError('NOT_FOUND', 'Visit type not found.');
  return { ...visitType, modality: visitType.modality };
}

export async function previewAvailability(user: SessionUser, input: PreviewInput, now = new Date()) {
  const therapist = await ownTherapist(user);
  const change = changeOf(input);
  const ranges = change?.kind === 'rules' ? change.rules : change?.kind === 'override' ? change.ranges : [];
  await assertClinics(
    therapist.practiceId,
    ranges.map((r) => r.clinicId),
    ranges.map((r) => r.modality),
  );
  const visitType = input.visitTypeId ? await visitTypeFor(therapist, input.visitTypeId) : null;

  const { availability, visits } = await loadAvailabilityState(therapist.id, now);
  const proposed = applyAvailabilityChange(availability, change, therapist.timezone);
  const today = localDateOf(now.getTime(), therapist.timezone);
  const from = wallTimeToInstantLenient(today, 0, therapist.timezone);
  const to = wallTimeToInstantLenient(addDays(today, input.days), 0, therapist.timezone);
  const slots = visitType
    ? findOpenSlots(
        { therapistId: therapist.id, ...proposed, busy: visits.map((v) => ({ start: v.blockStart, end: v.blockEnd })) },
        visitType,
        { from, to, now: now.getTime(), clinicId: visitType.modality === 'IN_CLINIC' ? (input.clinicId ?? null) : null },
      )
    : [];
  return {
    timezone: therapist.timezone,
    visitType: visitType && {
      id: visitType.id,
      name: visitType.name,
      modality: visitType.modality,
      durationMinutes: visitType.durationMinutes,
    },
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    slots: slots.map((s) => ({
      start: new Date(s.start).toISOString(),
      end: new Date(s.end).toISOString(),
      clinicId: s.clinicId,
    })),
    orphans: findOrphanedVisits(availability, proposed, visits).map(toOrphanView),
  };
}
