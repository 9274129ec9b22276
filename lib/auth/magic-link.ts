// Emailed sign-in links. A request for a link answers the same way, in the same time, whether or
// not the address has an account: the request only queues a job (one INSERT either way); the job,
// off the request path, looks the account up and mails only an existing, active one.
import { db } from '../db';
import { enqueue } from '../jobs/enqueue';
import { sendMagicLink } from '../notify/send-magic-link';

export interface MagicLinkJob {
  identifier: string;
  url: string;
  expires: string;
}

/** next-auth's sendVerificationRequest. */
export async function queueMagicLink({
  identifier,
  url,
  expires,
}: {
  identifier: string;
  url: string;
  expires: Date;
}): Promise<void> {
  // The job row holds the link until it runs; the link expires in 15 minutes and works once.
  await enqueue(db(), 'auth.magic-link', {
    identifier: identifier.toLowerCase(),
    url,
    expires: expires.toISOString(),
  } satisfies MagicLinkJob);
}

/** The job: mail the link if the address belongs to an active account and the link is still good. */
export async function deliverMagicLink({ identifier, url, expires }: MagicLinkJob, now = new Date()): Promise<void> {
  const expiresAt = new Date(expires);
  if (expiresAt <= now) return;
  const user = await db().user.findFirst({ where: { email: identifier, active: true }, select: { email: true } });
  if (user) await sendMagicLink(user.email, url, expiresAt);
}
