// A therapist's hours as saved (in the slot engine's shapes) and their visits still to come
// (booked, or held by a checkout in progress): what a change of hours is checked against.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import type { Availability, BookedVisit } from './find-orphaned-visits';

const DAY_MS = 86_400_000;
/** Enough for any real calendar; a change is checked against this many upcoming visits at most. */
const MAX_VISITS = 2000;
const dateText = (d: Date) => d.toISOString().slice(0, 10);

export interface UpcomingVisit extends BookedVisit {
  id: string;
  status: 'HELD' | 'BOOKED';
  /** The visit plus its buffers, as the slot engine blocks it. */
  blockStart: number;
  blockEnd: number;
  patient: { id: string; name: string };
  visitType: { id: string; name: string };
  clinic: { id: string; name: string } | null;
}

export interface OwnTherapist {
  id: string;
  timezone: string;
  practiceId: string;
  offersVirtual: boolean;
}

export async function ownTherapist(user: SessionUser): Promise<OwnTherapist> {
  const therapist = await db().therapist.findUnique({
    where: { userId: user.id },
    select: { id: true, timezone: true, practiceId: true, offersVirtual: true },
  });
  if (!therapist) throw new AppError('FORBIDDEN', 'Only therapists have availability.');
  return therapist;
}

export async function loadAvailabilityState(
  therapistId: string,
  now = new Date(),
): Promise<{ availability: Availability; visits: UpcomingVisit[] }> {
  // Hours at a closed clinic offer no times (as in loadSchedules), so they cover nothing either.
  // An override there still replaces its date's weekly hours: kept, but opening no range.
  const openClinic = { OR: [{ clinicId: null }, { clinic: { active: true } }] };
  const [rules, overrides, timeOff, appointments] = await Promise.all([
    db().availabilityRule.findMany({ where: { therapistId, ...openClinic } }),
    db().availabilityOverride.findMany({
      where: { therapistId, date: { gte: new Date(now.getTime() - 2 * DAY_MS) } },
      include: { clinic: { select: { active: true } } },
    }),
    db().timeOff.findMany({ where: { therapistId, endsAt: { gt: new Date(now.getTime() - DAY_MS) } } }),
    db().appointment.findMany({
      where: {
        therapistId,
        endsAt: { gt: now },
        OR: [{ status: 'BOOKED' }, { status: 'HELD', holdExpiresAt: { gt: now } }],
      },
      orderBy: { startsAt: 'asc' },
      take: MAX_VISITS,
      select: {
        id: true,
        status: true,
        startsAt: true,
        endsAt: true,
        blockStartsAt: true,
        blockEndsAt: true,
        modality: true,
        clinicId: true,
        patient: { select: { id: true, user: { select: { name: true } } } },
        visitType: { select: { id: true, name: true } },
        clinic: { select: { id: true, name: true } },
      },
    }),
  ]);
  return {
    availability: {
      rules: rules.map((r) => ({
        weekday: r.weekday,
        startMinute: r.startMinute,
        endMinute: r.endMinute,
        timezone: r.timezone,
        modality: r.modality,
        clinicId: r.clinicId,
        validFrom: dateText(r.validFrom),
        validUntil: r.validUntil ? dateText(r.validUntil) : null,
      })),
      overrides: overrides.map((o) => ({
        date: dateText(o.date),
        timezone: o.timezone,
        ...(o.clinic && !o.clinic.active
          ? { startMinute: null, endMinute: null }
          : { startMinute: o.startMinute, endMinute: o.endMinute }),
        modality: o.modality,
        clinicId: o.clinicId,
      })),
      timeOff: timeOff.map((t) => ({ start: t.startsAt.getTime(), end: t.endsAt.getTime() })),
    },
    visits: appointments.map((a) => ({
      id: a.id,
      status: a.status as 'HELD' | 'BOOKED',
      start: a.startsAt.getTime(),
      end: a.endsAt.getTime(),
      blockStart: a.blockStartsAt.getTime(),
      blockEnd: a.blockEndsAt.getTime(),
      modality: a.modality,
      clinicId: a.clinicId,
      patient: { id: a.patient.id, name: a.patient.user.name },
      visitType: a.visitType,
      clinic: a.clinic,
    })),
  };
}

/** An orphaned visit as the API shows it. */
export function toOrphanView(v: UpcomingVisit) {
  return {
    id: v.id,
    status: v.status,
    start: new Date(v.start).toISOString(),
    end: new Date(v.end).toISOString(),
    modality: v.modality,
    patient: v.patient,
    visitType: v.visitType,
    clinic: v.clinic,
  };
}
export type OrphanView = ReturnType<typeof toOrphanView>;
