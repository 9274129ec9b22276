// Receipts (issue 17): receipt numbers given by the database when a payment succeeds, the
// patient's paged list of what they paid or owe, the receipt as a PDF and who may read it, the
// admin's search by patient, and the emails of receipts and refunds as they reach the mail catcher.
import { randomUUID } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { runJob } from '@/lib/jobs/run-job';
import { checkoutSessionEvent } from '@/lib/payments/test-events';
import { call, sessionCookie, type Caller } from '@/tests/support/http';
import { latestMailTo, mailsTo } from '@/tests/support/mail';
import { buildPaidClinic, deliver, jobs, newPatient } from '@/tests/support/payments';
import { at, buildClinic, weekdayAhead } from '@/tests/support/scheduling';
import { createAdmin, createAppointment, createPatient, createTherapist } from '@/prisma/factories';
import { GET as ownPayments } from '@/app/api/payments/route';
import { GET as receiptPdf } from '@/app/api/payments/[id]/receipt/route';
import { GET as adminPayments } from '@/app/api/admin/payments/route';
import { POST as adminRefund } from '@/app/api/admin/payments/[id]/refunds/route';

const DAY = 86_400_000;
let w: Awaited<ReturnType<typeof buildPaidClinic>>;

beforeAll(async () => {
  w = await buildPaidClinic();
});

/** A card checkout of a paid visit, completed as Stripe reports it: the payment row afterwards. */
async function paidByCard(patient: Caller, start: Date) {
  const { facts } = await w.bookByCard(patient, start);
  expect((await deliver(checkoutSessionEvent('checkout.session.completed', facts))).status).toBe(200);
  return db().payment.findUniqueOrThrow({ where: { id: facts.paymentId } });
}

/** A payment written directly, `daysAgo` days back (a past visit the day before it). */
async function pastPayment(
  patientId: string,
  therapistId: string,
  daysAgo: number,
  status: 'SUCCEEDED' | 'EXPIRED' | 'PENDING' | 'FAILED' | 'INSURANCE_CLAIM' | 'REFUNDED',
) {
  const createdAt = new Date(Date.now() - daysAgo * DAY);
  const appointment = await createAppointment(db(), {
    patientId,
    therapistId,
    visitTypeId: w.paidTypeId,
    startsAt: new Date(createdAt.getTime() + 3_600_000),
    status: status === 'SUCCEEDED' || status === 'INSURANCE_CLAIM' || status === 'REFUNDED' ? 'COMPLETED' : 'CANCELLED',
  });
  return db().payment.create({
    data: {
      appointmentId: appointment.id,
      method: status === 'INSURANCE_CLAIM' ? 'INSURANCE' : 'CARD',
      status,
      amountCents: 7500,
      refundedCents: status === 'REFUNDED' ? 7500 : 0,
      currency: 'usd',
      createdAt,
      paidAt: status === 'SUCCEEDED' || status === 'REFUNDED' ? createdAt : null,
      ...(status === 'INSURANCE_CLAIM' ? { insurancePayer: 'Aetna', insuranceMemberId: 'W123456789' } : {}),
    },
  });
}

/** The text a PDF draws: its Flate streams inflated, and the hex strings of its Tj operators decoded. */
function pdfText(bytes: Buffer): string {
  const raw = bytes.toString('latin1');
  const shown: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
    } catch {
      content = m[1]!;
    }
    for (const t of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) shown.push(Buffer.from(t[1]!, 'hex').toString('latin1'));
  }
  return shown.join('\n');
}

