// Everything the slot computation needs, in ONE round trip: the visit type and, for each
// therapist who can take it, their rules, overrides, time off and busy blocks in the window.
// The query itself is the SQL function rehabit_slot_schedules (see its migration).
import { db, Prisma } from '../db';
import type { TherapistSchedule, VisitRules, Modality } from './slot-types';
import type { LicenseRecord } from '../licensure/license-coverage';
import { dateOnly } from '../plans/calendar';

export interface LoadedVisitType extends VisitRules {
  id: string;
  name: string;
  priceCents: number;
  currency: string;
  practiceId: string | null;
  freeCancellationHours: number;
  patientMayBookSeries: boolean;
}

export interface ScheduleQuery {
  visitTypeId: string;
  from: Date;
  to: Date;
  therapistId?: string | null;
  clinicId?: string | null;
  /** In-clinic hours at any of these clinics (the locator's radius); `clinicId` is a list of one. */
  clinicIds?: readonly string[] | null;
  /** Leave this appointment out of the busy blocks (when rescheduling it). */
  excludeAppointmentId?: string | null;
  /** Video visits: only therapists with a license or compact privilege for this state (decision 024). */
  patientState?: string | null;
}

/** A therapist's schedule, their zone, and (for a video visit type) their licenses. */
export interface LoadedSchedule extends TherapistSchedule {
  timezone: string;
  licenses: LicenseRecord[];
}

interface Row {
  data: {
    visit_type: (Omit<LoadedVisitType, 'modality'> & { modality: Modality }) | null;
    schedules: LoadedSchedule[] | null;
  };
}

const DAY = 86_400_000;

export async function loadSchedules(
  q: ScheduleQuery,
): Promise<{ visitType: LoadedVisitType | null; schedules: LoadedSchedule[] }> {
  const rows = await db().$queryRaw<Row[]>(schedulesQuery(q));
  const data = rows[0]?.data;
  return { visitType: data?.visit_type ?? null, schedules: data?.schedules ?? [] };
}

/**
 * The one statement loadSchedules sends: a call of the PL/pgSQL function that holds the query
 * (migrations 20261206012000_slot_schedules_function and 20261206030000_slot_schedules_clinic_list),
 * planned once per connection instead of on every search and booking (decision 047). Exported for
 * bench:slots' EXPLAIN.
 */
export function schedulesQuery(q: ScheduleQuery): Prisma.Sql {
  // Widen the window so buffers and local dates at its edges are seen.
  const windowStart = new Date(q.from.getTime() - DAY);
  const windowEnd = new Date(q.to.getTime() + DAY);
  const therapistId = q.therapistId ?? null;
  const clinicIds = q.clinicIds ? [...q.clinicIds] : q.clinicId ? [q.clinicId] : null;
  const exclude = q.excludeAppointmentId ?? null;
  const patientState = q.patientState ?? null;
  return Prisma.sql`SELECT rehabit_slot_schedules(
    ${q.visitTypeId}, ${windowStart}::timestamptz, ${windowEnd}::timestamptz,
    ${dateOnly(windowStart)}::date, ${dateOnly(windowEnd)}::date,
    ${therapistId}::text, ${clinicIds}::text[], ${exclude}::text, ${patientState}::text) AS data`;
}
