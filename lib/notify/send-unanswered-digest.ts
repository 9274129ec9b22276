// The therapist's daily list of patient messages waiting more than a business day: links to each
// patient's thread and the date they have waited since, nothing of what was written, nor names.
import { env } from '../env';
import { sendMail } from './mailer';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface UnansweredDigestMail {
  to: string;
  name: string;
  timeZone: string;
  waiting: { patientId: string; since: Date }[];
}

export async function sendUnansweredDigest(m: UnansweredDigestMail): Promise<void> {
  const base = env().NEXTAUTH_URL;
  const day = new Intl.DateTimeFormat('en-US', { timeZone: m.timeZone, weekday: 'short', month: 'short', day: 'numeric' });
  const rows = m.waiting.map((w, i) => ({
    label: `Conversation ${i + 1}, waiting since ${day.format(w.since)}`,
    url: `${base}/therapist/patients/${w.patientId}#messages-heading`,
  }));
  const count = `${m.waiting.length} patient${m.waiting.length === 1 ? ' is' : 's are'}`;
  await sendMail({
    to: m.to,
    subject: `Rehabit: ${count} waiting for an answer`,
    text:
      `Hello ${m.name},\n\n${count} waiting for an answer for more than one business day:\n\n` +
      rows.map((r) => `- ${r.label}\n  ${r.url}`).join('\n') +
      `\n\nAll your conversations: ${base}/therapist/messages\n`,
    html:
      `<p>Hello ${escape(m.name)},</p><p>${escape(count)} waiting for an answer for more than one business day:</p><ul>` +
      rows.map((r) => `<li><a href="${escape(r.url)}">${escape(r.label)}</a></li>`).join('') +
      `</ul><p>All your conversations: <a href="${escape(base)}/therapist/messages">your inbox</a>.</p>`,
  });
}