async function getPdf(as: Caller | null, paymentId: string) {
  const headers: Record<string, string> = {};
  if (as) headers.cookie = await sessionCookie(as);
  const res = await receiptPdf(new Request(`http://localhost/api/payments/${paymentId}/receipt`, { headers }), {
    params: Promise.resolve({ id: paymentId }),
  });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('receipt numbers', () => {
  it('are given when a card payment succeeds, per practice and in order, and never to an unpaid checkout', async () => {
    const prefix = w.practice.slug.toUpperCase();
    const patient = await newPatient();
    const first = await paidByCard(patient, at(weekdayAhead(0), '09:00'));
    const second = await paidByCard(patient, at(weekdayAhead(0), '11:00'));
    const unpaid = await w.bookByCard(patient, at(weekdayAhead(0), '13:00'));

    const numberOf = (id: string) =>
      db()
        .payment.findUniqueOrThrow({ where: { id } })
        .then((p) => p.receiptNumber);
    const n1 = await numberOf(first.id);
    expect(n1).toMatch(new RegExp(`^${prefix}-\\d{6}$`));
    expect(await numberOf(second.id)).toBe(`${prefix}-${String(Number(n1!.slice(-6)) + 1).padStart(6, '0')}`);
    expect(await numberOf(unpaid.payment.id)).toBeNull();

    // An insurance claim recorded in the same practice takes the next number; another practice counts from 1.
    const claim = await w.bookPaid(patient, at(weekdayAhead(1), '09:00'), {
      method: 'insurance',
      payer: 'Aetna',
      memberId: 'W123456789',
    });
    expect(claim.status, JSON.stringify(claim.body)).toBe(201);
    expect(await numberOf(claim.body.payment.id)).toBe(`${prefix}-${String(Number(n1!.slice(-6)) + 2).padStart(6, '0')}`);
    const other = await buildClinic();
    const elsewhere = await pastPayment(patient.patientId, other.therapist.id, 3, 'SUCCEEDED');
    expect(elsewhere.receiptNumber).toBe(`${other.practice.slug.toUpperCase()}-000001`);
  });

  it('a replayed "completed" event keeps the number; the receipt email goes out once, with no visit details and no PDF', async () => {
    const patient = await newPatient();
    const { facts } = await w.bookByCard(patient, at(weekdayAhead(2), '09:00'));
    const event = checkoutSessionEvent('checkout.session.completed', facts);
    expect((await deliver(event)).status).toBe(200);
    const paid = await db().payment.findUniqueOrThrow({ where: { id: facts.paymentId } });
    expect((await deliver({ ...event, id: `evt_${randomUUID().replaceAll('-', '')}` })).status).toBe(200);
    expect((await db().payment.findUniqueOrThrow({ where: { id: paid.id } })).receiptNumber).toBe(paid.receiptNumber);

    const queued = (await jobs('payment.receipt')).filter((j) => j.data.paymentId === paid.id);
    expect(queued).toHaveLength(1);
    await runJob('payment.receipt', queued[0]!.data);
    await runJob('payment.receipt', queued[0]!.data); // a rerun sends nothing twice
    const mail = await latestMailTo(patient.email);
    expect(mail.subject).toContain(paid.receiptNumber!);
    expect(mail.text).toContain(`Receipt no.: ${paid.receiptNumber!}`);
    expect(mail.text).toContain('Amount paid: $75.00');
    expect(mail.text).toMatch(/Date paid: [A-Z][a-z]+ \d{1,2}, \d{4}/);
    expect(mail.text).toContain(`Clinic: ${w.clinic.name}`);
    expect(mail.text).toContain(`/patient/payments/${paid.id}`);
    // Less in email, more behind sign-in (decision 040): no visit type, therapist or time, no PDF.
    const visit = await db().appointment.findUniqueOrThrow({
      where: { id: paid.appointmentId },
      select: { visitType: { select: { name: true } }, therapist: { select: { user: { select: { name: true } } } } },
    });
    for (const body of [mail.subject, mail.text, mail.html]) {
      expect(body).not.toContain(visit.visitType.name);
      expect(body).not.toContain(visit.therapist.user.name);
      expect(body).not.toMatch(/\d{1,2}:\d{2}\s?[AP]M\b/); // no visit time
    }
    expect(mail.attachments ?? []).toEqual([]);
    expect((await mailsTo(patient.email)).filter((m) => m.subject.includes('receipt'))).toHaveLength(1);
  });
});

describe("the patient's payments", () => {
  it('lists only what was paid or is owed, newest first, 20 a page', async () => {
    const patient = await newPatient();
    const made: { id: string; daysAgo: number }[] = [];
    for (let i = 0; i < 23; i++) {
      const status = i % 7 === 3 ? 'INSURANCE_CLAIM' : i % 5 === 4 ? 'REFUNDED' : 'SUCCEEDED';
      made.push({ id: (await pastPayment(patient.patientId, w.therapist.id, 10 + i * 2, status)).id, daysAgo: 10 + i * 2 });
    }
    // Checkouts never completed: no payments.
    for (const [n, status] of (['EXPIRED', 'PENDING', 'FAILED', 'EXPIRED'] as const).entries()) {
      await pastPayment(patient.patientId, w.therapist.id, 11 + n * 2, status);
    }
    const page1 = await call(ownPayments, { as: patient, path: '/api/payments' });
    expect(page1.status).toBe(200);
    expect(page1.body).toMatchObject({ total: 23, page: 1, pageSize: 20 });
    const newestFirst = [...made].sort((a, b) => a.daysAgo - b.daysAgo).map((m) => m.id);
    expect(page1.body.payments.map((p: { id: string }) => p.id)).toEqual(newestFirst.slice(0, 20));
    const page2 = await call(ownPayments, { as: patient, path: '/api/payments?page=2' });
    expect(page2.body.payments.map((p: { id: string }) => p.id)).toEqual(newestFirst.slice(20));
    for (const p of [...page1.body.payments, ...page2.body.payments]) {
      expect(['SUCCEEDED', 'REFUNDED', 'INSURANCE_CLAIM']).toContain(p.status);
      expect(p.receiptNumber).toMatch(/^[A-Z0-9-]+-\d{6}$/);
    }
    // Another patient sees none of them.
    const stranger = await newPatient();
    expect((await call(ownPayments, { as: stranger, path: '/api/payments' })).body.total).toBe(0);
    expect((await call(ownPayments, { as: patient, path: '/api/payments?page=0' })).status).toBe(400);
  });
});

describe('the receipt PDF', () => {
  it('is a PDF with the amount, for the patient, their practice admin and a network admin only', async () => {
    const patient = await newPatient();
    const payment = await pastPayment(patient.patientId, w.therapist.id, 4, 'SUCCEEDED');
    const own = await getPdf(patient, payment.id);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(own.headers.get('content-disposition')).toBe(`attachment; filename="receipt-${payment.receiptNumber}.pdf"`);
    expect(own.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(own.bytes);
    expect(text).toContain('$75.00');
    expect(text).toContain(payment.receiptNumber!);
    expect(text).toContain('Casey Payer');

    const practiceAdmin = await createAdmin(db(), { practiceId: w.practice.id });
    const networkAdmin = await createAdmin(db());
    const other = await buildClinic();
    const otherAdmin = await createAdmin(db(), { practiceId: other.practice.id });
    const otherPatient = await createPatient(db(), { email: `other-${randomUUID().slice(0, 8)}@example.test` });
    const therapist = await createTherapist(db(), { practiceId: w.practice.id });
    expect((await getPdf(practiceAdmin, payment.id)).status).toBe(200);
    expect((await getPdf(networkAdmin, payment.id)).status).toBe(200);
    for (const stranger of [otherAdmin, otherPatient]) {
      const res = await getPdf(stranger, payment.id);
      expect(res.status).toBe(404);
      expect(JSON.parse(res.bytes.toString()).error.code).toBe('NOT_FOUND');
    }
    expect((await getPdf(therapist, payment.id)).status).toBe(403);
    expect((await getPdf(null, payment.id)).status).toBe(401);
    expect((await getPdf(patient, 'x'.repeat(41))).status).toBe(400);
    // A checkout never paid has no receipt, even for its patient.
    const expired = await pastPayment(patient.patientId, w.therapist.id, 6, 'EXPIRED');
    expect((await getPdf(patient, expired.id)).status).toBe(404);
  });
});

describe('the admin: search by patient and refund', () => {
  it('finds payments by a part of the name or email, only within the practice; wildcards are refused', async () => {
    const tag = randomUUID().slice(0, 6);
    const a = await createPatient(db(), { email: `quinn.${tag}@example.test`, name: `Quinn Okafor${tag}` });
    const b = await createPatient(db(), { email: `rory-${tag}@example.test`, name: 'Rory Vance' });
    await pastPayment(a.patient!.id, w.therapist.id, 30, 'SUCCEEDED');
    await pastPayment(b.patient!.id, w.therapist.id, 31, 'SUCCEEDED');
    const admin = await createAdmin(db(), { practiceId: w.practice.id });
    const search = (as: Caller, q: string) =>
      call(adminPayments, { as, path: `/api/admin/payments?patient=${encodeURIComponent(q)}` });

    const byName = await search(admin, `okafor${tag.toUpperCase()}`);
    expect(byName.status).toBe(200);
    expect(byName.body.payments.map((p: { patient: { id: string } }) => p.patient.id)).toEqual([a.patient!.id]);
    const byEmail = await search(admin, `RORY-${tag}@`);
    expect(byEmail.body.payments.map((p: { patient: { id: string } }) => p.patient.id)).toEqual([b.patient!.id]);
    const both = await search(admin, tag);
    expect(both.body.total).toBe(2);
    // Each search is a PHI read: one audit row naming the patients shown and the words searched.
    const reads = await db().auditEvent.findMany({
      where: { actorId: admin.id, action: 'payment.list' },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    });
    expect(reads).toHaveLength(3);
    expect(reads[2]!.data).toMatchObject({
      patientSearch: tag,
      patientIds: expect.arrayContaining([a.patient!.id, b.patient!.id]),
    });
    for (const hostile of ['%', '%%', 'a_b', 'x\\y', 'ab\u0000c', 'ab\u0007c']) {
      const res = await search(admin, hostile);
      expect(res.status, hostile).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    const other = await buildClinic();
    const otherAdmin = await createAdmin(db(), { practiceId: other.practice.id });
    expect((await search(otherAdmin, tag)).body.total).toBe(0);
  });

  it('a partial refund ≤ what remains; more is refused; the patient is emailed what was refunded and what remains', async () => {
    const patient = await newPatient();
    const payment = await paidByCard(patient, at(weekdayAhead(3), '09:00'));
    const admin = await createAdmin(db(), { practiceId: w.practice.id });
    const refund = (amountCents: number) =>
      call(adminRefund, {
        headers: { 'idempotency-key': randomUUID() },
        as: admin,
        params: { id: payment.id },
        json: { amountCents, reason: 'Shorter visit than booked' },
      });

    const partial = await refund(2000);
    expect(partial.status, JSON.stringify(partial.body)).toBe(201);
    expect(partial.body.payment).toMatchObject({ status: 'PARTIALLY_REFUNDED', refundedCents: 2000 });
    const tooMuch = await refund(5501);
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.error).toMatchObject({ code: 'REFUND_NOT_ALLOWED', message: expect.stringContaining('$55.00') });

    const notice = (await jobs('payment.refund-notice')).find((j) => j.data.refundId === partial.body.refundId);
    expect(notice).toBeDefined();
    await runJob('payment.refund-notice', notice!.data);
    await runJob('payment.refund-notice', notice!.data);
    const mail = await latestMailTo(patient.email);
    expect(mail.subject).toBe(`Refund of $20.00 from ${w.practice.name}`);
    expect(mail.text).toContain('has refunded $20.00 to your card');
    expect(mail.text).toContain(`receipt no. ${payment.receiptNumber!}`);
    expect(mail.text).toContain('$55.00 remains paid');
    expect(mail.text).toContain(`/patient/payments/${payment.id}`);
    // The admin's free text and the visit stay behind sign-in (decision 040).
    const visit = await db().appointment.findUniqueOrThrow({
      where: { id: payment.appointmentId },
      select: { visitType: { select: { name: true } }, therapist: { select: { user: { select: { name: true } } } } },
    });
    for (const body of [mail.subject, mail.text, mail.html]) {
      for (const hidden of ['Shorter visit than booked', 'Reason', visit.visitType.name, visit.therapist.user.name]) {
        expect(body).not.toContain(hidden);
      }
    }
    expect((await mailsTo(patient.email)).filter((m) => m.subject.startsWith('Refund of'))).toHaveLength(1);

    // The receipt now shows the refund.
    const pdf = pdfText((await getPdf(patient, payment.id)).bytes);
    expect(pdf).toContain('-$20.00');
    expect(pdf).toContain('$55.00');
  });
});

describe('receipt numbers past 999,999', () => {
  it('grow a digit instead of being cut (and colliding)', async () => {
    const c = await buildClinic();
    const patient = await createPatient(db(), { name: 'Mil Lion' });
    await db().$executeRaw`
      INSERT INTO receipt_counters (practice_id, last_number) VALUES (${c.practice.id}, 999999)
      ON CONFLICT (practice_id) DO UPDATE SET last_number = 999999`;
    const payment = await pastPayment(patient.patient!.id, c.therapist.id, 2, 'SUCCEEDED');
    const row = await db().payment.findUniqueOrThrow({ where: { id: payment.id }, select: { receiptNumber: true } });
    expect(row.receiptNumber).toMatch(/-1000000$/);
  });
});
