// A therapist's calendar for a day or a week of their own local dates: every visit that is not
// cancelled or only held, with patient, visit type, place, check-in and payment, in ONE query.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { calendarWindow, groupByLocalDay, type CalendarView, type CalendarWindow } from './therapist-calendar';
import { localDateOf } from './zoned-time';

const calendarSelect = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  modality: true,
  checkedInAt: true,
  needsNoShowReview: true,
  priceCents: true,
  patient: { select: { id: true, user: { select: { name: true } } } },
  visitType: { select: { name: true, durationMinutes: true } },
  clinic: { select: { name: true, timezone: true } },
  payment: { select: { method: true, status: true, amountCents: true, currency: true } },
} as const;

export interface CalendarVisit {
  id: string;
  status: 'HELD' | 'BOOKED' | 'COMPLETED' | 'NO_SHOW' | 'CANCELLED';
  startsAt: Date;
  endsAt: Date;
  modality: 'IN_CLINIC' | 'VIRTUAL';
  checkedInAt: Date | null;
  needsNoShowReview: boolean;
  priceCents: number;
  patient: { id: string; user: { name: string } };
  visitType: { name: string; durationMinutes: number };
  clinic: { name: string; timezone: string } | null;
  payment: { method: 'CARD' | 'INSURANCE'; status: string; amountCents: number; currency: string } | null;
}

export interface TherapistCalendar extends CalendarWindow {
  timezone: string;
  today: string;
  date: string;
  byDay: { date: string; appointments: CalendarVisit[] }[];
}

export async function loadTherapistCalendar(
  user: SessionUser,
  view: CalendarView,
  date: string | null,
  now = new Date(),
): Promise<TherapistCalendar> {
  const therapist = await db().therapist.findUnique({ where: { userId: user.id }, select: { id: true, timezone: true } });
  if (!therapist) throw new AppError('FORBIDDEN', 'Only therapists have a calendar.');
  const today = localDateOf(now.getTime(), therapist.timezone);
  const shown = date ?? today;
  const window = calendarWindow(view, shown, therapist.timezone);
  const appointments: CalendarVisit[] = await db().appointment.findMany({
    where: {
      therapistId: therapist.id,
      startsAt: { gte: new Date(window.from), lt: new Date(window.to) },
      status: { in: ['BOOKED', 'COMPLETED', 'NO_SHOW'] },
    },
    orderBy: { startsAt: 'asc' },
    select: calendarSelect,
  });
  return {
    ...window,
    timezone: therapist.timezone,
    today,
    date: shown,
    byDay: groupByLocalDay(appointments, window.days, therapist.timezone),
  };
}
