// The signed-in therapist's time grid for a day or a week of their own local dates.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { listBookableVisitTypes, type BookableVisitType } from './bookable-visit-types';
import { gridDay, type GridDay } from './calendar-grid';
import { loadGridColumns, type GridColumnData } from './load-grid-columns';
import { calendarWindow, type CalendarView, type CalendarWindow } from './therapist-calendar';
import { localDateOf } from './zoned-time';

export interface TherapistGrid extends CalendarWindow, GridColumnData {
  therapistId: string;
  timezone: string;
  today: string;
  date: string;
  gridDays: GridDay[];
  visitTypes: BookableVisitType[];
}

export async function loadTherapistGrid(
  user: SessionUser,
  view: CalendarView,
  date: string | null,
  now = new Date(),
): Promise<TherapistGrid> {
  const therapist = await db().therapist.findUnique({
    where: { userId: user.id },
    select: { id: true, timezone: true, practiceId: true },
  });
  if (!therapist) throw new AppError('FORBIDDEN', 'Only therapists have a calendar.');
  const today = localDateOf(now.getTime(), therapist.timezone);
  const shown = date ?? today;
  const window = calendarWindow(view, shown, therapist.timezone);
  const [data, visitTypes] = await Promise.all([
    loadGridColumns([therapist.id], window.from, window.to),
    listBookableVisitTypes(therapist.practiceId),
  ]);
  return {
    ...window,
    ...data,
    therapistId: therapist.id,
    timezone: therapist.timezone,
    today,
    date: shown,
    gridDays: window.days.map((d) => gridDay(d, therapist.timezone)),
    visitTypes,
  };
}
