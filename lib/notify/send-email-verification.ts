import { env } from '../env';
import { sendMail } from './mailer';

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITY[c] ?? '');

/**
 * The welcome mail after sign-up, or a new link on request: both ask the patient to confirm the
 * address (decision 045). `url` is the one-time link; it works once, until `expiresAt`.
 */
export async function sendEmailVerification(
  to: string,
  name: string,
  url: string,
  expiresAt: Date,
  kind: 'welcome' | 'resend',
): Promise<void> {
  const until = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(expiresAt);
  const opening =
    kind === 'welcome'
      ? 'Welcome to Rehabit. Your account is ready. One step is left before your first booking is confirmed: confirm that this email address is yours.'
      : 'Here is a new link to confirm that this email address is yours. Earlier links no longer work.';
  await sendMail({
    to,
    subject: kind === 'welcome' ? 'Welcome to Rehabit: please verify your email' : 'Verify your email for Rehabit',
    text:
      `Hello ${name},\n\n${opening}\n\nVerify your email (the link works once, until ${until} UTC):\n\n${url}\n\n` +
      `If you did not create a Rehabit account, ignore this email.\n\nSign in any time at ${env().NEXTAUTH_URL}/signin\n`,
    html:
      `<p>Hello ${escape(name)},</p><p>${escape(opening)}</p>` +
      `<p><a href="${escape(url)}">Verify your email</a> (the link works once, until ${until} UTC).</p>` +
      `<p>If you did not create a Rehabit account, ignore this email.</p>`,
  });
}
