// What a time-grid calendar draws for some therapists over a window, in one round trip per kind:
// their visits (not cancelled, not mere holds) with what the side panel shows, their time off,
// working hours and closed dates. The callers decide who may see which therapists.
import { db } from '../db';
import type { DateOverride, WeeklyRule } from './find-open-slots';
import { closedDates, workingSpans, type WorkingSpan } from './working-spans';

export interface GridVisit {
  id: string;
  therapistId: string;
  status: 'BOOKED' | 'COMPLETED' | 'NO_SHOW';
  start: number;
  end: number;
  blockStart: number;
  blockEnd: number;
  modality: 'IN_CLINIC' | 'VIRTUAL';
  checkedInAt: string | null;
  needsNoShowReview: boolean;
  patient: { id: string; name: string };
  visitType: { id: string; name: string; durationMinutes: number };
  clinic: { name: string; timezone: string } | null;
  payment: { method: 'CARD' | 'INSURANCE'; status: string; amountCents: number; currency: string } | null;
  priceCents: number;
  hasIntake: boolean;
  note: 'NONE' | 'DRAFT' | 'SIGNED';
}

export interface GridTimeOff {
  id: string;
  therapistId: string;
  start: number;
  end: number;
  reason: string;
}

export interface GridColumnData {
  visits: GridVisit[];
  timeOff: GridTimeOff[];
  working: Map<string, WorkingSpan[]>;
  closed: Map<string, string[]>;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

export async function loadGridColumns(
  therapistIds: readonly string[],
  from: number,
  to: number,
  visitTypeId?: string | null,
): Promise<GridColumnData> {
  const ids = [...therapistIds];
  const window = { gte: new Date(from - 86_400_000), lte: new Date(to + 86_400_000) };
  const [appointments, timeOff, rules, overrides] = await Promise.all([
    db().appointment.findMany({
      where: {
        therapistId: { in: ids },
        startsAt: { lt: new Date(to) },
        endsAt: { gt: new Date(from) },
        status: { in: ['BOOKED', 'COMPLETED', 'NO_SHOW'] },
        ...(visitTypeId ? { visitTypeId } : {}),
      },
      orderBy: { startsAt: 'asc' },
      select: {
        id: true,
        therapistId: true,
        status: true,
        startsAt: true,
        endsAt: true,
        blockStartsAt: true,
        blockEndsAt: true,
        modality: true,
        checkedInAt: true,
        needsNoShowReview: true,
        priceCents: true,
        intakeId: true,
        patient: { select: { id: true, user: { select: { name: true } } } },
        visitType: { select: { id: true, name: true, durationMinutes: true } },
        clinic: { select: { name: true, timezone: true } },
        payment: { select: { method: true, status: true, amountCents: true, currency: true } },
        note: { select: { status: true } },
      },
    }),
    db().timeOff.findMany({
      where: { therapistId: { in: ids }, startsAt: { lt: new Date(to) }, endsAt: { gt: new Date(from) } },
      orderBy: { startsAt: 'asc' },
      select: { id: true, therapistId: true, startsAt: true, endsAt: true, reason: true },
    }),
    db().availabilityRule.findMany({
      where: {
        therapistId: { in: ids },
        validFrom: { lte: window.lte },
        OR: [{ validUntil: null }, { validUntil: { gte: window.gte } }],
      },
      select: {
        therapistId: true,
        weekday: true,
        startMinute: true,
        endMinute: true,
        timezone: true,
        modality: true,
        clinicId: true,
        validFrom: true,
        validUntil: true,
      },
    }),
    db().availabilityOverride.findMany({
      where: { therapistId: { in: ids }, date: window },
      select: {
        therapistId: true,
        date: true,
        startMinute: true,
        endMinute: true,
        timezone: true,
        modality: true,
        clinicId: true,
      },
    }),
  ]);
  const working = new Map<string, WorkingSpan[]>();
  const closed = new Map<string, string[]>();
  for (const id of ids) {
    const own: WeeklyRule[] = rules
      .filter((r) => r.therapistId === id)
      .map((r) => ({ ...r, validFrom: isoDate(r.validFrom), validUntil: r.validUntil ? isoDate(r.validUntil) : null }));
    const ownOverrides: DateOverride[] = overrides
      .filter((o) => o.therapistId === id)
      .map((o) => ({ ...o, date: isoDate(o.date) }));
    working.set(id, workingSpans(own, ownOverrides, from, to));
    closed.set(id, closedDates(ownOverrides));
  }
  return {
    visits: appointments.map((a) => ({
      id: a.id,
      therapistId: a.therapistId,
      status: a.status as GridVisit['status'],
      start: a.startsAt.getTime(),
      end: a.endsAt.getTime(),
      blockStart: a.blockStartsAt.getTime(),
      blockEnd: a.blockEndsAt.getTime(),
      modality: a.modality,
      checkedInAt: a.checkedInAt?.toISOString() ?? null,
      needsNoShowReview: a.needsNoShowReview,
      patient: { id: a.patient.id, name: a.patient.user.name },
      visitType: a.visitType,
      clinic: a.clinic,
      payment: a.payment,
      priceCents: a.priceCents,
      hasIntake: a.intakeId !== null,
      note: a.note?.status ?? 'NONE',
    })),
    timeOff: timeOff.map((t) => ({
      id: t.id,
      therapistId: t.therapistId,
      start: t.startsAt.getTime(),
      end: t.endsAt.getTime(),
      reason: t.reason,
    })),
    working,
    closed,
  };
}
