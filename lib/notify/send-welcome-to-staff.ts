import { env } from '../env';
import { sendMail } from './mailer';

export async function sendWelcomeToStaff(to: string, name: string): Promise<void> {
  const url = `${env().NEXTAUTH_URL}/signin`;
  await sendMail({
    to,
    subject: 'Your Rehabit account is ready',
    text: `Hello ${name},\n\nAn account was created for you on Rehabit. Sign in at ${url} with "Email me a sign-in link" using this address.\n`,
    html:
      `<p>Hello ${name.replace(/[&<>"']/g, '')},</p><p>An account was created for you on Rehabit. ` +
      `<a href="${url}">Sign in</a> with "Email me a sign-in link" using this address.</p>`,
  });
}
