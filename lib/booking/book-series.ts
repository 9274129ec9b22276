// Books a plan-of-care series. Every occurrence stands alone: the free ones are booked, and for
// each conflict the answer offers the nearest free times that day or the days around it.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { findOpenSlots } from '../scheduling/find-open-slots';
import { loadSchedules } from '../scheduling/load-schedules';
import { bookAppointment } from './book-appointment';
import { toAppointmentView } from './appointment-view';
import { seriesOccurrences } from './series-occurrences';
import { licensedSlots } from '../licensure/licensed-slots';
import { requirePatientState } from '../licensure/video-state';
import type { AppointmentView } from './schemas';

export interface SeriesRequest {
  patientId: string;
  visitTypeId: string;
  therapistId: string;
  clinicId?: string | null;
  startDate: string;
  weekdays: number[];
  time: string;
  weeks: number;
  /** Video visits: the state the patient will be in (every occurrence is checked against the licenses). */
  patientState?: string | null;
}

export interface SeriesConflict {
  start: string | null;
  date: string;
  reason: string;
  alternatives: { start: string; end: string }[];
}

const DAY = 86_400_000;

export async function bookSeries(
  actor: SessionUser,
  req: SeriesRequest,
  idempotencyKey: string | null,
  now = new Date(),
): Promise<{ seriesId: string; booked: AppointmentView[]; conflicts: SeriesConflict[] }> {
  const [therapist, visitType] = await Promise.all([
    db().therapist.findUnique({ where: { id: req.therapistId }, select: { timezone: true } }),
    db().visitType.findUnique({ where: { id: req.visitTypeId }, select: { modality: true } }),
  ]);
  if (!therapist) throw new AppError('NOT_FOUND', 'Therapist not found.');
  // A video series with no state would fail every occurrence alike: say so once.
  if (visitType?.modality === 'VIRTUAL') requirePatientState(req.patientState, 'body.patientState');
  const occurrences = seriesOccurrences({ ...req, timezone: therapist.timezone });
  if (occurrences.length === 0) throw new AppError('VALIDATION_FAILED', 'Invalid body: the pattern has no visits.');
  const weekdayNames = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const series = await db().appointmentSeries.create({
    data: {
      createdById: actor.id,
      description: `${req.weekdays.map((d) => weekdayNames[d]).join(' and ')} ${req.time} for ${req.weeks} week${req.weeks > 1 ? 's' : ''}`,
    },
  });
  const booked: AppointmentView[] = [];
  const failed: { date: string; start: number | null; reason: string }[] = [];
  for (const [i, o] of occurrences.entries()) {
    if (o.start === null) {
      failed.push({ ...o, reason: 'OUTSIDE_AVAILABILITY' });
      continue;
    }
    try {
      const { appointment } = await bookAppointment(
        {
          ...req,
          start: new Date(o.start),
          createdById: actor.id,
          seriesId: series.id,
          idempotencyKey: idempotencyKey ? `${idempotencyKey}#${i}` : null,
        },
        now,
      );
      booked.push(toAppointmentView(appointment));
    } catch (err) {
      if (!(err instanceof AppError) || err.status >= 500 || err.code === 'NOT_FOUND') throw err;
      failed.push({ ...o, reason: err.code });
    }
  }
  const conflicts = await withAlternatives(req, failed, now);
  return { seriesId: series.id, booked, conflicts };
}

/** One schedule load for the whole span, then the three free starts nearest each conflict. */
async function withAlternatives(
  req: SeriesRequest,
  failed: { date: string; start: number | null; reason: string }[],
  now: Date,
): Promise<SeriesConflict[]> {
  if (failed.length === 0) return [];
  const anchors = failed.map((f) => f.start ?? Date.parse(`${f.date}T12:00:00Z`));
  const from = new Date(Math.min(...anchors) - 3 * DAY);
  const to = new Date(Math.max(...anchors) + 3 * DAY);
  const { visitType, schedules } = await loadSchedules({
    visitTypeId: req.visitTypeId,
    therapistId: req.therapistId,
    clinicId: req.clinicId,
    from,
    to,
  });
  const schedule = schedules[0];
  const found =
    visitType && schedule
      ? findOpenSlots(schedule, visitType, { from: from.getTime(), to: to.getTime(), now: now.getTime(), clinicId: req.clinicId })
      : [];
  // Video: only alternatives the license covers (an expiring license ends the offers on its date).
  const open =
    visitType?.modality === 'VIRTUAL' && schedule && req.patientState
      ? licensedSlots(found, [schedule], req.patientState)
      : found;
  return failed.map((f, i) => {
    const anchor = anchors[i]!;
    const nearest = open
      .filter((s) => Math.abs(s.start - anchor) <= 3 * DAY)
      .sort((a, b) => Math.abs(a.start - anchor) - Math.abs(b.start - anchor))
      .slice(0, 3)
      .sort((a, b) => a.start - b.start);
    return {
      date: f.date,
      start: f.start === null ? null : new Date(f.start).toISOString(),
      reason: f.reason,
      alternatives: nearest.map((s) => ({ start: new Date(s.start).toISOString(), end: new Date(s.end).toISOString() })),
    };
  });
}
