// The `account.verify-email` job: makes a fresh one-time link and mails it. The job row carries
// only the user's id (and where to come back to), never a secret: the link is made here, at send
// time, so the raw token exists only in the mail. Earlier open links are voided by the new one.
import { db } from '../../db';
import { env } from '../../env';
import { sendEmailVerification } from '../../notify/send-email-verification';
import { newVerificationSecret, verificationLinkToken } from './verification-token';

export interface VerifyEmailJob {
  userId: string;
  kind: 'welcome' | 'resend';
  /** A path on this site to continue at after verifying (the booking the patient was confirming). */
  returnTo?: string | null;
}

export async function sendVerificationLink({ userId, kind, returnTo }: VerifyEmailJob, now = new Date()): Promise<void> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { email: true, name: true, active: true, emailVerified: true },
  });
  // A rerun or a late run: nothing to ask of someone already verified, or gone.
  if (!user || !user.active || user.emailVerified) return;
  const { secret, secretHash, expiresAt } = newVerificationSecret(now);
  const row = await db().$transaction(async (tx) => {
    await tx.emailVerificationToken.updateMany({
      where: { userId, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    return tx.emailVerificationToken.create({ data: { userId, tokenHash: secretHash, expiresAt }, select: { id: true } });
  });
  const url = new URL(`/verify-email/${verificationLinkToken(row.id, secret)}`, env().NEXTAUTH_URL);
  if (returnTo) url.searchParams.set('next', returnTo);
  await sendEmailVerification(user.email, user.name, url.toString(), expiresAt, kind);
}
