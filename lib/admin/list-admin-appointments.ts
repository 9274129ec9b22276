// Every appointment an admin may see (their practice, or all for a network admin), filtered and
// paged. Date filters are local days where each visit happens (clinic zone, or the therapist's
// zone for a video visit), so "Nov 26" means the same to every clinic. The filtering is one SQL
// query (the local-day test needs each row's zone); the page of rows is then read with Prisma.
import { db, Prisma } from '../db';
import type { SessionUser } from '../auth/roles';
import { PAGE_SIZE, type AdminAppointment, type AdminAppointmentsQuery } from './schemas';

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface AdminAppointmentPage {
  appointments: AdminAppointment[];
  total: number;
  page: number;
  pageSize: number;
}

export async function listAdminAppointments(admin: SessionUser, q: AdminAppointmentsQuery): Promise<AdminAppointmentPage> {
  const practiceId = admin.practiceId;
  const pattern = q.patient ? likePattern(q.patient) : null;
  const localDay = Prisma.sql`(a.starts_at AT TIME ZONE COALESCE(c.timezone, t.timezone))::date`;
  const rows = await db().$queryRaw<{ id: string; total: bigint }[]>`
    SELECT a.id, count(*) OVER () AS total
    FROM appointments a
    JOIN therapists t ON t.id = a.therapist_id
    JOIN patients p ON p.id = a.patient_id
    JOIN users pu ON pu.id = p.user_id
    LEFT JOIN clinics c ON c.id = a.clinic_id
    WHERE (${practiceId}::text IS NULL OR t.practice_id = ${practiceId}::text)
      AND (${q.from ?? null}::date IS NULL OR (a.starts_at >= ${q.from ?? null}::date - 1 AND ${localDay} >= ${q.from ?? null}::date))
      AND (${q.to ?? null}::date IS NULL OR (a.starts_at < ${q.to ?? null}::date + 2 AND ${localDay} <= ${q.to ?? null}::date))
      AND (${q.clinicId ?? null}::text IS NULL OR a.clinic_id = ${q.clinicId ?? null}::text)
      AND (${q.therapistId ?? null}::text IS NULL OR a.therapist_id = ${q.therapistId ?? null}::text)
      AND (${q.status ?? null}::text IS NULL OR a.status::text = ${q.status ?? null}::text)
      AND (${q.modality ?? null}::text IS NULL OR a.modality::text = ${q.modality ?? null}::text)
      AND (${pattern}::text IS NULL OR pu.name ILIKE ${pattern}::text OR pu.email ILIKE ${pattern}::text)
    ORDER BY a.starts_at, a.id
    LIMIT ${PAGE_SIZE} OFFSET ${(q.page - 1) * PAGE_SIZE}`;
  const ids = rows.map((r) => r.id);
  const found = ids.length
    ? await db().appointment.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          startsAt: true,
          endsAt: true,
          status: true,
          modality: true,
          priceCents: true,
          currency: true,
          visitType: { select: { name: true } },
          clinic: { select: { id: true, name: true, timezone: true } },
          therapist: { select: { id: true, timezone: true, user: { select: { name: true } } } },
          patient: { select: { user: { select: { name: true, email: true } } } },
          payment: { select: { status: true, method: true, amountCents: true, refundedCents: true, currency: true } },
          note: { select: { status: true } },
        },
      })
    : [];
  const byId = new Map(found.map((a) => [a.id, a]));
  const appointments: AdminAppointment[] = ids.flatMap((id) => {
    const a = byId.get(id);
    if (!a) return [];
    return [
      {
        id: a.id,
        start: a.startsAt.toISOString(),
        end: a.endsAt.toISOString(),
        timezone: a.clinic?.timezone ?? a.therapist.timezone,
        status: a.status,
        modality: a.modality,
        visitTypeName: a.visitType.name,
        clinic: a.clinic ? { id: a.clinic.id, name: a.clinic.name } : null,
        therapist: { id: a.therapist.id, name: a.therapist.user.name },
        patient: { name: a.patient.user.name, email: a.patient.user.email },
        payment: a.payment,
        priceCents: a.priceCents,
        currency: a.currency,
        noteStatus: a.note?.status ?? null,
      },
    ];
  });
  // Past the last page the window function has no row to report the total on; count apart then.
  const total: number = rows[0]
    ? Number(rows[0].total)
    : q.page > 1
      ? (await listAdminAppointments(admin, { ...q, page: 1 })).total
      : 0;
  return { appointments, total, page: q.page, pageSize: PAGE_SIZE };
}
