import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createAdmin, createAppointment, createClinic, createPatient, createPractice, createTherapist } from '@/prisma/factories';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { call } from '@/tests/support/http';
import { at, buildClinic, weekdayAhead } from '@/tests/support/scheduling';
import { GET as listAppointments } from '@/app/api/admin/appointments/route';
import { GET as listAudit } from '@/app/api/admin/audit-events/route';

let w: Awaited<ReturnType<typeof buildClinic>>;
let networkAdmin: { id: string };
let practiceAdmin: { id: string };
let otherAdmin: { id: string };
let foreignVisit: { id: string };
const day = weekdayAhead(0);
const nextDay = weekdayAhead(1);

beforeAll(async () => {
  w = await buildClinic();
  networkAdmin = await createAdmin(db());
  practiceAdmin = await createAdmin(db(), { practiceId: w.practice.id });
  const other = await createPractice(db());
  otherAdmin = await createAdmin(db(), { practiceId: other.id });
  const book = (patientId: string, therapistId: string, startsAt: Date, status: 'BOOKED' | 'CANCELLED' = 'BOOKED') =>
    createAppointment(db(), { patientId, therapistId, visitTypeId: w.visitType.id, startsAt, status });
  await book(w.patient.patient!.id, w.therapist.id, at(day, '09:00'));
  await book(w.otherPatient.patient!.id, w.therapist.id, at(day, '11:00'), 'CANCELLED');
  // 20:30 in New York is the next day in UTC: it still belongs to `day` locally.
  await book(w.otherPatient.patient!.id, w.otherTherapist.id, at(day, '20:30'));
  await book(w.patient.patient!.id, w.otherTherapist.id, at(nextDay, '09:00'));
  const foreignClinic = await createClinic(db(), other.id);
  const foreignTherapist = await createTherapist(db(), { practiceId: other.id, clinicId: foreignClinic.id });
  foreignVisit = await book(w.patient.patient!.id, foreignTherapist.therapist!.id, at(day, '13:00'));
});

const query = (as: { id: string }, q: string) => call(listAppointments, { as, path: `/api/admin/appointments?${q}` });

describe('GET /api/admin/appointments', () => {
  it('filters by local date, therapist, status and patient name, within the practice', async () => {
    const onDay = await query(practiceAdmin, `from=${day}&to=${day}`);
    expect(onDay.status).toBe(200);
    expect(onDay.body.total).toBe(3);
    expect(onDay.body.appointments.map((a: { start: string }) => a.start)).toEqual(
      [at(day, '09:00'), at(day, '11:00'), at(day, '20:30')].map((d) => d.toISOString()),
    );
    expect(onDay.body.appointments[0]).toMatchObject({
      timezone: 'America/New_York',
      status: 'BOOKED',
      modality: 'IN_CLINIC',
      visitTypeName: 'Follow-up',
      therapist: { name: 'Maya Chen' },
      patient: { name: 'Jordan Miller' },
      clinic: { id: w.clinic.id },
      payment: null,
    });
    const booked = await query(practiceAdmin, `from=${day}&to=${nextDay}&status=BOOKED&therapistId=${w.otherTherapist.id}`);
    expect(booked.body.total).toBe(2);
    const byName = await query(practiceAdmin, 'patient=alex');
    expect(byName.body.appointments.map((a: { patient: { name: string } }) => a.patient.name)).toEqual([
      'Alex Rivera',
      'Alex Rivera',
    ]);
    const wildcard = await query(practiceAdmin, 'patient=%25');
    expect(wildcard.body.total).toBe(0);
  });

  it('shows a network admin every practice and another practice admin none of these', async () => {
    const all = await query(networkAdmin, `from=${day}&to=${day}`);
    expect(all.body.appointments.map((a: { id: string }) => a.id)).toContain(foreignVisit.id);
    const other = await query(otherAdmin, `from=${day}&to=${nextDay}`);
    expect(other.body.appointments.map((a: { id: string }) => a.id)).toEqual([foreignVisit.id]);
  });

  it('rejects a bad filter with 400 and answers patients and therapists 403', async () => {
    expect((await query(practiceAdmin, 'status=LOST')).status).toBe(400);
    expect((await query(practiceAdmin, 'from=26-11-2026')).status).toBe(400);
    expect((await query(practiceAdmin, 'to=2026-02-30')).status).toBe(400);
    expect((await call(listAudit, { as: practiceAdmin, path: '/api/admin/audit-events?from=2026-13-01' })).status).toBe(400);
    expect((await query(w.patient, '')).status).toBe(403);
    expect((await query(w.therapistUser, '')).status).toBe(403);
  });
});

