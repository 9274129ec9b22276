// The therapist's daily digest of new flags on their patients.
import { env } from '../env';
import { sendMail } from './mailer';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface DigestMail {
  to: string;
  name: string;
  flags: { patientId: string; patientName: string; label: string; detail: string }[];
  /** Older flags still waiting to be acknowledged. */
  stillOpen: number;
}

export async function sendFlagDigest(m: DigestMail): Promise<void> {
  const base = env().NEXTAUTH_URL;
  const rows = m.flags.map((f) => ({ ...f, url: `${base}/therapist/patients/${f.patientId}` }));
  const older = m.stillOpen > 0 ? `${m.stillOpen} earlier flag${m.stillOpen === 1 ? ' is' : 's are'} still open.` : '';
  await sendMail({
    to: m.to,
    subject: `Rehabit: ${m.flags.length} new flag${m.flags.length === 1 ? '' : 's'} on your patients`,
    text:
      `Hello ${m.name},\n\nNew since yesterday's digest:\n\n` +
      rows.map((f) => `- ${f.patientName}: ${f.label}. ${f.detail}\n  ${f.url}`).join('\n') +
      `\n\n${older ? `${older}\n` : ''}Acknowledge them on your dashboard: ${base}/therapist\n`,
    html:
      `<p>Hello ${escape(m.name)},</p><p>New since yesterday&rsquo;s digest:</p><ul>` +
      rows
        .map(
          (f) =>
            `<li><a href="${escape(f.url)}">${escape(f.patientName)}</a>: <strong>${escape(f.label)}</strong>. ${escape(f.detail)}</li>`,
        )
        .join('') +
      `</ul>${older ? `<p>${escape(older)}</p>` : ''}<p>Acknowledge them on <a href="${escape(base)}/therapist">your dashboard</a>.</p>`,
  });
}
