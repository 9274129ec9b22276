// The patient opens the emailed link and confirms: the address is verified. The token is spent in
// the same transaction that marks the user, and only if nobody spent it first, so a link works
// once. Marking is idempotent: an address verified earlier (another link, a magic-link sign-in)
// keeps its first timestamp.
import { db } from '../../db';
import { AppError } from '../../errors';
import { recordAuditEvent } from '../../audit/record-audit-event';
import { parseVerificationToken, secretMatches } from './verification-token';
import { addHit } from '../../auth/rate-limit';

const EXPIRED = 'This verification link has expired or was already used. Ask for a new one.';
/** Verifications tried per client address per 10 minutes: far above a household's, far below a scan's. */
const TRIES_PER_WINDOW = 100;
const WINDOW_MS = 10 * 60_000;

async function openToken(token: string, now: Date) {
  const parsed = parseVerificationToken(token);
  const row = parsed
    ? await db().emailVerificationToken.findUnique({
        where: { id: parsed.id },
        select: {
          id: true,
          tokenHash: true,
          usedAt: true,
          expiresAt: true,
          user: { select: { id: true, email: true, active: true, patient: { select: { id: true } } } },
        },
      })
    : null;
  // Unknown, wrong secret, used, expired and deactivated all read the same, so a guess learns nothing.
  if (!parsed || !row || !secretMatches(parsed.secret, row.tokenHash)) throw new AppError('LINK_EXPIRED', EXPIRED);
  if (row.usedAt || row.expiresAt <= now || !row.user.active) throw new AppError('LINK_EXPIRED', EXPIRED);
  return row;
}

/** For the page: whether the link still works (without spending it). */
export async function verificationLinkWorks(token: string, now = new Date()): Promise<boolean> {
  return openToken(token, now).then(
    () => true,
    (err: unknown) => {
      if (err instanceof AppError && err.code === 'LINK_EXPIRED') return false;
      throw err;
    },
  );
}

export async function verifyEmail(
  token: string,
  ip: string | null,
  now = new Date(),
): Promise<{ email: string; verifiedAt: string }> {
  if (ip && (await addHit(`verify-email:ip:${ip}`, WINDOW_MS, now)) > TRIES_PER_WINDOW) {
    throw new AppError('RATE_LIMITED', undefined, undefined, { 'Retry-After': String(WINDOW_MS / 1000) });
  }
  const row = await openToken(token, now);
  const verifiedAt = await db().$transaction(async (tx) => {
    const spent = await tx.emailVerificationToken.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (spent.count !== 1) throw new AppError('LINK_EXPIRED', EXPIRED);
    await tx.user.updateMany({ where: { id: row.user.id, emailVerified: null }, data: { emailVerified: now } });
    // Other open links for this address have nothing left to do.
    await tx.emailVerificationToken.updateMany({
      where: { userId: row.user.id, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    await recordAuditEvent(
      {
        actorId: row.user.id,
        action: 'account.email_verified',
        entityType: 'User',
        entityId: row.user.id,
        patientId: row.user.patient?.id ?? null,
        ip,
      },
      tx,
    );
    const user = await tx.user.findUniqueOrThrow({ where: { id: row.user.id }, select: { emailVerified: true } });
    return user.emailVerified ?? now;
  });
  return { email: row.user.email, verifiedAt: verifiedAt.toISOString() };
}
