-- Hand-written: rehabit_slot_schedules takes a list of clinics instead of one (NULL = every
-- clinic), so the clinic locator loads the schedules at the clinics within its radius only, in one
-- call (lib/clinics/earliest-slots.ts; decision 047, update "The locator"); a one-clinic search
-- passes a list of one. For an in-clinic search of everyone at given clinics, therapists with no hours
-- at any of them (weekly, or on a date in the window) are no longer loaded with empty hours. Otherwise
-- the same statement as 20261206012000_slot_schedules_function.
-- Change it with CREATE OR REPLACE in a new migration.
DROP FUNCTION rehabit_slot_schedules(text, timestamptz, timestamptz, date, date, text, text, text, text);

CREATE FUNCTION rehabit_slot_schedules(
  p_visit_type_id text,
  p_window_start timestamptz,
  p_window_end timestamptz,
  p_window_start_date date,
  p_window_end_date date,
  p_therapist_id text,
  p_clinic_ids text[],
  p_exclude_appointment_id text,
  p_patient_state text
)
RETURNS json
LANGUAGE plpgsql STABLE
SET plan_cache_mode = force_generic_plan
AS $fn$
BEGIN
  RETURN (

    WITH vt AS (
      SELECT id, name, price_cents, currency, practice_id, modality::text AS modality, duration_minutes,
             buffer_before_minutes, buffer_after_minutes, min_notice_minutes, horizon_days, slot_step_minutes,
             free_cancellation_hours, patient_may_book_series
      FROM visit_types WHERE id = p_visit_type_id AND active
    ), t AS (
      SELECT th.id, th.timezone FROM therapists th
      -- Bookable therapists only: active, and done with the invitation (a password is set).
      JOIN users u ON u.id = th.user_id AND u.active AND u.password_hash IS NOT NULL
      CROSS JOIN vt
      WHERE (p_therapist_id IS NULL OR th.id = p_therapist_id)
        AND (vt.practice_id IS NULL OR vt.practice_id = th.practice_id)
        AND (vt.modality <> 'VIRTUAL' OR th.offers_virtual)
        -- For a virtual visit, a clinic means "therapists based there".
        AND (p_clinic_ids IS NULL OR vt.modality <> 'VIRTUAL' OR th.clinic_id = ANY (p_clinic_ids))
        -- In clinic, searching everyone: only someone with hours at one of the clinics, weekly or on a
        -- date of the window (nobody else has a time there; their appointments need not be read). One
        -- therapist asked for by id is loaded as before, so a booking's check answers as it did.
        AND (p_clinic_ids IS NULL OR vt.modality = 'VIRTUAL' OR p_therapist_id IS NOT NULL
          OR EXISTS (SELECT 1 FROM availability_rules r WHERE r.therapist_id = th.id AND r.clinic_id = ANY (p_clinic_ids))
          OR EXISTS (SELECT 1 FROM availability_overrides o WHERE o.therapist_id = th.id AND o.clinic_id = ANY (p_clinic_ids)
            AND o.date BETWEEN p_window_start_date - 1 AND p_window_end_date + 1))
        -- Video: someone with no license of any kind for the patient's state is not even loaded
        -- (expiry and the compact's home-license rule are applied per date, in TypeScript).
        AND (p_patient_state IS NULL OR vt.modality <> 'VIRTUAL'
          OR EXISTS (SELECT 1 FROM therapist_licenses l WHERE l.therapist_id = th.id AND l.state = p_patient_state))
    )
    SELECT json_build_object(
      'visit_type',      (SELECT json_build_object(
        'id', id, 'name', name, 'priceCents', price_cents, 'currency', currency, 'practiceId', practice_id,
        'modality', modality, 'durationMinutes', duration_minutes, 'bufferBeforeMinutes', buffer_before_minutes,
        'bufferAfterMinutes', buffer_after_minutes, 'minNoticeMinutes', min_notice_minutes, 'horizonDays', horizon_days,
        'slotStepMinutes', slot_step_minutes, 'freeCancellationHours', free_cancellation_hours,
        'patientMayBookSeries', patient_may_book_series) FROM vt),
      'schedules',
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
            AND (p_clinic_ids IS NULL OR vt.modality = 'VIRTUAL' OR r.clinic_id = ANY (p_clinic_ids))
            -- A closed clinic keeps its rules for history but offers no more times.
            AND (r.clinic_id IS NULL OR EXISTS (SELECT 1 FROM clinics c WHERE c.id = r.clinic_id AND c.active))
            AND r.valid_from <= p_window_end_date AND (r.valid_until IS NULL OR r.valid_until >= p_window_start_date)), '[]'::json),
        -- An override at a closed clinic still replaces that date's weekly hours but, like a
        -- "closed" row, opens no range (its start and end are dropped).
        'overrides', COALESCE((SELECT json_agg(json_build_object(
            'date', to_char(o.date, 'YYYY-MM-DD'),
            'startMinute', CASE WHEN oc.active IS NOT FALSE THEN o.start_minute END,
            'endMinute', CASE WHEN oc.active IS NOT FALSE THEN o.end_minute END,
            'timezone', o.timezone, 'modality', o.modality::text, 'clinicId', o.clinic_id))
          FROM availability_overrides o LEFT JOIN clinics oc ON oc.id = o.clinic_id
          WHERE o.therapist_id = t.id AND o.date BETWEEN p_window_start_date - 1 AND p_window_end_date + 1), '[]'::json),
        'timeOff', COALESCE((SELECT json_agg(json_build_object(
            'start', (extract(epoch FROM x.starts_at) * 1000)::bigint, 'end', (extract(epoch FROM x.ends_at) * 1000)::bigint))
          FROM time_off x
          WHERE x.therapist_id = t.id AND x.starts_at < p_window_end AND x.ends_at > p_window_start), '[]'::json),
        'busy', COALESCE((SELECT json_agg(json_build_object(
            'start', (extract(epoch FROM a.block_starts_at) * 1000)::bigint, 'end', (extract(epoch FROM a.block_ends_at) * 1000)::bigint))
          FROM appointments a
          -- The exclusion constraint's own expression, so its GiST index finds the window's rows
          -- instead of every appointment the therapist ever had (same rows: blocks are never empty).
          WHERE a.therapist_id = t.id
            AND tstzrange(a.block_starts_at, a.block_ends_at) && tstzrange(p_window_start, p_window_end)
            AND (a.status = 'BOOKED' OR (a.status = 'HELD' AND a.hold_expires_at > now()))
            AND (p_exclude_appointment_id IS NULL OR a.id <> p_exclude_appointment_id)), '[]'::json)
      ) ORDER BY t.id) FROM t CROSS JOIN vt), '[]'::json))
  );
END
$fn$;
