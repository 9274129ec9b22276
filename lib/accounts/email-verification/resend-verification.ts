// A signed-in patient asks for a new verification link (the old one expired, or never arrived).
// At most one a minute and five an hour per account; the 429 says when to try again.
import { db } from '../../db';
import { AppError } from '../../errors';
import type { SessionUser } from '../../auth/roles';
import { addHit } from '../../auth/rate-limit';
import { enqueue } from '../../jobs/enqueue';
import type { VerifyEmailJob } from './send-verification-link';

export const RESEND_LIMITS = [
  { windowMs: 60_000, count: 1 },
  { windowMs: 3_600_000, count: 5 },
] as const;

async function assertWithinLimits(userId: string, now: Date): Promise<void> {
  for (const { windowMs, count } of RESEND_LIMITS) {
    if ((await addHit(`verify-email:user:${userId}:${windowMs}`, windowMs, now)) <= count) continue;
    // Fixed windows (lib/auth/rate-limit.ts): the next one starts at the next multiple of windowMs.
    const retryAfter = Math.max(1, Math.ceil((windowMs - (now.getTime() % windowMs)) / 1000));
    const wait = retryAfter < 90 ? `${retryAfter} seconds` : `${Math.ceil(retryAfter / 60)} minutes`;
    throw new AppError('RATE_LIMITED', `A link was sent a moment ago. Check your inbox, or ask again in ${wait}.`, undefined, {
      'Retry-After': String(retryAfter),
    });
  }
}

export async function resendVerification(
  user: SessionUser,
  returnTo: string | null,
  now = new Date(),
): Promise<{ sentTo: string }> {
  const row = await db().user.findUnique({ where: { id: user.id }, select: { email: true, emailVerified: true } });
  if (!row) throw new AppError('UNAUTHENTICATED');
  if (row.emailVerified) throw new AppError('CONFLICT', 'Your email address is already verified.');
  await assertWithinLimits(user.id, now);
  await enqueue(db(), 'account.verify-email', { userId: user.id, kind: 'resend', returnTo } satisfies VerifyEmailJob);
  return { sentTo: row.email };
}
