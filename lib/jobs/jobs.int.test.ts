import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { enqueue, enqueueAll, reminderJob, scheduleReminder } from '@/lib/jobs/enqueue';
import { runJob } from '@/lib/jobs/run-job';
import { startWorker, stopWorker } from '@/lib/jobs/worker';
import { latestMailTo, mailsTo } from '@/tests/support/mail';
import {
  createAppointment,
  createClinic,
  createPatient,
  createPractice,
  createTherapist,
  createVisitType,
} from '@/prisma/factories';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ZONE = 'America/Chicago';
const api = () => process.env.MAILDEV_API ?? 'http://127.0.0.1:1180';

interface CaughtAttachment {
  filename: string;
  generatedFileName: string;
  contentType: string;
}

// January 12 of next year, 9:00 AM Chicago (standard time: CST), always in the future.
const BASE = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 0, 12, 15, 0));
const day = (n: number, hours = 0) => new Date(BASE.getTime() + n * DAY + hours * HOUR);

let w: {
  clinicId: string;
  therapistId: string;
  visitTypeId: string;
  patient: (email: string) => Promise<{ id: string; email: string }>;
};

beforeAll(async () => {
  const practice = await createPractice(db(), { brand: 'Prairie Motion' });
  const clinic = await createClinic(db(), practice.id, {
    name: 'Prairie Motion Loop',
    addressLine1: '200 W Madison St',
    city: 'Chicago',
    state: 'IL',
    zip: '60606',
    timezone: ZONE,
    phone: '(312) 555-0142',
  });
  const therapist = await createTherapist(db(), {
    practiceId: practice.id,
    clinicId: clinic.id,
    timezone: ZONE,
    name: 'Maya Chen',
  });
  const visitType = await createVisitType(db(), {
    name: 'Follow-up',
    durationMinutes: 60,
    bufferAfterMinutes: 15,
    freeCancellationHours: 24,
    lateCancellationFeeCents: 5000,
  });
  w = {
    clinicId: clinic.id,
    therapistId: therapist.therapist!.id,
    visitTypeId: visitType.id,
    patient: async (email) => {
      const user = await createPatient(db(), { email, name: 'Jordan Miller' });
      await db().patient.update({ where: { id: user.patient!.id }, data: { timezone: ZONE } });
      return { id: user.patient!.id, email };
    },
  };
});

const book = (patientId: string, startsAt: Date, status: 'BOOKED' | 'HELD' = 'BOOKED', holdExpiresAt?: Date) =>
  createAppointment(db(), {
    patientId,
    therapistId: w.therapistId,
    visitTypeId: w.visitTypeId,
    startsAt,
    status,
    ...(holdExpiresAt ? { holdExpiresAt } : {}),
  });

const jobsFor = (appointmentId: string) => db().$queryRaw<{ name: string; data: Record<string, unknown>; start_after: Date }[]>`
  SELECT name, data, start_after FROM pgboss.job WHERE data->>'appointmentId' = ${appointmentId} ORDER BY created_on`;

