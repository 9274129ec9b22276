import { sendMail } from './mailer';

interface OfferMail {
  to: string;
  name: string;
  url: string;
  expiresAt: Date;
  timezone: string;
  appointment: {
    startsAt: Date;
    visitType: { name: string };
    therapist: { user: { name: string } };
    clinic: { name: string } | null;
  };
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function sendWaitlistOffer(m: OfferMail): Promise<void> {
  const when = m.appointment.startsAt.toLocaleString('en-US', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: m.timezone,
    timeZoneName: 'short',
  });
  const where = m.appointment.clinic?.name ?? 'Video visit';
  const text =
    `Hello ${m.name},\n\nAn earlier time opened up: ${m.appointment.visitType.name} with ${m.appointment.therapist.user.name}, ${when} (${where}).\n` +
    `We are holding it for you for 15 minutes. Take it here:\n${m.url}\n\nIf you do nothing, the time goes to the next person waiting.\n`;
  await sendMail({
    to: m.to,
    subject: 'An earlier appointment is available — held for 15 minutes',
    text,
    html:
      `<p>Hello ${escape(m.name)},</p><p>An earlier time opened up: <strong>${escape(m.appointment.visitType.name)}</strong> with ` +
      `${escape(m.appointment.therapist.user.name)}, ${escape(when)} (${escape(where)}).</p>` +
      `<p>We are holding it for you for 15 minutes. <a href="${escape(m.url)}">Take this time</a>.</p>` +
      '<p>If you do nothing, the time goes to the next person waiting.</p>',
  });
}
