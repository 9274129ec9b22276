import { describe, expect, it } from 'vitest';
import { appointmentEmail, type EmailVisit } from './appointment-email-content';

const visit: EmailVisit = {
  appointmentId: 'appt_1',
  startsAt: new Date('2027-01-13T19:00:00Z'),
  endsAt: new Date('2027-01-13T20:00:00Z'),
  revision: 0,
  visitName: 'Follow-up',
  durationMinutes: 60,
  patient: { name: 'Kim Nguyen', email: 'kim@example.test', timezone: 'America/Los_Angeles' },
  therapistName: 'Luis Herrera',
  therapistCredentials: 'PT, DPT',
  practiceName: 'Harbor PT',
  clinic: { name: 'Harbor PT — Chelsea', address: '200 W 23rd St, New York, NY 10011', phone: '(212) 555-0101' },
  policy: { freeCancellationHours: 24, lateCancellationFeeCents: 3000, currency: 'usd' },
};
const ctx = { manageUrl: 'https://rehabit.test/patient/appointments', organizerEmail: 'no-reply@rehabit.test' };

describe('the "reassigned" appointment email', () => {
  it('names the new therapist and the time in the patient’s zone, and updates the calendar event', () => {
    const mail = appointmentEmail('reassigned', visit, { ...ctx, previousTherapistName: 'Dana Moving' });
    expect(mail.to).toBe('kim@example.test');
    expect(mail.subject).toBe('New therapist: Follow-up with Luis Herrera, Wed, Jan 13, 11:00 AM PST');
    expect(mail.text).toContain(
      'Your visit on Wednesday, January 13, 2027, 11:00 AM PST is now with Luis Herrera instead of Dana Moving.',
    );
    expect(mail.text).toContain('With:  Luis Herrera, PT, DPT');
    expect(mail.html).toContain('is now with Luis Herrera');
    const content = mail.attachments?.[0]?.content;
    const ics = typeof content === 'string' ? content : '';
    expect(mail.attachments?.[0]?.contentType).toContain('method=REQUEST');
    expect(ics).toContain('UID:appt_1@rehabit');
    expect(ics).toContain('DTSTART;TZID=America/Los_Angeles:20270113T110000');
    expect(ics).toContain('SUMMARY:Follow-up with Luis Herrera');
  });

  it('reads well without the former therapist’s name', () => {
    const mail = appointmentEmail('reassigned', visit, ctx);
    expect(mail.text).toContain('is now with Luis Herrera. The time and place stay the same.');
  });
});
