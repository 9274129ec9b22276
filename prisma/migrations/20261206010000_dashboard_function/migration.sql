-- Hand-written: the patient dashboard's one statement as a PL/pgSQL function (decision 047,
-- update "Planning is the dashboard's cost"). Postgres spent ~4.4 ms planning this statement on
-- every request and ~1 ms running it; PL/pgSQL keeps the statement's plan for the connection, and
-- plan_cache_mode makes that the generic plan from the first call, so a request pays only the run.
-- The statement is the one lib/plans/load-dashboard-data.ts sent before, with $1 → p_user_id and
-- $2 → p_now. Change it with CREATE OR REPLACE in a new migration.
CREATE OR REPLACE FUNCTION rehabit_patient_dashboard(p_user_id text, p_now timestamptz)
RETURNS json
LANGUAGE plpgsql STABLE
SET plan_cache_mode = force_generic_plan
AS $fn$
BEGIN
  RETURN (
    WITH p AS (
      SELECT id, timezone, (p_now AT TIME ZONE timezone)::date AS today FROM patients WHERE user_id = p_user_id
    ), plan AS (
      SELECT ep.id, ep.title, u.name AS therapist
        FROM exercise_plans ep JOIN p ON ep.patient_id = p.id
        JOIN therapists t ON t.id = ep.therapist_id JOIN users u ON u.id = t.user_id
       WHERE ep.ended_at IS NULL
    )
    SELECT json_build_object(
      'patient', (SELECT json_build_object('id', id, 'timezone', timezone) FROM p),
      'next', (SELECT json_build_object(
          'id', a.id, 'startsAt', a.starts_at, 'endsAt', a.ends_at, 'modality', a.modality, 'visitType', vt.name,
          'therapist', tu.name, 'clinic', c.name)
        FROM appointments a JOIN p ON a.patient_id = p.id
        JOIN visit_types vt ON vt.id = a.visit_type_id JOIN therapists t ON t.id = a.therapist_id JOIN users tu ON tu.id = t.user_id
        LEFT JOIN clinics c ON c.id = a.clinic_id
        WHERE a.status = 'BOOKED' AND a.ends_at > p_now AND a.video_ended_at IS NULL ORDER BY a.starts_at LIMIT 1),
      'plan', (SELECT json_build_object('id', plan.id, 'title', plan.title, 'therapist', plan.therapist,
          'versions', (SELECT json_agg(json_build_object(
              'id', v.id, 'version', v.version, 'effectiveFrom', to_char(v.effective_from, 'YYYY-MM-DD'),
              'startsOn', to_char(v.starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(v.ends_on, 'YYYY-MM-DD'), 'notes', v.notes,
              'items', (SELECT json_agg(json_build_object(
                  'exerciseId', i.exercise_id, 'position', i.position, 'sets', i.sets, 'reps', i.reps, 'holdSeconds', i.hold_seconds,
                  'minutes', i.minutes, 'timesPerDay', i.times_per_day, 'daysPerWeek', i.days_per_week, 'notes', i.notes,
                  'timesOfDay', COALESCE(i.times_of_day, ARRAY[]::"TimeOfDay"[]),
                  'exercise', json_build_object('name', e.name, 'purpose', e.purpose, 'steps', e.steps, 'cautions', e.cautions,
                    'illustration', e.illustration, 'region', e.region, 'category', e.category)) ORDER BY i.position)
                FROM exercise_plan_items i JOIN exercises e ON e.id = i.exercise_id WHERE i.version_id = v.id))
            ORDER BY v.version) FROM exercise_plan_versions v WHERE v.plan_id = plan.id))
        FROM plan),
      -- Days as numbers (days since 1970-01-01) and rows as arrays: a year of logs stays a small answer.
      'activity', COALESCE((SELECT json_agg(json_build_array(d.performed_on - DATE '1970-01-01', d.exercise_id, d.sessions, d.pain_sum, d.pain_max))
        FROM (SELECT l.performed_on, l.exercise_id, count(*)::int AS sessions, sum(l.pain)::int AS pain_sum, max(l.pain)::int AS pain_max
                FROM exercise_logs l
               WHERE l.plan_id = (SELECT id FROM plan)
                 AND l.performed_on BETWEEN (SELECT today FROM p) - 91 AND (SELECT today FROM p) + 7
               GROUP BY l.performed_on, l.exercise_id) d), '[]'::json),
      'loggedDays', COALESCE((SELECT json_agg(d.performed_on - DATE '1970-01-01' ORDER BY d.performed_on DESC)
        FROM (SELECT l.performed_on FROM exercise_logs l
               WHERE l.patient_id = (SELECT id FROM p) AND l.performed_on <= (SELECT today FROM p)
               GROUP BY l.performed_on ORDER BY l.performed_on DESC LIMIT 1000) d), '[]'::json),
      'scores', COALESCE((SELECT json_agg(json_build_object('id', s.id, 'instrument', s.instrument, 'timepoint', s.timepoint,
          'score', s.score, 'takenOn', to_char(s.taken_on, 'YYYY-MM-DD')) ORDER BY s.taken_at)
        FROM outcome_scores s JOIN plan ON s.plan_id = plan.id), '[]'::json),
      'timedToday', COALESCE((SELECT json_agg(json_build_object('exerciseId', l.exercise_id, 'timeOfDay', l.time_of_day))
        FROM exercise_logs l
       WHERE l.plan_id = (SELECT id FROM plan) AND l.performed_on = (SELECT today FROM p) AND l.time_of_day IS NOT NULL), '[]'::json)
    ) AS data
  );
END
$fn$;
