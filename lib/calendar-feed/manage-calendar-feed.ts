// A therapist turns their feed on, replaces its secret (the old URL stops working at once), or
// turns it off. The full URL is returned once, on creation; only its hash is kept.
import { db } from '../db';
import { env } from '../env';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { therapistOf } from '../plans/therapist-of';
import { feedPath, hashFeedToken, newFeedToken } from './feed-token';

export async function calendarFeedIsOn(user: SessionUser): Promise<boolean> {
  const t = await db().therapist.findUnique({ where: { userId: user.id }, select: { calendarTokenHash: true } });
  return Boolean(t?.calendarTokenHash);
}

export async function rotateCalendarFeed(user: SessionUser): Promise<{ url: string; replaced: boolean }> {
  const therapist = await therapistOf(user);
  const token = newFeedToken();
  const replaced = await db().$transaction(async (tx) => {
    const before = await tx.therapist.findUniqueOrThrow({ where: { id: therapist.id }, select: { calendarTokenHash: true } });
    await tx.therapist.update({ where: { id: therapist.id }, data: { calendarTokenHash: hashFeedToken(token) } });
    await recordAuditEvent(
      {
        actorId: user.id,
        action: before.calendarTokenHash ? 'calendar_feed.rotate' : 'calendar_feed.create',
        entityType: 'Therapist',
        entityId: therapist.id,
        practiceId: therapist.practiceId,
      },
      tx,
    );
    return before.calendarTokenHash !== null;
  });
  return { url: `${env().NEXTAUTH_URL.replace(/\/$/, '')}${feedPath(token)}`, replaced };
}

export async function disableCalendarFeed(user: SessionUser): Promise<void> {
  const therapist = await therapistOf(user);
  await db().$transaction(async (tx) => {
    await tx.therapist.update({ where: { id: therapist.id }, data: { calendarTokenHash: null } });
    await recordAuditEvent(
      {
        actorId: user.id,
        action: 'calendar_feed.disable',
        entityType: 'Therapist',
        entityId: therapist.id,
        practiceId: therapist.practiceId,
      },
      tx,
    );
  });
}
