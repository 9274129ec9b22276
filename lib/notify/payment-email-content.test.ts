import { describe, expect, it } from 'vitest';
import { formatPaidDate, receiptEmail, refundEmail } from './payment-email-content';

const url = 'https://rehabit.test/patient/payments/pay_1';

describe('the receipt email', () => {
  const mail = receiptEmail({
    patientName: 'Kim Nguyen',
    receiptNumber: 'HARBOR-PT-000042',
    amountCents: 7500,
    currency: 'usd',
    // 02:30 UTC on Dec 6 is still Dec 5 in Los Angeles.
    paidAt: new Date('2026-12-06T02:30:00Z'),
    timeZone: 'America/Los_Angeles',
    practiceName: 'Harbor PT',
    clinicName: 'Harbor PT — Chelsea',
    receiptUrl: url,
  });

  it('gives the receipt number, amount, date paid (in the patient’s zone), clinic and the signed-in link', () => {
    expect(mail.subject).toBe('Your receipt HARBOR-PT-000042 from Harbor PT');
    expect(mail.text).toContain('Receipt no.: HARBOR-PT-000042');
    expect(mail.text).toContain('Amount paid: $75.00');
    expect(mail.text).toContain('Date paid: December 5, 2026');
    expect(mail.text).toContain('Clinic: Harbor PT — Chelsea');
    expect(mail.text).toContain(url);
    expect(mail.html).toContain(`<a href="${url}">${url}</a>`);
    expect(mail.html).toContain('Clinic: Harbor PT — Chelsea');
  });

  it('says nothing of the visit: no type, therapist, time or method', () => {
    for (const body of [mail.subject, mail.text, mail.html]) {
      expect(body).not.toMatch(/follow-up|evaluation|therapist|\bwith\b|\d{1,2}:\d{2}|\b[AP]M\b|Stripe/i);
    }
    expect(mail).not.toHaveProperty('attachments');
  });
});

describe('the refund email', () => {
  const facts = {
    patientName: 'Kim Nguyen',
    practiceName: 'Harbor PT',
    receiptNumber: 'HARBOR-PT-000042',
    currency: 'usd',
    refundCents: 2000,
    paidCents: 7500,
    refundedCents: 2000,
    receiptUrl: url,
  };

  it('gives the amount refunded, what remains, the receipt number and the link, and no reason or visit', () => {
    const mail = refundEmail(facts);
    expect(mail.subject).toBe('Refund of $20.00 from Harbor PT');
    expect(mail.text).toContain('Harbor PT has refunded $20.00 to your card.');
    expect(mail.text).toContain('You paid $75.00 (receipt no. HARBOR-PT-000042); $20.00 of it has been refunded in all');
    expect(mail.text).toContain('and $55.00 remains paid.');
    expect(mail.html).toContain(`<a href="${url}">${url}</a>`);
    expect(mail.text).not.toMatch(/reason|visit:|therapist|\d{1,2}:\d{2}|\b[AP]M\b/i);
  });

  it('says so when nothing remains paid', () => {
    expect(refundEmail({ ...facts, refundCents: 5500, refundedCents: 7500 }).text).toContain('so nothing of it remains paid.');
  });
});

describe('formatPaidDate', () => {
  it('is the calendar date in the given zone', () => {
    expect(formatPaidDate(new Date('2026-12-06T02:30:00Z'), 'America/New_York')).toBe('December 5, 2026');
    expect(formatPaidDate(new Date('2026-12-06T02:30:00Z'), 'Europe/Berlin')).toBe('December 6, 2026');
  });
});
