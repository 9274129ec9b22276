// A therapist's own hours: weekly rules (replaced as a whole), date overrides and time off.
// Rules store the therapist's zone beside them, so a later move of zone does not shift old hours.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { WeeklyRuleInput } from './availability-schemas';

async function therapistOf(user: SessionUser) {
  const therapist = await db().therapist.findUnique({ where: { userId: user.id }, select: { id: true, timezone: true, practiceId: true } });
  if (!therapist) throw new AppError('FORBIDDEN', 'Only therapists have availability.');
  return therapist;
}

async function assertClinics(practiceId: string, clinicIds: (string | null)[], modalities: string[]) {
  if (modalities.some((m, i) => (m === 'IN_CLINIC') !== (clinicIds[i] !== null))) {
    throw new AppError('VALIDATION_FAILED', 'Invalid body: in-clinic hours need a clinicId, virtual hours must not have one.');
  }
  const ids = [...new Set(clinicIds.filter((c): c is string => c !== null))];
  if (ids.length && (await db().clinic.count({ where: { id: { in: ids }, practiceId } })) !== ids.length) {
    throw new AppError('VALIDATION_FAILED', "Invalid body: every clinicId must be one of your practice's clinics.");
  }
}

export async function getOwnAvailability(user: SessionUser) {
  const t = await therapistOf(user);
  const [rules, overrides, timeOff] = await Promise.all([
    db().availabilityRule.findMany({ where: { therapistId: t.id }, orderBy: [{ weekday: 'asc' }, { startMinute: 'asc' }] }),
    db().availabilityOverride.findMany({ where: { therapistId: t.id, date: { gte: new Date(Date.now() - 86_400_000) } }, orderBy: { date: 'asc' } }),
    db().timeOff.findMany({ where: { therapistId: t.id, endsAt: { gt: new Date() } }, orderBy: { startsAt: 'asc' } }),
  ]);
  return { timezone: t.timezone, rules, overrides, timeOff };
}

export async function replaceWeeklyRules(user: SessionUser, rules: WeeklyRuleInput[]) {
  const t = await therapistOf(user);
  await assertClinics(t.practiceId, rules.map((r) => r.clinicId), rules.map((r) => r.modality));
  await db().$transaction(async (tx) => {
    await tx.availabilityRule.deleteMany({ where: { therapistId: t.id } });
    await tx.availabilityRule.createMany({
      data: rules.map((r) => ({
        ...r, therapistId: t.id, timezone: t.timezone,
        validFrom: new Date(`${r.validFrom}T00:00:00Z`), validUntil: r.validUntil ? new Date(`${r.validUntil}T00:00:00Z`) : null,
      })),
    });
    await recordAuditEvent({ actorId: user.id, action: 'availability.replace_rules', entityType: 'Therapist', entityId: t.id, data: { count: rules.length } }, tx);
  });
  return getOwnAvailability(user);
}

export async function setDateOverride(user: SessionUser, date: string, ranges: { startMinute: number; endMinute: number; modality: 'IN_CLINIC' | 'VIRTUAL'; clinicId: string | null }[]) {
  const t = await therapistOf(user);
  await assertClinics(t.practiceId, ranges.map((r) => r.clinicId), ranges.map((r) => r.modality));
  const day = new Date(`${date}T00:00:00Z`);
  await db().$transaction(async (tx) => {
    await tx.availabilityOverride.deleteMany({ where: { therapistId: t.id, date: day } });
    await tx.availabilityOverride.createMany({
      data: ranges.length
        ? ranges.map((r) => ({ ...r, therapistId: t.id, date: day, timezone: t.timezone }))
        : [{ therapistId: t.id, date: day, timezone: t.timezone }],
    });
    await recordAuditEvent({ actorId: user.id, action: 'availability.override', entityType: 'Therapist', entityId: t.id, data: { date, ranges: ranges.length } }, tx);
  });
  return getOwnAvailability(user);
}

export async function addTimeOff(user: SessionUser, input: { startsAt: Date; endsAt: Date; reason: string }) {
  const t = await therapistOf(user);
  await db().timeOff.create({ data: { therapistId: t.id, ...input } });
  return getOwnAvailability(user);
}
