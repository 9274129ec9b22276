// Everything the slot computation needs, in ONE round trip: the visit type and, for each
// therapist who can take it, their rules, overrides, time off and busy blocks in the window.
import { db, Prisma } from '../db';
import type { TherapistSchedule, VisitRules, Modality } from './slot-types';
import type { LicenseRecord } from '../licensure/license-coverage';

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
  visit_type: (Omit<LoadedVisitType, 'modality'> & { modality: Modality }) | null;
  schedules: LoadedSchedule[];
}

const DAY = 86_400_000;

export async function loadSchedules(
  q: ScheduleQuery,
): Promise<{ visitType: LoadedVisitType | null; schedules: LoadedSchedule[] }> {
  const rows = await db().$queryRaw<Row[]>(schedulesQuery(q));
  const row = rows[0];
  return { visitType: row?.visit_type ?? null, schedules: row?.schedules ?? [] };
}

/** The one statement loadSchedules sends (exported for bench:slots' EXPLAIN). */
export function schedulesQuery(q: ScheduleQuery): Prisma.Sql {
  // Widen the window so buffers and local dates at its edges are seen.
  const windowStart = new Date(q.from.getTime() - DAY);
  const windowEnd = new Date(q.to.getTime() + DAY);
  const therapistId = q.therapistId ?? null;
  const clinicId = q.clinicId ?? null;
  const exclude = q.excludeAppointmentId ?? null;
  const patientState = q.patientState ?? null;
  return Prisma.sql`
    WITH vt AS (
      SELECT id, name, price_cents, currency, practice_id, modality::text AS modality, duration_minutes,
             buffer_before_minutes, buffer_after_minutes, min_notice_minutes, horizon_days, slot_step_minutes,
             free_cancellation_hours, patient_may_book_series
      FROM visit_types WHERE id = ${q.visitTypeId} AND active
    ), t AS (
      SELECT th.id, th.timezone FROM therapists th
      -- Bookable therapists only: active, and done with the invitation (a password is set).
      JOIN users u ON u.id = th.user_id AND u.active AND u.password_hash IS NOT NULL
      CROSS JOIN vt
      WHERE (${therapistId}::text IS NULL OR th.id = ${therapistId}::text)
        AND (vt.practice_id IS NULL OR vt.practice_id = th.practice_id)
        AND (vt.modality <> 'VIRTUAL' OR th.offers_virtual)
        -- For a virtual visit, a clinic means "therapists based there".
        AND (${clinicId}::text IS NULL OR vt.modality <> 'VIRTUAL' OR th.clinic_id = ${clinicId}::text)
        -- Video: someone with no license of any kind for the patient's state is not even loaded
        -- (expiry and the compact's home-license rule are applied per date, in TypeScript).
        AND (${patientState}::text IS NULL OR vt.modality <> 'VIRTUAL'
          OR EXISTS (SELECT 1 FROM therapist_licenses l WHERE l.therapist_id = th.id AND l.state = ${patientState}::text))
    )
    SELECT
      (SELECT json_build_object(
        'id', id, 'name', name, 'priceCents', price_cents, 'currency', currency, 'practiceId', practice_id,
        'modality', modality, 'durationMinutes', duration_minutes, 'bufferBeforeMinutes', buffer_before_minutes,
        'bufferAfterMinutes', buffer_after_minutes, 'minNoticeMinutes', min_notice_minutes, 'horizonDays', horizon_days,
        'slotStepMinutes', slot_step_minutes, 'freeCancellationHours', free_cancellation_hours,
        'patientMayBookSeries', patient_may_book_series) FROM vt) AS visit_type,
      COALESCE((SELECT json_agg(json_build_object(
        'therapistId', t.id, 'timezone', t.timezone,
        'licenses', CASE WHEN vt.modality = 'VIRTUAL' THEN COALESCE((SELECT json_agg(json_build_object(
            'state', l.state, 'kind', l.kind::text, 'expiresOn', to_char(l.expires_on, 'YYYY-MM-DD')))
          FROM therapist_licenses l WHERE l.therapist_id = t.id), '[]'::json) ELSE '[]'::json END,
        'rules', COALESCE((SELECT json_agg(json_build_object(
            'weekday', r.weekday, 'startMinute', r.start_minute, 'endMinute', r.end_minute, 'timezone', r.timezone,
            'modality', r.modality::text, 'clinicId', r.clinic_id,
            'validFrom', to_char(r.valid_from, 'YYYY-MM-DD'), 'validUntil', to_char(r.valid_until, 'YYYY-MM-DD')))
          FROM availability_rules r
          WHERE r.therapist_id = t.id AND r.modality::text = vt.modality
            AND (${clinicId}::text IS NULL OR vt.modality = 'VIRTUAL' OR r.clinic_id = ${clinicId}::text)
            -- A closed clinic keeps its rules for history but offers no more times.
            AND (r.clinic_id IS NULL OR EXISTS (SELECT 1 FROM clinics c WHERE c.id = r.clinic_id AND c.active))
            AND r.valid_from <= ${windowEnd}::date AND (r.valid_until IS NULL OR r.valid_until >= ${windowStart}::date)), '[]'::json),
        -- An override at a closed clinic still replaces that date's weekly hours but, like a
        -- "closed" row, opens no range (its start and end are dropped).
        'overrides', COALESCE((SELECT json_agg(json_build_object(
            'date', to_char(o.date, 'YYYY-MM-DD'),
            'startMinute', CASE WHEN oc.active IS NOT FALSE THEN o.start_minute END,
            'endMinute', CASE WHEN oc.active IS NOT FALSE THEN o.end_minute END,
            'timezone', o.timezone, 'modality', o.modality::text, 'clinicId', o.clinic_id))
          FROM availability_overrides o LEFT JOIN clinics oc ON oc.id = o.clinic_id
          WHERE o.therapist_id = t.id AND o.date BETWEEN ${windowStart}::date - 1 AND ${windowEnd}::date + 1), '[]'::json),
        'timeOff', COALESCE((SELECT json_agg(json_build_object(
            'start', (extract(epoch FROM x.starts_at) * 1000)::bigint, 'end', (extract(epoch FROM x.ends_at) * 1000)::bigint))
          FROM time_off x
          WHERE x.therapist_id = t.id AND x.starts_at < ${windowEnd} AND x.ends_at > ${windowStart}), '[]'::json),
        'busy', COALESCE((SELECT json_agg(json_build_object(
            'start', (extract(epoch FROM a.block_starts_at) * 1000)::bigint, 'end', (extract(epoch FROM a.block_ends_at) * 1000)::bigint))
          FROM appointments a
          -- The exclusion constraint's own expression, so its GiST index finds the window's rows
          -- instead of every appointment the therapist ever had (same rows: blocks are never empty).
          WHERE a.therapist_id = t.id
            AND tstzrange(a.block_starts_at, a.block_ends_at) && tstzrange(${windowStart}::timestamptz, ${windowEnd}::timestamptz)
            AND (a.status = 'BOOKED' OR (a.status = 'HELD' AND a.hold_expires_at > now()))
            AND (${exclude}::text IS NULL OR a.id <> ${exclude}::text)), '[]'::json)
      ) ORDER BY t.id) FROM t CROSS JOIN vt), '[]'::json) AS schedules`;
}
