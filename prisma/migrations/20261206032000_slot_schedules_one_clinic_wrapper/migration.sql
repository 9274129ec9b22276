-- Hand-written: the one-clinic signature of rehabit_slot_schedules again, now a wrapper of the
-- list version (20261206030000_slot_schedules_clinic_list dropped it). During a rolling deploy an
-- app node still running the code from before that migration calls this signature; without it,
-- its every slot search and booking check would fail until the node is replaced. Same answer as
-- the list version given a list of one. Drop it once no node runs code older than that migration.
CREATE FUNCTION rehabit_slot_schedules(
  p_visit_type_id text,
  p_window_start timestamptz,
  p_window_end timestamptz,
  p_window_start_date date,
  p_window_end_date date,
  p_therapist_id text,
  p_clinic_id text,
  p_exclude_appointment_id text,
  p_patient_state text
)
RETURNS json
LANGUAGE sql STABLE
AS $fn$
  SELECT rehabit_slot_schedules(
    p_visit_type_id, p_window_start, p_window_end, p_window_start_date, p_window_end_date, p_therapist_id,
    CASE WHEN p_clinic_id IS NULL THEN NULL ELSE ARRAY[p_clinic_id] END,
    p_exclude_appointment_id, p_patient_state)
$fn$;
