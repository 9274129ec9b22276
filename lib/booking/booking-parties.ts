// Who and where a new booking is about, read in ONE round trip before its transaction: the
// therapist, the patient (with what the intake rules need) and the clinic, in the shapes the
// appointment record carries (appointment-view.ts). The transaction then only INSERTs scalars,
// instead of reading six relations back inside its locks (docs/decisions/022-performance.md).
import { db } from '../db';
import type { AppointmentRecord } from './appointment-view';

export interface BookingParties {
  therapist: AppointmentRecord['therapist'];
  patient: AppointmentRecord['patient'];
  clinic: AppointmentRecord['clinic'];
  /** For the intake rules (lib/intake/intake-status.ts): all the patient's visits, and the latest intake's red flags. */
  appointmentCount: number;
  latestIntake: { redFlags: string[] } | null;
}

interface Row {
  therapist: BookingParties['therapist'];
  patient: BookingParties['patient'];
  clinic: BookingParties['clinic'];
  appointment_count: number;
  latest_red_flags: string[] | null;
}

/** Null when the therapist or the patient does not exist. */
export async function loadBookingParties(q: {
  therapistId: string;
  patientId: string;
  clinicId?: string | null;
}): Promise<BookingParties | null> {
  const rows = await db().$queryRaw<Row[]>`
    SELECT
      json_build_object('id', t.id, 'timezone', t.timezone, 'practiceId', t.practice_id, 'userId', t.user_id,
                        'user', json_build_object('name', tu.name)) AS therapist,
      json_build_object('id', p.id, 'userId', p.user_id, 'user', json_build_object('name', pu.name)) AS patient,
      (SELECT json_build_object('id', c.id, 'name', c.name, 'addressLine1', c.address_line1, 'city', c.city,
                                'state', c.state, 'zip', c.zip, 'timezone', c.timezone)
         FROM clinics c WHERE c.id = ${q.clinicId ?? null}::text) AS clinic,
      (SELECT count(*)::int FROM appointments a WHERE a.patient_id = p.id) AS appointment_count,
      (SELECT i.red_flags FROM intakes i WHERE i.patient_id = p.id ORDER BY i.created_at DESC LIMIT 1) AS latest_red_flags
    FROM therapists t JOIN users tu ON tu.id = t.user_id
    CROSS JOIN patients p JOIN users pu ON pu.id = p.user_id
    WHERE t.id = ${q.therapistId} AND p.id = ${q.patientId}`;
  const row = rows[0];
  if (!row) return null;
  return {
    therapist: row.therapist,
    patient: row.patient,
    clinic: row.clinic,
    appointmentCount: row.appointment_count,
    latestIntake: row.latest_red_flags ? { redFlags: row.latest_red_flags } : null,
  };
}