describe('enqueue', () => {
  it('writes no job when the transaction it ran in rolls back', async () => {
    const appointmentId = `rolled-back-${randomUUID()}`;
    await expect(
      db().$transaction(async (tx) => {
        await enqueue(tx, 'appointment.booked', { appointmentId });
        throw new Error('the booking failed');
      }),
    ).rejects.toThrow('the booking failed');
    expect(await jobsFor(appointmentId)).toEqual([]);
  });

  it('writes the job with its name and data when the transaction commits', async () => {
    const appointmentId = `committed-${randomUUID()}`;
    await db().$transaction((tx) => enqueue(tx, 'appointment.cancelled', { appointmentId, note: 'kept' }));
    const jobs = await jobsFor(appointmentId);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ name: 'appointment.cancelled', data: { appointmentId, note: 'kept' } });
  });

  it('schedules the reminder a day before the visit, or at once when the visit is less than a day away', async () => {
    const startsAt = day(0);
    const appointmentId = `reminded-${randomUUID()}`;
    await db().$transaction((tx) =>
      scheduleReminder(tx, { id: appointmentId, startsAt }, new Date(startsAt.getTime() - 10 * DAY)),
    );
    const soonId = `soon-${randomUUID()}`;
    const now = new Date(startsAt.getTime() - 2 * HOUR);
    await db().$transaction((tx) => scheduleReminder(tx, { id: soonId, startsAt }, now));

    const [reminder] = await jobsFor(appointmentId);
    expect(reminder).toMatchObject({ name: 'appointment.reminder', data: { appointmentId, startsAt: startsAt.toISOString() } });
    expect(reminder!.start_after.toISOString()).toBe(new Date(startsAt.getTime() - DAY).toISOString());
    expect((await jobsFor(soonId))[0]!.start_after.toISOString()).toBe(now.toISOString());
  });

  it('enqueueAll writes the same rows as one enqueue per job, and none when the transaction rolls back', async () => {
    const startsAt = day(3);
    const now = new Date(startsAt.getTime() - 10 * DAY);
    const one = `one-by-one-${randomUUID()}`;
    const all = `together-${randomUUID()}`;
    await db().$transaction(async (tx) => {
      await enqueue(tx, 'appointment.booked', { appointmentId: one });
      await scheduleReminder(tx, { id: one, startsAt }, now);
    });
    await db().$transaction((tx) =>
      enqueueAll(tx, [{ name: 'appointment.booked', data: { appointmentId: all } }, reminderJob({ id: all, startsAt }, now)]),
    );
    const rolledBack = `rolled-back-${randomUUID()}`;
    await expect(
      db().$transaction(async (tx) => {
        await enqueueAll(tx, [
          { name: 'appointment.booked', data: { appointmentId: rolledBack } },
          reminderJob({ id: rolledBack, startsAt }, now),
        ]);
        throw new Error('the booking failed');
      }),
    ).rejects.toThrow('the booking failed');
    const columns = (appointmentId: string) => db().$queryRaw<Record<string, unknown>[]>`
      SELECT name, data - 'appointmentId' AS data, state, priority, retry_limit, retry_delay, retry_backoff, expire_in::text AS expire_in,
             (keep_until - start_after)::text AS kept_for, policy, dead_letter, singleton_on,
             replace(singleton_key, ${appointmentId}, 'id') AS singleton_key,
             CASE WHEN name = 'appointment.reminder' THEN start_after END AS reminder_after
      FROM pgboss.job WHERE data->>'appointmentId' = ${appointmentId} ORDER BY name`;
    const expected = await columns(one);
    expect(expected).toHaveLength(2);
    expect(await columns(all)).toEqual(expected);
    expect(await jobsFor(rolledBack)).toEqual([]);
  });
});

describe('appointment emails', () => {
  it('booked: tells the patient what, when (in their zone), where and with whom, with a calendar invitation', async () => {
    const patient = await w.patient(`booked-${randomUUID().slice(0, 8)}@example.test`);
    const appointment = await book(patient.id, day(1));
    await runJob('appointment.booked', { appointmentId: appointment.id });

    const mail = await latestMailTo(patient.email);
    expect(mail.subject).toContain('Follow-up');
    expect(mail.text).toMatch(/When:\s+\w+day, January 13, \d{4}, 9:00 AM CST/);
    expect(mail.text).toContain('Prairie Motion Loop, 200 W Madison St, Chicago, IL 60606');
    expect(mail.text).toContain('Maya Chen');
    expect(mail.text).toContain(`${process.env.NEXTAUTH_URL}/patient/appointments`);
    expect(mail.text).toContain('Cancelling is free until 24 hours before the visit');
    expect(mail.html).toContain('Prairie Motion Loop');

    const attachments = (mail as typeof mail & { attachments?: CaughtAttachment[] }).attachments ?? [];
    expect(attachments).toHaveLength(1);
    const ics = attachments[0]!;
    expect(ics.contentType).toMatch(/^text\/calendar/);
    const res = await fetch(`${api()}/api/email/${mail.id}/attachment/${encodeURIComponent(ics.generatedFileName)}`);
    expect(res.status).toBe(200);
    const body = (await res.text()).replace(/\r\n[ \t]/g, ''); // unfold long lines
    expect(body).toContain('METHOD:REQUEST');
    expect(body).toContain(`UID:${appointment.id}@rehabit`);
    expect(body).toContain(`DTSTART;TZID=${ZONE}:${BASE.getUTCFullYear()}0113T090000`);
    expect(body).toContain('BEGIN:VTIMEZONE');
  });

  it('reminder: sent once for the time it was scheduled for', async () => {
    const patient = await w.patient(`reminder-${randomUUID().slice(0, 8)}@example.test`);
    const appointment = await book(patient.id, day(2));
    const job = { appointmentId: appointment.id, startsAt: appointment.startsAt.toISOString() };

    await db().appointment.update({
      where: { id: appointment.id },
      data: { confirmationClaimedAt: new Date(), confirmationSentAt: new Date() },
    });
    await runJob('appointment.reminder', job);
    const mail = await latestMailTo(patient.email);
    expect(mail.subject).toMatch(/^Reminder: Follow-up/);
    const sentAt = (await db().appointment.findUniqueOrThrow({ where: { id: appointment.id } })).reminderSentAt;
    expect(sentAt).not.toBeNull();

    await runJob('appointment.reminder', job);
    expect(await mailsTo(patient.email)).toHaveLength(1);
    expect((await db().appointment.findUniqueOrThrow({ where: { id: appointment.id } })).reminderSentAt).toEqual(sentAt);
  });

  it('reminder: a job for the time before a reschedule sends nothing', async () => {
    const patient = await w.patient(`moved-${randomUUID().slice(0, 8)}@example.test`);
    const appointment = await book(patient.id, day(3));
    const moved = await db().appointment.update({
      where: { id: appointment.id },
      data: { startsAt: day(3, 2), endsAt: day(3, 3), blockStartsAt: day(3, 2), blockEndsAt: day(3, 3.25) },
    });

    await runJob('appointment.reminder', { appointmentId: appointment.id, startsAt: appointment.startsAt.toISOString() });
    expect(await mailsTo(patient.email)).toEqual([]);
    expect((await db().appointment.findUniqueOrThrow({ where: { id: moved.id } })).reminderSentAt).toBeNull();
  });
});

