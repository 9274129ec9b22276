// "You have a new message": a link and nothing else. Email is not a safe place for health
// information, so neither the text, the sender's name nor the exercise asked about is in it.
import { env } from '../env';
import { sendMail } from './mailer';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface NewMessageMail {
  to: string;
  name: string;
  /** Who wrote, as the recipient knows them. */
  from: 'therapist' | 'patient';
  /** Where the recipient reads it (after signing in). */
  path: string;
}

export async function sendNewMessageMail(m: NewMessageMail): Promise<void> {
  const url = `${env().NEXTAUTH_URL}${m.path}`;
  const who = m.from === 'therapist' ? 'your therapist' : 'a patient';
  await sendMail({
    to: m.to,
    subject: `You have a new message from ${who}`,
    text:
      `Hello ${m.name},\n\nYou have a new message from ${who} on Rehabit. Sign in to read it: ${url}\n\n` +
      'For your privacy, messages are only shown in the app. You will not get another email about this ' +
      'conversation until you have read it.\n',
    html:
      `<p>Hello ${escape(m.name)},</p><p>You have a new message from ${who} on Rehabit. ` +
      `<a href="${escape(url)}">Sign in to read it</a>.</p>` +
      '<p>For your privacy, messages are only shown in the app. You will not get another email about this ' +
      'conversation until you have read it.</p>',
  });
}
