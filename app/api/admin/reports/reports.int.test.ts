import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { wallTimeToInstant } from '@/lib/scheduling/zoned-time';
import {
  createAdmin,
  createAppointment,
  createClinic,
  createPatient,
  createPractice,
  createTherapist,
  createVisitType,
} from '@/prisma/factories';
import { call, sessionCookie, type Caller } from '@/tests/support/http';
import { GET as report } from './route';
import { GET as reportCsv } from './csv/route';

let harborAdmin: Caller;
let prairieAdmin: Caller;
let networkAdmin: Caller;
let therapist: Caller;
let patientUser: Caller & { patient: { id: string } | null };
let chelsea: { id: string };
let evanston: { id: string };
let maya: { id: string };
let luis: { id: string };

const local = (date: string, hhmm: string, zone: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return new Date(wallTimeToInstant(date, h * 60 + m, zone)!);
};
const NY = 'America/New_York';

async function visit(
  therapistId: string,
  visitTypeId: string,
  startsAt: Date,
  status: 'HELD' | 'BOOKED' | 'COMPLETED' | 'NO_SHOW' | 'CANCELLED',
  extra: {
    paid?: { status: 'SUCCEEDED' | 'PARTIALLY_REFUNDED' | 'EXPIRED' | 'INSURANCE_CLAIM'; cents: number; refunded?: number };
    cancelledBy?: string | null;
    reason?: string;
  } = {},
) {
  const a = await createAppointment(db(), { patientId: patientUser.patient!.id, therapistId, visitTypeId, startsAt, status });
  if (status === 'CANCELLED') {
    await db().appointment.update({
      where: { id: a.id },
      data: { cancelledById: extra.cancelledBy ?? null, cancelReason: extra.reason ?? null },
    });
  }
  if (extra.paid) {
    const insurance = extra.paid.status === 'INSURANCE_CLAIM';
    await db().payment.create({
      data: {
        appointmentId: a.id,
        method: insurance ? 'INSURANCE' : 'CARD',
        status: extra.paid.status,
        amountCents: extra.paid.cents,
        refundedCents: extra.paid.refunded ?? 0,
        currency: 'usd',
        ...(insurance ? { insurancePayer: 'Aetna', insuranceMemberId: 'W123' } : {}),
      },
    });
  }
  return a;
}

beforeAll(async () => {
  const harbor = await createPractice(db(), { name: 'Harbor PT' });
  const prairie = await createPractice(db(), { name: 'Prairie Motion' });
  chelsea = await createClinic(db(), harbor.id, { name: 'Harbor PT — Chelsea', timezone: NY });
  evanston = await createClinic(db(), prairie.id, { name: 'Prairie Motion — Evanston', timezone: 'America/Chicago' });
  const mayaUser = await createTherapist(db(), { practiceId: harbor.id, clinicId: chelsea.id, timezone: NY, name: 'Maya Chen' });
  maya = mayaUser.therapist!;
  therapist = mayaUser;
  luis = (
    await createTherapist(db(), {
      practiceId: harbor.id,
      timezone: 'America/Los_Angeles',
      offersVirtual: true,
      name: 'Luis Herrera',
    })
  ).therapist!;
  const prairieTherapist = (
    await createTherapist(db(), {
      practiceId: prairie.id,
      clinicId: evanston.id,
      timezone: 'America/Chicago',
      name: 'Pat Prairie',
    })
  ).therapist!;
  harborAdmin = await createAdmin(db(), { practiceId: harbor.id });
  prairieAdmin = await createAdmin(db(), { practiceId: prairie.id });
  networkAdmin = await createAdmin(db());
  patientUser = await createPatient(db(), { name: 'Jordan Miller' });
  const inClinic = await createVisitType(db(), {
    name: 'Follow-up',
    durationMinutes: 45,
    modality: 'IN_CLINIC',
    priceCents: 9000,
  });
  const video = await createVisitType(db(), { name: 'Video visit', durationMinutes: 30, modality: 'VIRTUAL', priceCents: 6000 });

  // Week of Monday 2 March 2026 at Chelsea, with Maya.
  await visit(maya.id, inClinic.id, local('2026-03-02', '10:00', NY), 'COMPLETED', {
    paid: { status: 'SUCCEEDED', cents: 9000 },
  });
  await visit(maya.id, inClinic.id, local('2026-03-03', '10:00', NY), 'NO_SHOW', { paid: { status: 'SUCCEEDED', cents: 9000 } });
  await visit(maya.id, inClinic.id, local('2026-03-04', '10:00', NY), 'CANCELLED', {
    cancelledBy: patientUser.id,
    reason: 'Feeling better',
    paid: { status: 'PARTIALLY_REFUNDED', cents: 9000, refunded: 6500 },
  });
  // A hold that was never paid for: not a cancellation, not revenue.
  await visit(maya.id, inClinic.id, local('2026-03-05', '10:00', NY), 'CANCELLED', {
    reason: 'payment not completed',
    paid: { status: 'EXPIRED', cents: 9000 },
  });
  // Sunday 23:30 in New York is already Monday in UTC: it still belongs to the week of 2 March.
  await visit(maya.id, inClinic.id, local('2026-03-08', '23:30', NY), 'COMPLETED', {
    paid: { status: 'INSURANCE_CLAIM', cents: 9000 },
  });
  // Week of 9 March.
  await visit(maya.id, inClinic.id, local('2026-03-09', '10:00', NY), 'BOOKED');
  await visit(maya.id, inClinic.id, local('2026-03-10', '10:00', NY), 'HELD');
  await visit(luis.id, video.id, local('2026-03-09', '18:00', 'America/Los_Angeles'), 'COMPLETED', {
    paid: { status: 'SUCCEEDED', cents: 6000 },
  });
  // Outside the range, and another practice.
  await visit(maya.id, inClinic.id, local('2026-03-16', '10:00', NY), 'COMPLETED', {
    paid: { status: 'SUCCEEDED', cents: 9000 },
  });
  await visit(prairieTherapist.id, inClinic.id, local('2026-03-03', '09:00', 'America/Chicago'), 'COMPLETED', {
    paid: { status: 'SUCCEEDED', cents: 9000 },
  });
});