describe('a confirmation always comes before its reminder', () => {
  it('a reminder due before the confirmation job ran sends the confirmation first, and the confirmation job then sends nothing', async () => {
    const patient = await w.patient(`order-${randomUUID().slice(0, 8)}@example.test`);
    const appointment = await book(patient.id, day(6));
    await runJob('appointment.reminder', { appointmentId: appointment.id, startsAt: appointment.startsAt.toISOString() });
    await runJob('appointment.booked', { appointmentId: appointment.id });
    expect((await mailsTo(patient.email)).map((m) => m.subject.split(':')[0])).toEqual(['Booked', 'Reminder']);
    const row = await db().appointment.findUniqueOrThrow({ where: { id: appointment.id } });
    expect(row.confirmationSentAt).not.toBeNull();
    expect(row.reminderSentAt).not.toBeNull();
  });

  it('a confirmation being sent right now makes the reminder wait: nothing sent, the reminder queued again a little later', async () => {
    const patient = await w.patient(`inflight-${randomUUID().slice(0, 8)}@example.test`);
    const appointment = await book(patient.id, day(7));
    const now = new Date();
    await db().appointment.update({ where: { id: appointment.id }, data: { confirmationClaimedAt: now } });
    const job = { appointmentId: appointment.id, startsAt: appointment.startsAt.toISOString() };
    await runJob('appointment.reminder', job);
    expect(await mailsTo(patient.email)).toEqual([]);
    const again = (await jobsFor(appointment.id)).filter((j) => j.name === 'appointment.reminder');
    expect(again).toHaveLength(1);
    expect(again[0]!.data).toEqual({ ...job, deferrals: 1 });
    expect(again[0]!.start_after.getTime()).toBeGreaterThan(now.getTime());

    // The confirmation's own job finishes; the deferred reminder then goes out after it.
    await db().appointment.update({ where: { id: appointment.id }, data: { confirmationClaimedAt: null } });
    await runJob('appointment.booked', { appointmentId: appointment.id });
    await runJob('appointment.reminder', again[0]!.data);
    expect((await mailsTo(patient.email)).map((m) => m.subject.split(':')[0])).toEqual(['Booked', 'Reminder']);
  });

  it('with the worker running, a visit booked for tomorrow morning gets its confirmation before its reminder', async () => {
    await db().$executeRaw`DELETE FROM pgboss.job`;
    const patient = await w.patient(`same-day-${randomUUID().slice(0, 8)}@example.test`);
    const appointment = await book(patient.id, new Date(Date.now() + 20 * HOUR));
    // As the booking transaction does: both jobs commit together and are due at once.
    await db().$transaction(async (tx) => {
      await scheduleReminder(tx, { id: appointment.id, startsAt: appointment.startsAt });
      await enqueue(tx, 'appointment.booked', { appointmentId: appointment.id });
    });
    await startWorker();
    try {
      for (let i = 0; i < 100 && (await mailsTo(patient.email)).length < 2; i++) await new Promise((r) => setTimeout(r, 200));
    } finally {
      await stopWorker();
    }
    expect((await mailsTo(patient.email)).map((m) => m.subject.split(':')[0])).toEqual(['Booked', 'Reminder']);
  });
});

