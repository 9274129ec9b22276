// "Your questionnaires are due": the patient's link back to the dashboard.
import { env } from '../env';
import { sendMail } from './mailer';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const QUESTIONNAIRE_NAME = {
  ODI: 'Oswestry Disability Index (back pain and daily life)',
  NPRS: 'Pain rating (0–10)',
} as const;
const WHEN = { INTAKE: 'first', FOLLOW_UP: 'two-weekly', DISCHARGE: 'end-of-plan' } as const;

export interface ReminderMail {
  to: string;
  name: string;
  due: { instrument: 'ODI' | 'NPRS'; timepoint: 'INTAKE' | 'FOLLOW_UP' | 'DISCHARGE' }[];
}

export async function sendQuestionnaireReminder(m: ReminderMail): Promise<void> {
  const url = `${env().NEXTAUTH_URL}/patient#questionnaires-heading`;
  const lines = m.due.map((d) => `${QUESTIONNAIRE_NAME[d.instrument]} (${WHEN[d.timepoint]} check-in)`);
  await sendMail({
    to: m.to,
    subject: m.due.length === 1 ? 'A short questionnaire is due' : `${m.due.length} short questionnaires are due`,
    text:
      `Hello ${m.name},\n\nYour therapist would like to know how you are getting on. Due now:\n` +
      `${lines.map((l) => `- ${l}`).join('\n')}\n\nEach takes a few minutes: ${url}\n`,
    html:
      `<p>Hello ${escape(m.name)},</p><p>Your therapist would like to know how you are getting on. Due now:</p>` +
      `<ul>${lines.map((l) => `<li>${escape(l)}</li>`).join('')}</ul>` +
      `<p>Each takes a few minutes: <a href="${escape(url)}">open your dashboard</a>.</p>`,
  });
}
