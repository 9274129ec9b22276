// Visits per week × clinic × therapist, for an admin (a practice admin sees their practice only).
// Weeks start on Monday and are local to where each visit happens: the clinic's zone, or the
// therapist's zone for a video visit; the date range is in the same local days (like the admin
// appointment list). Revenue is counted in the visit's week (not the payment's), so it lines up
// with the visits it paid for: card payments collected minus what was refunded; insurance
// claims are billed outside Rehabit and are not revenue here.
import { db, Prisma } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { dateOnly } from '../plans/calendar';
import { byWeek, sumTallies, withRates } from './report-math';
import { reportRange } from './report-range';
import type { ReportQuery, ReportRow, VisitReport } from './schemas';
import { RELEASED_HOLD_REASONS } from '../booking/release-reasons';

interface CountRow {
  week_start: Date;
  clinic_id: string | null;
  clinic_name: string | null;
  therapist_id: string;
  therapist_name: string;
  scheduled: bigint;
  completed: bigint;
  no_shows: bigint;
  cancellations: bigint;
}
interface RevenueRow {
  week_start: Date;
  clinic_id: string | null;
  therapist_id: string;
  currency: string;
  cents: bigint;
}

async function assertClinicReachable(admin: SessionUser, clinicId: string): Promise<void> {
  const clinic = await db().clinic.findUnique({ where: { id: clinicId }, select: { practiceId: true } });
  if (!clinic || (admin.practiceId && clinic.practiceId !== admin.practiceId))
    throw new AppError('NOT_FOUND', 'Clinic not found.');
}

export async function loadVisitReport(admin: SessionUser, q: ReportQuery, now = new Date()): Promise<VisitReport> {
  if (admin.role !== 'ADMIN') throw new AppError('FORBIDDEN');
  const { from, to } = reportRange(q, now);
  const clinicId = q.clinicId ?? null;
  if (clinicId) await assertClinicReachable(admin, clinicId);
  const practiceId = admin.practiceId;
  // One CTE both queries share: the visits in range, each with its local start.
  const visits = Prisma.sql`
    WITH visits AS (
      SELECT a.id, a.status, a.clinic_id, a.therapist_id,
             date_trunc('week', a.starts_at AT TIME ZONE COALESCE(c.timezone, t.timezone))::date AS week_start
      FROM appointments a
      JOIN therapists t ON t.id = a.therapist_id
      LEFT JOIN clinics c ON c.id = a.clinic_id
      WHERE a.status <> 'HELD'
        AND NOT (a.status = 'CANCELLED' AND a.cancelled_by_id IS NULL AND a.cancel_reason IN (${Prisma.join(RELEASED_HOLD_REASONS)}))
        AND (${practiceId}::text IS NULL OR t.practice_id = ${practiceId}::text)
        AND (${clinicId}::text IS NULL OR a.clinic_id = ${clinicId}::text)
        AND a.starts_at >= ${from}::date - 1 AND a.starts_at < ${to}::date + 2
        AND (a.starts_at AT TIME ZONE COALESCE(c.timezone, t.timezone))::date BETWEEN ${from}::date AND ${to}::date
    )`;
  const [counts, revenue] = await Promise.all([
    db().$queryRaw<CountRow[]>`${visits}
      SELECT v.week_start, v.clinic_id, c.name AS clinic_name, v.therapist_id, u.name AS therapist_name,
             count(*) AS scheduled,
             count(*) FILTER (WHERE v.status = 'COMPLETED') AS completed,
             count(*) FILTER (WHERE v.status = 'NO_SHOW') AS no_shows,
             count(*) FILTER (WHERE v.status = 'CANCELLED') AS cancellations
      FROM visits v
      JOIN therapists t ON t.id = v.therapist_id
      JOIN users u ON u.id = t.user_id
      LEFT JOIN clinics c ON c.id = v.clinic_id
      GROUP BY v.week_start, v.clinic_id, c.name, v.therapist_id, u.name
      ORDER BY v.week_start, c.name NULLS LAST, u.name, v.therapist_id`,
    db().$queryRaw<RevenueRow[]>`${visits}
      SELECT v.week_start, v.clinic_id, v.therapist_id, p.currency, sum(p.amount_cents - p.refunded_cents) AS cents
      FROM visits v JOIN payments p ON p.appointment_id = v.id
      WHERE p.method = 'CARD' AND p.status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED')
      GROUP BY v.week_start, v.clinic_id, v.therapist_id, p.currency`,
  ]);
  const key = (r: { week_start: Date; clinic_id: string | null; therapist_id: string }) =>
    `${dateOnly(r.week_start)}|${r.clinic_id}|${r.therapist_id}`;
  const money = new Map<string, { currency: string; cents: number }[]>();
  for (const r of revenue) money.set(key(r), [...(money.get(key(r)) ?? []), { currency: r.currency, cents: Number(r.cents) }]);
  const rows: ReportRow[] = counts.map((r) => ({
    weekStart: dateOnly(r.week_start),
    clinic: r.clinic_id ? { id: r.clinic_id, name: r.clinic_name ?? '' } : null,
    therapist: { id: r.therapist_id, name: r.therapist_name },
    ...withRates({
      scheduled: Number(r.scheduled),
      completed: Number(r.completed),
      noShows: Number(r.no_shows),
      cancellations: Number(r.cancellations),
      revenue: (money.get(key(r)) ?? []).sort((a, b) => a.currency.localeCompare(b.currency)),
    }),
  }));
  return { from, to, clinicId, rows, weeks: byWeek(rows), totals: withRates(sumTallies(rows)) };
}
