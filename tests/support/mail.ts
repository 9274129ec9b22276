// Reads what the app really sent, from the maildev catcher that scripts/test.ts started.
interface CaughtMail {
  id: string;
  subject: string;
  text: string;
  html: string;
  to: { address: string }[];
  attachments?: { generatedFileName: string; contentType: string }[];
}

const api = () => process.env.MAILDEV_API ?? 'http://127.0.0.1:1180';

export async function mailsTo(address: string): Promise<CaughtMail[]> {
  const res = await fetch(`${api()}/api/email`);
  const all = (await res.json()) as CaughtMail[];
  return all.filter((m) => m.to.some((t) => t.address.toLowerCase() === address.toLowerCase()));
}

/** Waits for the newest mail to an address (mail delivery is asynchronous). */
export async function latestMailTo(address: string, timeoutMs = 10_000): Promise<CaughtMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await mailsTo(address);
    const last = found.at(-1);
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`No mail to ${address} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The text of a mail's calendar invitation (.ics attachment). */
export async function calendarAttachmentOf(mail: CaughtMail): Promise<string> {
  const ics = (mail.attachments ?? []).find((a) => a.contentType.startsWith('text/calendar'));
  if (!ics) throw new Error(`Mail "${mail.subject}" has no calendar attachment`);
  const res = await fetch(`${api()}/api/email/${mail.id}/attachment/${encodeURIComponent(ics.generatedFileName)}`);
  if (!res.ok) throw new Error(`maildev answered ${res.status} for the attachment`);
  return res.text();
}
