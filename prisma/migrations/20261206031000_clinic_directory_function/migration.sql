-- Hand-written: what the clinic locator and a clinic's page (lib/clinics/load-directory.ts) read
-- besides open times, in one call instead of seven statements (decision 047, update "The locator"):
-- the active clinics in a band of latitude around the patient's ZIP (the caller's cheap prefilter;
-- it measures the real distance and keeps the radius itself) or the one with a slug, with their
-- practice's name and the therapists who can be booked there (based there or with hours there; an
-- active account done with its invitation, with some hours: the rule loadClinicTherapists had, now
-- kept here only), plus the network-wide visit types to pick a new patient's first visit from.
-- Change it with CREATE OR REPLACE in a new migration.
CREATE FUNCTION rehabit_clinic_directory(
  p_min_latitude double precision,
  p_max_latitude double precision,
  p_service text,
  p_slug text
)
RETURNS json
LANGUAGE plpgsql STABLE
SET plan_cache_mode = force_generic_plan
AS $fn$
BEGIN
  RETURN (
    WITH c AS (
      SELECT c.*, p.name AS practice_name FROM clinics c JOIN practices p ON p.id = c.practice_id
      WHERE c.active AND c.closed_at IS NULL
        AND c.latitude BETWEEN p_min_latitude AND p_max_latitude
        AND (p_service IS NULL OR p_service = ANY (c.services))
        AND (p_slug IS NULL OR c.slug = p_slug)
    ), bookable AS (
      SELECT th.id, th.clinic_id, th.credentials, th.specialties, u.name FROM therapists th
      JOIN users u ON u.id = th.user_id AND u.active AND u.password_hash IS NOT NULL
      WHERE EXISTS (SELECT 1 FROM availability_rules r WHERE r.therapist_id = th.id)
    )
    SELECT json_build_object(
      'clinics', COALESCE((SELECT json_agg(json_build_object(
        'id', c.id, 'slug', c.slug, 'name', c.name, 'addressLine1', c.address_line1, 'addressLine2', c.address_line2,
        'city', c.city, 'state', c.state, 'zip', c.zip, 'latitude', c.latitude, 'longitude', c.longitude,
        'phone', c.phone, 'hours', c.hours, 'timezone', c.timezone, 'services', c.services,
        'practiceName', c.practice_name,
        'therapists', COALESCE((SELECT json_agg(json_build_object(
            'id', b.id, 'name', b.name, 'credentials', b.credentials, 'specialties', b.specialties) ORDER BY b.name, b.id)
          FROM bookable b
          WHERE b.clinic_id = c.id OR EXISTS (SELECT 1 FROM availability_rules r WHERE r.therapist_id = b.id AND r.clinic_id = c.id)),
          '[]'::json)
      )) FROM c), '[]'::json),
      -- Network-wide visit types: the caller picks a new patient's first of each kind
      -- (chooseFirstVisitType in lib/clinics/earliest-slots.ts).
      'visitTypes', COALESCE((SELECT json_agg(json_build_object(
          'id', v.id, 'slug', v.slug, 'name', v.name, 'durationMinutes', v.duration_minutes, 'modality', v.modality::text)
          ORDER BY v.duration_minutes DESC, v.name)
        FROM visit_types v WHERE v.active AND v.practice_id IS NULL), '[]'::json)
    )
  );
END
$fn$;
