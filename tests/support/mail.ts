// Reads what the app really sent, from the maildev catcher that scripts/test.ts started.
interface CaughtMail { id: string; subject: string; text: string; html: string; to: { address: string }[] }

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
