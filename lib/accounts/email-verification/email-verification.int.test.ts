// A patient who signs up gets one welcome mail with a link that verifies the address; until then
// their bookings are refused with EMAIL_NOT_VERIFIED and nothing is held (decision 045). Real
// database, real job handler, real SMTP catcher.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { runJob } from '@/lib/jobs/run-job';
import { createIntake } from '@/prisma/demo-intakes';
import { createAdmin, createVisitType } from '@/prisma/factories';
import { call } from '@/tests/support/http';
import { mailsTo } from '@/tests/support/mail';
import { jobs } from '@/tests/support/payments';
import { at, buildClinic, weekdayAhead } from '@/tests/support/scheduling';
import { POST as signUp } from '@/app/api/signup/route';
import { POST as verify } from '@/app/api/email-verification/route';
import { POST as resend } from '@/app/api/email-verification/resend/route';
import { POST as book } from '@/app/api/appointments/route';
import { POST as bookSeries } from '@/app/api/appointment-series/route';
import { sendVerificationLink } from './send-verification-link';

let w: Awaited<ReturnType<typeof buildClinic>>;
let seriesTypeId = '';
const day = weekdayAhead(2);

beforeAll(async () => {
  w = await buildClinic();
  seriesTypeId = (await createVisitType(db(), { durationMinutes: 30, priceCents: 0, patientMayBookSeries: true })).id;
});

