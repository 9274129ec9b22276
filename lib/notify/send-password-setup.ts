import { env } from '../env';
import { sendMail } from './mailer';

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITY[c] ?? '');

/** The invitation: a one-time link to choose a password, then sign in with it. */
export async function sendPasswordSetup(
  to: string,
  name: string,
  token: string,
  expiresAt: Date,
  practiceName: string,
): Promise<void> {
  const url = `${env().NEXTAUTH_URL}/set-password/${token}`;
  const until = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(expiresAt);
  await sendMail({
    to,
    subject: 'Set your Rehabit password',
    text: `Hello ${name},\n\n${practiceName} invited you to Rehabit as a therapist. Choose your password here (the link works once, until ${until} UTC):\n\n${url}\n\nThen sign in at ${env().NEXTAUTH_URL}/signin with this email address.\n`,
    html:
      `<p>Hello ${escape(name)},</p><p>${escape(practiceName)} invited you to Rehabit as a therapist.</p>` +
      `<p><a href="${url}">Choose your password</a> (the link works once, until ${until} UTC).</p>` +
      `<p>Then sign in with this email address.</p>`,
  });
}
