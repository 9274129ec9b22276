// A therapist's own hours: weekly rules (replaced as a whole), date overrides and time off.
// Rules store the therapist's zone beside them, so a later move of zone does not shift old hours.
import { db, type Prisma } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { OverrideRangeInput, WeeklyRuleInput } from './availability-schemas';
import { applyAvailabilityChange, type AvailabilityChange } from './availability-change';
import { findOrphanedVisits } from './find-orphaned-visits';
import { loadAvailabilityState, toOrphanView, type OrphanView } from './load-availability-state';

/**
 * First statement of a transaction that replaces a therapist's hours: saves of the same
 * therapist's hours then run one after the other, so two concurrent delete-then-insert saves
 * cannot both survive (read committed alone lets them). NO KEY UPDATE: bookings that only
 * reference the therapist row are not held up.
 */
async function lockTherapist(tx: Prisma.TransactionClient, therapistId: string) {
  await tx.$queryRaw`SELECT id FROM therapists WHERE id = ${therapistId} FOR NO KEY UPDATE`;
}

async function therapistOf(user: SessionUser) {
  const therapist = await db().therapist.findUnique({
    where: { userId: user.id },
    select: { id: true, timezone: true, practiceId: true },
  });
  if (!therapist) throw new AppError('FORBIDDEN', 'Only therapists have availability.');
  return therapist;
}

export async function assertClinics(practiceId: string, clinicIds: (string | null)[], modalities: string[]) {
  if (modalities.some((m, i) => (m === 'IN_CLINIC') !== (clinicIds[i] !== null))) {
    throw new AppError('VALIDATION_FAILED', 'Invalid body: in-clinic hours need a clinicId, virtual hours must not have one.');
  }
  const ids = [...new Set(clinicIds.filter((c): c is string => c !== null))];
  if (ids.length && (await db().clinic.count({ where: { id: { in: ids }, practiceId } })) !== ids.length) {
    throw new AppError('VALIDATION_FAILED', "Invalid body: every clinicId must be one of your practice's clinics.");
  }
}

/** Booked visits the change would leave outside the therapist's hours (never cancelled: listed). */
export async function orphansOf(
  t: { id: string; timezone: string },
  change: AvailabilityChange,
  now = new Date(),
): Promise<OrphanView[]> {
  const { availability, visits } = await loadAvailabilityState(t.id, now);
  return findOrphanedVisits(availability, applyAvailabilityChange(availability, change, t.timezone), visits).map(toOrphanView);
}

/** Refuses a change that orphans visits unless the caller confirmed it; returns those visits. */
async function guardOrphans(t: { id: string; timezone: string }, change: AvailabilityChange, confirmOrphans: boolean) {
  const orphans = await orphansOf(t, change);
  if (orphans.length && !confirmOrphans) {
    throw new AppError(
      'ORPHANED_APPOINTMENTS',
      `This change leaves ${orphans.length === 1 ? '1 booked appointment' : `${orphans.length} booked appointments`} ` +
        'outside your hours. Confirm to save anyway; they stay booked and are listed for you to move or keep.',
      { orphans },
    );
  }
  return orphans;
}

export async function getOwnAvailability(user: SessionUser) {
  const t = await therapistOf(user);
  const [rules, overrides, timeOff] = await Promise.all([
    db().availabilityRule.findMany({ where: { therapistId: t.id }, orderBy: [{ weekday: 'asc' }, { startMinute: 'asc' }] }),
    db().availabilityOverride.findMany({
      where: { therapistId: t.id, date: { gte: new Date(Date.now() - 86_400_000) } },
      orderBy: { date: 'asc' },
    }),
    db().timeOff.findMany({ where: { therapistId: t.id, endsAt: { gt: new Date() } }, orderBy: { startsAt: 'asc' } }),
  ]);
  return { timezone: t.timezone, rules, overrides, timeOff };
}

export async function replaceWeeklyRules(user: SessionUser, rules: WeeklyRuleInput[], confirmOrphans = false) {
  const t = await therapistOf(user);
  await assertClinics(
    t.practiceId,
    rules.map((r) => r.clinicId),
    rules.map((r) => r.modality),
  );
  const orphans = await guardOrphans(t, { kind: 'rules', rules }, confirmOrphans);
  await db().$transaction(async (tx) => {
    await lockTherapist(tx, t.id);
    await tx.availabilityRule.deleteMany({ where: { therapistId: t.id } });
    await tx.availabilityRule.createMany({
      data: rules.map((r) => ({
        ...r,
        therapistId: t.id,
        timezone: t.timezone,
        validFrom: new Date(`${r.validFrom}T00:00:00Z`),
        validUntil: r.validUntil ? new Date(`${r.validUntil}T00:00:00Z`) : null,
      })),
    });
    await recordAuditEvent(
      {
        actorId: user.id,
        action: 'availability.replace_rules',
        entityType: 'Therapist',
        entityId: t.id,
        practiceId: t.practiceId,
        data: { count: rules.length, orphans: orphans.length },
      },
      tx,
    );
  });
  return { ...(await getOwnAvailability(user)), orphans };
}

