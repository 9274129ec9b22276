// One appointment as the patient's emails and calendar files describe it: the visit, the
// therapist, the practice, the clinic's address and the cancellation policy, read in one statement.
import { db } from '../db';
import type { EmailVisit } from './appointment-email-content';

/** "Rehabit <no-reply@rehabit.test>" → "no-reply@rehabit.test" */
export function senderAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}

interface VisitRow {
  id: string;
  status: string;
  starts_at: Date;
  ends_at: Date;
  revision: number;
  therapist_id: string;
  patient_name: string;
  patient_email: string;
  patient_timezone: string;
  therapist_name: string;
  credentials: string;
  brand: string;
  visit_name: string;
  free_cancellation_hours: number;
  late_cancellation_fee_cents: number;
  currency: string;
  clinic: {
    name: string;
    addressLine1: string;
    addressLine2: string | null;
    city: string;
    state: string;
    zip: string;
    phone: string;
  } | null;
}

export async function loadEmailVisit(
  appointmentId: string,
): Promise<{ status: string; therapistId: string; visit: EmailVisit } | null> {
  // One statement (with Prisma's nested selects it was eight): every booking sends this email.
  const rows = await db().$queryRaw<VisitRow[]>`
    SELECT a.id, a.status::text AS status, a.starts_at, a.ends_at, a.revision, a.therapist_id,
           pu.name AS patient_name, pu.email AS patient_email, p.timezone AS patient_timezone,
           tu.name AS therapist_name, t.credentials, pr.brand,
           vt.name AS visit_name, vt.free_cancellation_hours, vt.late_cancellation_fee_cents, vt.currency,
           (SELECT json_build_object('name', c.name, 'addressLine1', c.address_line1, 'addressLine2', c.address_line2,
                                     'city', c.city, 'state', c.state, 'zip', c.zip, 'phone', c.phone)
              FROM clinics c WHERE c.id = a.clinic_id) AS clinic
    FROM appointments a
    JOIN patients p ON p.id = a.patient_id JOIN users pu ON pu.id = p.user_id
    JOIN therapists t ON t.id = a.therapist_id JOIN users tu ON tu.id = t.user_id
    JOIN practices pr ON pr.id = t.practice_id
    JOIN visit_types vt ON vt.id = a.visit_type_id
    WHERE a.id = ${appointmentId}`;
  const row = rows[0];
  const a = row && {
    id: row.id,
    status: row.status,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    revision: row.revision,
    therapistId: row.therapist_id,
    patient: { timezone: row.patient_timezone, user: { email: row.patient_email, name: row.patient_name } },
    therapist: { credentials: row.credentials, user: { name: row.therapist_name }, practice: { brand: row.brand } },
    visitType: {
      name: row.visit_name,
      freeCancellationHours: row.free_cancellation_hours,
      lateCancellationFeeCents: row.late_cancellation_fee_cents,
      currency: row.currency,
    },
    clinic: row.clinic,
  };
  if (!a) return null;
  const c = a.clinic;
  return {
    status: a.status,
    therapistId: a.therapistId,
    visit: {
      appointmentId: a.id,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      revision: a.revision,
      visitName: a.visitType.name,
      durationMinutes: Math.round((a.endsAt.getTime() - a.startsAt.getTime()) / 60_000),
      patient: { name: a.patient.user.name, email: a.patient.user.email, timezone: a.patient.timezone },
      therapistName: a.therapist.user.name,
      therapistCredentials: a.therapist.credentials,
      practiceName: a.therapist.practice.brand,
      clinic: c && {
        name: c.name,
        address: [c.addressLine1, c.addressLine2, `${c.city}, ${c.state} ${c.zip}`].filter(Boolean).join(', '),
        phone: c.phone,
      },
      policy: {
        freeCancellationHours: a.visitType.freeCancellationHours,
        lateCancellationFeeCents: a.visitType.lateCancellationFeeCents,
        currency: a.visitType.currency,
      },
    },
  };
}