const RANGE = '?from=2026-03-02&to=2026-03-15';

describe('GET /api/admin/reports', () => {
  it("gives a practice admin exact weekly figures for their practice's clinics and therapists", async () => {
    const res = await call(report, { path: `/api/admin/reports${RANGE}`, as: harborAdmin });
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([
      {
        weekStart: '2026-03-02',
        clinic: { id: chelsea.id, name: 'Harbor PT — Chelsea' },
        therapist: { id: maya.id, name: 'Maya Chen' },
        scheduled: 4,
        completed: 2,
        noShows: 1,
        cancellations: 1,
        noShowRate: 0.3333,
        cancellationRate: 0.25,
        revenue: [{ currency: 'usd', cents: 9000 + 9000 + 2500 }],
      },
      {
        weekStart: '2026-03-09',
        clinic: { id: chelsea.id, name: 'Harbor PT — Chelsea' },
        therapist: { id: maya.id, name: 'Maya Chen' },
        scheduled: 1,
        completed: 0,
        noShows: 0,
        cancellations: 0,
        noShowRate: null,
        cancellationRate: 0,
        revenue: [],
      },
      {
        weekStart: '2026-03-09',
        clinic: null,
        therapist: { id: luis.id, name: 'Luis Herrera' },
        scheduled: 1,
        completed: 1,
        noShows: 0,
        cancellations: 0,
        noShowRate: 0,
        cancellationRate: 0,
        revenue: [{ currency: 'usd', cents: 6000 }],
      },
    ]);
    expect(res.body.totals).toEqual({
      scheduled: 6,
      completed: 3,
      noShows: 1,
      cancellations: 1,
      noShowRate: 0.25,
      cancellationRate: 0.1667,
      revenue: [{ currency: 'usd', cents: 26500 }],
    });
    expect(res.body.weeks.map((w: { weekStart: string; scheduled: number }) => [w.weekStart, w.scheduled])).toEqual([
      ['2026-03-02', 4],
      ['2026-03-09', 2],
    ]);
  });

  it('filters by clinic, and shows a network admin every practice', async () => {
    const oneClinic = await call(report, { path: `/api/admin/reports${RANGE}&clinicId=${chelsea.id}`, as: harborAdmin });
    expect(oneClinic.body.totals).toMatchObject({ scheduled: 5, completed: 2 });
    const all = await call(report, { path: `/api/admin/reports${RANGE}`, as: networkAdmin });
    expect(all.body.totals).toMatchObject({ scheduled: 7, completed: 4, revenue: [{ currency: 'usd', cents: 35500 }] });
  });

  it("never shows a practice admin another practice's rows", async () => {
    const prairie = await call(report, { path: `/api/admin/reports${RANGE}`, as: prairieAdmin });
    expect(prairie.body.rows.map((r: { therapist: { name: string } }) => r.therapist.name)).toEqual(['Pat Prairie']);
    const otherClinic = await call(report, { path: `/api/admin/reports${RANGE}&clinicId=${chelsea.id}`, as: prairieAdmin });
    expect(otherClinic.status).toBe(404);
  });

  it('is for admins only, and refuses a bad range', async () => {
    expect((await call(report, { path: `/api/admin/reports${RANGE}`, as: therapist })).status).toBe(403);
    expect((await call(report, { path: `/api/admin/reports${RANGE}`, as: patientUser })).status).toBe(403);
    expect((await call(report, { path: `/api/admin/reports${RANGE}` })).status).toBe(401);
    const backwards = await call(report, { path: '/api/admin/reports?from=2026-03-15&to=2026-03-02', as: harborAdmin });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.code).toBe('VALIDATION_FAILED');
    expect((await call(report, { path: '/api/admin/reports?from=2026-02-30', as: harborAdmin })).status).toBe(400);
  });
});

describe('GET /api/admin/reports/csv', () => {
  it('downloads the same rows as CSV with a header', async () => {
    const res = await reportCsv(
      new Request(`http://localhost/api/admin/reports/csv${RANGE}`, { headers: { cookie: await sessionCookie(harborAdmin) } }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="rehabit-visits-2026-03-02-to-2026-03-15.csv"');
    expect((await res.text()).split('\r\n')).toEqual([
      'week_start,clinic,therapist,scheduled,completed,no_shows,cancellations,no_show_rate,cancellation_rate,revenue_usd_cents',
      '2026-03-02,Harbor PT — Chelsea,Maya Chen,4,2,1,1,0.3333,0.25,20500',
      '2026-03-09,Harbor PT — Chelsea,Maya Chen,1,0,0,0,,0,0',
      '2026-03-09,Video visits,Luis Herrera,1,1,0,0,0,0,6000',
      '',
    ]);
  });

  it('is refused to a therapist', async () => {
    const res = await reportCsv(
      new Request(`http://localhost/api/admin/reports/csv${RANGE}`, { headers: { cookie: await sessionCookie(therapist) } }),
    );
    expect(res.status).toBe(403);
  });
});
