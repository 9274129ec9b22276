// The invited person chooses a password through the emailed link. The token is spent in the same
// transaction that stores the password, and only if nobody spent it first, so a link works once.
import { db } from '../db';
import { AppError } from '../errors';
import { hashPassword } from '../auth/password';
import { assertStrongPassword } from '../auth/password-strength';
import { recordAuditEvent } from '../audit/record-audit-event';
import { hashSetupToken } from './password-setup-token';

async function openToken(token: string, now: Date) {
  const row = await db().passwordSetupToken.findUnique({
    where: { tokenHash: hashSetupToken(token) },
    select: {
      id: true,
      usedAt: true,
      expiresAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          active: true,
          practiceId: true,
          therapist: { select: { practiceId: true } },
        },
      },
    },
  });
  // Unknown, used, expired and deactivated all read the same, so a guess learns nothing.
  if (!row || row.usedAt || row.expiresAt <= now || !row.user.active) throw new AppError('LINK_EXPIRED');
  return row;
}

/** For the page: whom the link is for, or LINK_EXPIRED. */
export async function describeSetupToken(token: string, now = new Date()): Promise<{ email: string; name: string }> {
  const { user } = await openToken(token, now);
  return { email: user.email, name: user.name };
}

export async function setPasswordFromToken(token: string, password: string, ip: string | null, now = new Date()) {
  const row = await openToken(token, now);
  assertStrongPassword(password, { email: row.user.email, name: row.user.name });
  const passwordHash = await hashPassword(password);
  await db().$transaction(async (tx) => {
    const spent = await tx.passwordSetupToken.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (spent.count !== 1) throw new AppError('LINK_EXPIRED');
    await tx.user.update({ where: { id: row.user.id }, data: { passwordHash, emailVerified: now } });
    // Any other open invitation for this person is void now.
    await tx.passwordSetupToken.updateMany({
      where: { userId: row.user.id, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    await recordAuditEvent(
      {
        actorId: row.user.id,
        action: 'auth.password_set',
        entityType: 'User',
        entityId: row.user.id,
        ip,
        practiceId: row.user.practiceId ?? row.user.therapist?.practiceId ?? null,
      },
      tx,
    );
  });
  return { email: row.user.email };
}
