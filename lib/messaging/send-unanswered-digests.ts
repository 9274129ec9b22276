// The daily 'messages.digest' job: each therapist whose patients have written and waited more than
// one business day (unanswered-rule.ts) gets one email listing those conversations, as links and
// dates only (no names, no text: PHI stays in the app). A conversation stays in the digest every
// day until the therapist writes back or the patient leaves their care. A therapist gets at most
// one digest per day of their clock: the (therapist, day) row in message_digests is claimed in the
// transaction that sends the mail, so a retry after another therapist's mail failed, or a second
// run the same day (even at the same time), sends nothing again; a mail that fails rolls its claim
// back, so the retry sends it.
import { db } from '../db';
import { inCareOfTherapists } from '../care/care-relationship';
import { sendUnansweredDigest } from '../notify/send-unanswered-digest';
import { isUnansweredTooLong } from './unanswered-rule';
import { todayIn } from '../plans/calendar';

interface Waiting {
  therapist_id: string;
  patient_id: string;
  waiting_since: Date;
}

/** Per therapist: the conversations whose oldest unanswered patient message is overdue. */
export async function findUnanswered(now = new Date()): Promise<Map<string, { patientId: string; since: Date }[]>> {
  // Patient messages with no therapist message after them; more than a day old is a cheap first cut.
  const waiting = await db().$queryRaw<Waiting[]>`
    SELECT m.therapist_id, m.patient_id, min(m.sent_at) AS waiting_since
      FROM messages m
     WHERE m.sender_role = 'PATIENT' AND m.sent_at < ${new Date(now.getTime() - 24 * 3600_000)}
       AND NOT EXISTS (SELECT 1 FROM messages r
                        WHERE r.patient_id = m.patient_id AND r.therapist_id = m.therapist_id
                          AND r.sender_role = 'THERAPIST' AND r.sent_at > m.sent_at)
     GROUP BY m.therapist_id, m.patient_id`;
  const therapistIds = [...new Set(waiting.map((w) => w.therapist_id))];
  const therapists = await db().therapist.findMany({
    where: { id: { in: therapistIds }, user: { active: true } },
    select: { id: true, timezone: true },
  });
  const byTherapist = new Map<string, { patientId: string; since: Date }[]>();
  for (const t of therapists) {
    const overdue = waiting.filter((w) => w.therapist_id === t.id && isUnansweredTooLong(w.waiting_since, now, t.timezone));
    if (overdue.length === 0) continue;
    const inCare = await db().patient.findMany({
      where: { AND: [{ id: { in: overdue.map((w) => w.patient_id) } }, inCareOfTherapists({ id: t.id })] },
      select: { id: true },
    });
    const ids = new Set(inCare.map((p) => p.id));
    const list = overdue
      .filter((w) => ids.has(w.patient_id))
      .sort((a, b) => a.waiting_since.getTime() - b.waiting_since.getTime())
      .map((w) => ({ patientId: w.patient_id, since: w.waiting_since }));
    if (list.length) byTherapist.set(t.id, list);
  }
  return byTherapist;
}

export async function sendUnansweredDigests(now = new Date()): Promise<number> {
  const unanswered = await findUnanswered(now);
  const therapists = await db().therapist.findMany({
    where: { id: { in: [...unanswered.keys()] } },
    select: { id: true, timezone: true, user: { select: { email: true, name: true } } },
  });
  let sent = 0;
  const failures: unknown[] = [];
  for (const t of therapists) {
    try {
      const claimed = await db().$transaction(
        async (tx) => {
          // A concurrent run waits on this row's key until the first commits, then skips it.
          const claim = await tx.messageDigest.createMany({
            data: { therapistId: t.id, digestOn: new Date(`${todayIn(t.timezone, now)}T00:00:00Z`), sentAt: now },
            skipDuplicates: true,
          });
          if (claim.count === 0) return false;
          await sendUnansweredDigest({
            to: t.user.email,
            name: t.user.name,
            timeZone: t.timezone,
            waiting: unanswered.get(t.id)!,
          });
          return true;
        },
        { timeout: 30_000 },
      );
      if (claimed) sent++;
    } catch (err) {
      failures.push(err);
    }
  }
  if (failures.length) throw new AggregateError(failures, `${failures.length} unanswered-message digest(s) failed`);
  return sent;
}