/** One weekly visit at 10:00 on that date's weekday. */
const seriesBody = (date: string) => ({
  visitTypeId: seriesTypeId,
  therapistId: w.therapist.id,
  startDate: date,
  weekdays: [((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1],
  time: '10:00',
  weeks: 1,
});

/** Sends the queued verification mails (the worker's part), then forgets the jobs. */
async function deliverQueued(): Promise<void> {
  for (const { data } of await jobs('account.verify-email')) await runJob('account.verify-email', data);
  await db().$executeRaw`DELETE FROM pgboss.job WHERE name = 'account.verify-email'`;
}

/** A new patient through POST /api/signup, with the intake done (so only verification is missing). */
async function newPatient(email: string, ip: string) {
  const res = await call(signUp, {
    path: '/api/signup',
    from: ip,
    json: { name: 'Vera Verify', email, password: 'plum-harbor-lantern-9', dateOfBirth: '1990-03-04' },
  });
  expect(res.status).toBe(201);
  const user = await db().user.findUniqueOrThrow({ where: { id: res.body.id }, include: { patient: true } });
  await createIntake(db(), { patientId: user.patient!.id });
  return user;
}

function linkIn(text: string): URL {
  const found = /https?:\/\/\S+\/verify-email\/\S+/.exec(text);
  if (!found) throw new Error(`No verification link in: ${text}`);
  return new URL(found[0]);
}
const tokenOf = (link: URL) => decodeURIComponent(link.pathname.split('/').at(-1)!);

const bookAt = (as: { id: string }, start: Date) =>
  call(book, {
    as,
    json: { visitTypeId: w.visitType.id, therapistId: w.therapist.id, start: start.toISOString() },
    headers: { 'idempotency-key': `verify-${as.id}-${start.getTime()}` },
  });

describe('email verification after sign-up', () => {
  it('sends one welcome mail whose link verifies the address once; then the first booking goes through', async () => {
    const user = await newPatient('vera.one@example.test', '198.51.100.61');
    expect(user.emailVerified).toBeNull();
    await deliverQueued();
    const mails = await mailsTo('vera.one@example.test');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toMatch(/welcome/i);
    const link = linkIn(mails[0]!.text);
    const token = tokenOf(link);
    // Only a hash of the secret is kept: the raw link is in no table and no job.
    const secret = token.split('.')[1]!;
    const rows = await db().emailVerificationToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(secret);
    expect(rows[0]!.expiresAt.getTime() - rows[0]!.createdAt.getTime()).toBeGreaterThan(23 * 3_600_000);

    // Before verifying: refused with the code, and nothing booked or held.
    const early = await bookAt(user, at(day, '09:00'));
    expect(early.status).toBe(403);
    expect(early.body.error.code).toBe('EMAIL_NOT_VERIFIED');
    expect(await db().appointment.count({ where: { patientId: user.patient!.id } })).toBe(0);

    const ok = await call(verify, { json: { token } });
    expect(ok.status).toBe(200);
    expect(ok.body.email).toBe('vera.one@example.test');
    const verified = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(verified.emailVerified?.toISOString()).toBe(ok.body.verifiedAt);
    expect(await db().auditEvent.count({ where: { action: 'account.email_verified', entityId: user.id } })).toBe(1);

    const again = await call(verify, { json: { token } });
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe('LINK_EXPIRED');

    const booked = await bookAt(user, at(day, '09:00'));
    expect(booked.status).toBe(201);
    expect(booked.body.status).toBe('BOOKED');
  });

  it('refuses an expired link, a wrong secret and garbage alike, and leaves the address unverified', async () => {
    const user = await newPatient('vera.two@example.test', '198.51.100.62');
    await deliverQueued();
    const token = tokenOf(linkIn((await mailsTo('vera.two@example.test'))[0]!.text));
    const [id, secret] = token.split('.') as [string, string];
    const wrongSecret = `${id}.${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [wrongSecret, 'nonsense', `${id}.`, `x`.repeat(200)]) {
      const res = await call(verify, { json: { token: bad } });
      expect(res.status, bad).toBe(410);
      expect(res.body.error.code).toBe('LINK_EXPIRED');
    }
    expect((await call(verify, { json: { token: 'y'.repeat(201) } })).status).toBe(400);
    await db().emailVerificationToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await call(verify, { json: { token } });
    expect(expired.status).toBe(410);
    expect(expired.body.error.code).toBe('LINK_EXPIRED');
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).toBeNull();

    // A patient's own series is held back the same way, before anything is booked.
    const series = await call(bookSeries, { as: user, json: seriesBody(weekdayAhead(4)) });
    expect(series.status).toBe(403);
    expect(series.body.error.code).toBe('EMAIL_NOT_VERIFIED');
    expect(await db().appointment.count({ where: { patientId: user.patient!.id } })).toBe(0);
  });

  it('resends a new link (voiding the old one), at most once a minute, with Retry-After; never to a verified address', async () => {
    const user = await newPatient('vera.three@example.test', '198.51.100.63');
    await deliverQueued();
    const first = tokenOf(linkIn((await mailsTo('vera.three@example.test'))[0]!.text));

    const anonymous = await call(resend, { json: {} });
    expect(anonymous.status).toBe(401);
    const hostile = await call(resend, { as: user, json: { returnTo: 'https://evil.example/book' } });
    expect(hostile.status).toBe(400);
    expect(hostile.body.error.code).toBe('VALIDATION_FAILED');

    const sent = await call(resend, { as: user, json: { returnTo: '/book?type=abc&time=2027-01-12T15:00:00.000Z' } });
    expect(sent.status).toBe(202);
    expect(sent.body.sentTo).toBe('vera.three@example.test');
    const tooSoon = await call(resend, { as: user, json: {} });
    expect(tooSoon.status).toBe(429);
    expect(tooSoon.body.error.code).toBe('RATE_LIMITED');
    expect(Number(tooSoon.headers.get('retry-after'))).toBeGreaterThan(0);
    await deliverQueued();

    const mails = await mailsTo('vera.three@example.test');
    expect(mails).toHaveLength(2);
    const link = linkIn(mails[1]!.text);
    expect(link.searchParams.get('next')).toBe('/book?type=abc&time=2027-01-12T15:00:00.000Z');
    expect((await call(verify, { json: { token: first } })).status).toBe(410);
    expect((await call(verify, { json: { token: tokenOf(link) } })).status).toBe(200);

    await db().rateLimitBucket.deleteMany({ where: { key: { startsWith: `verify-email:user:${user.id}` } } });
    const already = await call(resend, { as: user, json: {} });
    expect(already.status).toBe(409);
    // A job queued before the patient verified sends nothing afterwards.
    await sendVerificationLink({ userId: user.id, kind: 'resend' });
    expect(await mailsTo('vera.three@example.test')).toHaveLength(2);
  });

  it('keeps an earlier verification time when a second link is used (idempotent marking)', async () => {
    const user = await newPatient('vera.four@example.test', '198.51.100.64');
    await deliverQueued();
    const token = tokenOf(linkIn((await mailsTo('vera.four@example.test'))[0]!.text));
    const earlier = new Date(Date.now() - 60_000);
    // e.g. a magic-link sign-in verified the address meanwhile
    await db().user.update({ where: { id: user.id }, data: { emailVerified: earlier } });
    const res = await call(verify, { json: { token } });
    expect(res.status).toBe(200);
    expect(res.body.verifiedAt).toBe(earlier.toISOString());
  });

  it('lets staff book for a patient who has not verified yet', async () => {
    const user = await newPatient('vera.five@example.test', '198.51.100.65');
    const admin = await createAdmin(db(), { practiceId: null });
    const res = await call(bookSeries, { as: admin, json: { ...seriesBody(weekdayAhead(5)), patientId: user.patient!.id } });
    expect(res.status).toBe(201);
    expect(res.body.booked).toHaveLength(1);
  });
});

describe('many tries from one address', () => {
  it('are refused with 429 and Retry-After past the limit, before any token is looked at', async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 200) + 20}`;
    const { addHit } = await import('@/lib/auth/rate-limit');
    for (let i = 0; i < 100; i++) await addHit(`verify-email:ip:${ip}`, 10 * 60_000);
    const { verifyEmail } = await import('./verify-email');
    const refused = await verifyEmail('nonsense', ip).catch((err: unknown) => err);
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', status: 429, headers: { 'Retry-After': '600' } });
  });
});
