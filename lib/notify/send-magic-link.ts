import { sendMail } from './mailer';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export async function sendMagicLink(to: string, url: string, expires: Date): Promise<void> {
  const minutes = Math.max(1, Math.round((expires.getTime() - Date.now()) / 60_000));
  await sendMail({
    to,
    subject: 'Your Rehabit sign-in link',
    text: `Sign in to Rehabit:\n${url}\n\nThis link works once and expires in ${minutes} minutes. If you did not ask for it, ignore this email.\n`,
    html:
      `<p>Sign in to Rehabit:</p><p><a href="${escapeHtml(url)}">Sign in</a></p>` +
      `<p>This link works once and expires in ${minutes} minutes. If you did not ask for it, ignore this email.</p>`,
  });
}