describe('GET /api/admin/audit-events', () => {
  it('lists who read or changed which patient record, newest first, and only the practice’s events for a practice admin', async () => {
    const patientId = w.patient.patient!.id;
    await recordAuditEvent({
      actorId: w.therapistUser.id,
      action: 'patient.read',
      entityType: 'Patient',
      entityId: patientId,
      patientId,
      practiceId: w.practice.id,
      ip: '192.0.2.5',
    });
    await recordAuditEvent({
      actorId: w.therapistUser.id,
      action: 'note.read',
      entityType: 'VisitNote',
      entityId: 'n1',
      patientId,
      practiceId: w.practice.id,
    });
    const secret = await createPatient(db(), { name: 'Other Practice Patient' });
    await recordAuditEvent({
      actorId: otherAdmin.id,
      action: 'patient.read',
      entityType: 'Patient',
      patientId: secret.patient!.id,
      practiceId: (await db().user.findUniqueOrThrow({ where: { id: otherAdmin.id } })).practiceId,
    });

    const res = await call(listAudit, { as: practiceAdmin, path: '/api/admin/audit-events?patient=jordan' });
    expect(res.status).toBe(200);
    expect(res.body.events.map((e: { action: string }) => e.action)).toEqual(['note.read', 'patient.read']);
    expect(res.body.events[1]).toMatchObject({
      actor: { name: 'Maya Chen', role: 'THERAPIST' },
      patient: { id: patientId, name: 'Jordan Miller' },
      ip: '192.0.2.5',
      entityType: 'Patient',
    });
    const prefix = await call(listAudit, { as: practiceAdmin, path: '/api/admin/audit-events?action=patient.&actor=maya' });
    expect(prefix.body.events.map((e: { action: string }) => e.action)).toEqual(['patient.read']);
    const scoped = await call(listAudit, { as: practiceAdmin, path: '/api/admin/audit-events?action=patient.read' });
    expect(scoped.body.events.map((e: { patient: { name: string } }) => e.patient.name)).not.toContain('Other Practice Patient');
    const network = await call(listAudit, { as: networkAdmin, path: '/api/admin/audit-events?action=patient.read' });
    expect(network.body.events.map((e: { patient: { name: string } }) => e.patient.name)).toContain('Other Practice Patient');
  });

  it('filters by dates in the viewer’s zone, records its own reading, and refuses non-admins', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const future = await call(listAudit, {
      as: networkAdmin,
      path: `/api/admin/audit-events?from=${tomorrow}&tz=America/Chicago`,
    });
    expect(future.body.events.filter((e: { action: string }) => e.action !== 'audit.read')).toEqual([]);
    expect(
      await db().auditEvent.count({ where: { action: 'audit.read', actorId: practiceAdmin.id, practiceId: w.practice.id } }),
    ).toBeGreaterThan(0);
    expect((await call(listAudit, { as: networkAdmin, path: '/api/admin/audit-events?tz=Mars/Olympus' })).status).toBe(400);
    expect((await call(listAudit, { as: w.patient })).status).toBe(403);
    expect((await call(listAudit, { as: w.therapistUser })).status).toBe(403);
  });
});