describe('holds.expire', () => {
  it('cancels holds whose time ran out, keeps the others, and offers a lapsed waitlist slot to the next person', async () => {
    const patient = await w.patient(`held-${randomUUID().slice(0, 8)}@example.test`);
    const expired = await book(patient.id, day(4), 'HELD', new Date(Date.now() - 60_000));
    const live = await book(patient.id, day(4, 3), 'HELD', new Date(Date.now() + 10 * 60_000));
    const offered = await book(patient.id, day(4, 6), 'HELD', new Date(Date.now() - 60_000));
    const entry = await db().waitlistEntry.create({
      data: {
        patientId: patient.id,
        visitTypeId: w.visitTypeId,
        therapistId: w.therapistId,
        earliest: day(4, -6),
        latest: day(4, 12),
        status: 'OFFERED',
      },
    });
    await db().waitlistOffer.create({
      data: { entryId: entry.id, appointmentId: offered.id, tokenHash: randomUUID(), expiresAt: offered.holdExpiresAt! },
    });

    await runJob('holds.expire', {});

    const after = await db().appointment.findMany({ where: { id: { in: [expired.id, live.id, offered.id] } } });
    const status = Object.fromEntries(after.map((a) => [a.id, a]));
    expect(status[expired.id]).toMatchObject({ status: 'CANCELLED', cancelReason: 'hold expired' });
    expect(status[expired.id]!.cancelledAt).not.toBeNull();
    expect(status[offered.id]).toMatchObject({ status: 'CANCELLED', cancelReason: 'hold expired' });
    expect(status[live.id]).toMatchObject({ status: 'HELD', cancelReason: null });

    const freed = await db().$queryRaw<{ data: Record<string, unknown> }[]>`
      SELECT data FROM pgboss.job WHERE name = 'waitlist.offer-freed-slot'`;
    expect(freed.map((j) => j.data)).toEqual([
      {
        therapistId: w.therapistId,
        clinicId: w.clinicId,
        modality: 'IN_CLINIC',
        start: offered.startsAt.toISOString(),
        end: offered.endsAt.toISOString(),
      },
    ]);
  });
});

describe('worker', () => {
  it('handles a job the moment its transaction commits, not at the next poll, and a rolled-back one never', async () => {
    await db().$executeRaw`DELETE FROM pgboss.job`;
    // A poll every 10 minutes: only the wake-up after the commit can deliver the mail in time.
    await startWorker({ pollingIntervalSeconds: 600 });
    try {
      await new Promise((r) => setTimeout(r, 1_000)); // every loop has polled once and sleeps
      const patient = await w.patient(`wake-${randomUUID().slice(0, 8)}@example.test`);
      const kept = await book(patient.id, day(8));
      const dropped = await book(patient.id, day(8, 2));
      await expect(
        db().$transaction(async (tx) => {
          await enqueue(tx, 'appointment.booked', { appointmentId: dropped.id });
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      await db().$transaction((tx) => enqueue(tx, 'appointment.booked', { appointmentId: kept.id }));
      const mail = await latestMailTo(patient.email, 20_000);
      expect(mail.subject).toMatch(/^Booked: Follow-up/);
      expect(await mailsTo(patient.email)).toHaveLength(1);
      expect((await jobsFor(dropped.id)).length).toBe(0);
    } finally {
      await stopWorker();
    }
  });

  it('processes a committed job, and stops cleanly', async () => {
    // Only this test's job: jobs left by the tests above would be played too.
    await db().$executeRaw`DELETE FROM pgboss.job`;
    const patient = await w.patient(`worker-${randomUUID().slice(0, 8)}@example.test`);
    const appointment = await book(patient.id, day(5));
    await db().$transaction((tx) => enqueue(tx, 'appointment.booked', { appointmentId: appointment.id }));

    const started = startWorker();
    expect(startWorker()).toBe(started); // a second call does not start a second worker
    await started;
    try {
      const mail = await latestMailTo(patient.email, 20_000);
      expect(mail.subject).toMatch(/^Booked: Follow-up/);
    } finally {
      await stopWorker();
    }
    await stopWorker(); // and stopping twice is harmless
  });
});