export async function setDateOverride(user: SessionUser, date: string, ranges: OverrideRangeInput[], confirmOrphans = false) {
  const t = await therapistOf(user);
  await assertClinics(
    t.practiceId,
    ranges.map((r) => r.clinicId),
    ranges.map((r) => r.modality),
  );
  const orphans = await guardOrphans(t, { kind: 'override', date, ranges }, confirmOrphans);
  const day = new Date(`${date}T00:00:00Z`);
  await db().$transaction(async (tx) => {
    await lockTherapist(tx, t.id);
    await tx.availabilityOverride.deleteMany({ where: { therapistId: t.id, date: day } });
    await tx.availabilityOverride.createMany({
      data: ranges.length
        ? ranges.map((r) => ({ ...r, therapistId: t.id, date: day, timezone: t.timezone }))
        : [{ therapistId: t.id, date: day, timezone: t.timezone }],
    });
    await recordAuditEvent(
      {
        actorId: user.id,
        action: 'availability.override',
        entityType: 'Therapist',
        entityId: t.id,
        practiceId: t.practiceId,
        data: { date, ranges: ranges.length, orphans: orphans.length },
      },
      tx,
    );
  });
  return { ...(await getOwnAvailability(user)), orphans };
}

export async function addTimeOff(
  user: SessionUser,
  input: { startsAt: Date; endsAt: Date; reason: string },
  confirmOrphans = false,
) {
  const t = await therapistOf(user);
  const orphans = await guardOrphans(t, { kind: 'timeOff', startsAt: input.startsAt, endsAt: input.endsAt }, confirmOrphans);
  await db().$transaction(async (tx) => {
    const created = await tx.timeOff.create({ data: { therapistId: t.id, ...input } });
    await recordAuditEvent(
      {
        actorId: user.id,
        action: 'availability.time_off_add',
        entityType: 'Therapist',
        entityId: t.id,
        practiceId: t.practiceId,
        data: {
          timeOffId: created.id,
          startsAt: input.startsAt.toISOString(),
          endsAt: input.endsAt.toISOString(),
          orphans: orphans.length,
        },
      },
      tx,
    );
  });
  return { ...(await getOwnAvailability(user)), orphans };
}

/** Back to the weekly hours on a date (guarded like any change: it may take hours away). */
export async function clearDateOverride(user: SessionUser, date: string, confirmOrphans = false) {
  const t = await therapistOf(user);
  const day = new Date(`${date}T00:00:00Z`);
  const orphans = await guardOrphans(t, { kind: 'clearOverride', date }, confirmOrphans);
  await db().$transaction(async (tx) => {
    const removed = await tx.availabilityOverride.deleteMany({ where: { therapistId: t.id, date: day } });
    if (removed.count === 0) throw new AppError('NOT_FOUND', 'That date has no changed hours.');
    await recordAuditEvent(
      {
        actorId: user.id,
        action: 'availability.clear_override',
        entityType: 'Therapist',
        entityId: t.id,
        practiceId: t.practiceId,
        data: { date, orphans: orphans.length },
      },
      tx,
    );
  });
  return { ...(await getOwnAvailability(user)), orphans };
}

/** Removing time off only gives hours back, so it cannot orphan a visit. Someone else's: 404. */
export async function removeTimeOff(user: SessionUser, id: string) {
  const t = await therapistOf(user);
  await db().$transaction(async (tx) => {
    const removed = await tx.timeOff.findFirst({
      where: { id, therapistId: t.id },
      select: { id: true, startsAt: true, endsAt: true },
    });
    // deleteMany: a concurrent removal of the same row is a 404, not an error.
    if (!removed || (await tx.timeOff.deleteMany({ where: { id: removed.id } })).count === 0)
      throw new AppError('NOT_FOUND', 'Time off not found.');
    await recordAuditEvent(
      {
        actorId: user.id,
        action: 'availability.time_off_remove',
        entityType: 'Therapist',
        entityId: t.id,
        practiceId: t.practiceId,
        data: { timeOffId: removed.id, startsAt: removed.startsAt.toISOString(), endsAt: removed.endsAt.toISOString() },
      },
      tx,
    );
  });
  return getOwnAvailability(user);
}
