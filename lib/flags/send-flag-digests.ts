// The daily 'flags.digest' job: raise the day's low-adherence flags, then mail each therapist the
// flags on their plans that no digest has carried yet. Flags are claimed (digested_at) before the
// mail goes out and handed back if it fails, so a rerun sends each flag once.
import { db } from '../db';
import { sendFlagDigest } from '../notify/send-flag-digest';
import { FLAG_LABEL } from './schemas';
import { raiseAdherenceFlags } from './raise-adherence-flags';

export async function sendFlagDigests(now = new Date()): Promise<number> {
  await raiseAdherenceFlags(now);
  const therapists = await db().therapist.findMany({
    where: { user: { active: true }, exercisePlans: { some: { flags: { some: { digestedAt: null, acknowledgedAt: null } } } } },
    select: { id: true, user: { select: { email: true, name: true } } },
  });
  let sent = 0;
  const failures: unknown[] = [];
  for (const t of therapists) {
    const claimed = await db().$queryRaw<{ id: string }[]>`
      UPDATE patient_flags f SET digested_at = ${now}
        FROM exercise_plans p
       WHERE p.id = f.plan_id AND p.therapist_id = ${t.id} AND f.digested_at IS NULL AND f.acknowledged_at IS NULL
      RETURNING f.id`;
    if (claimed.length === 0) continue;
    const ids = claimed.map((c) => c.id);
    try {
      const [flags, stillOpen] = await Promise.all([
        db().patientFlag.findMany({
          where: { id: { in: ids } },
          orderBy: { raisedAt: 'asc' },
          select: { kind: true, detail: true, patient: { select: { id: true, user: { select: { name: true } } } } },
        }),
        db().patientFlag.count({ where: { acknowledgedAt: null, id: { notIn: ids }, plan: { therapistId: t.id } } }),
      ]);
      await sendFlagDigest({
        to: t.user.email,
        name: t.user.name,
        stillOpen,
        flags: flags.map((f) => ({
          patientId: f.patient.id,
          patientName: f.patient.user.name,
          label: FLAG_LABEL[f.kind],
          detail: f.detail,
        })),
      });
      sent++;
    } catch (err) {
      await db().patientFlag.updateMany({ where: { id: { in: ids }, digestedAt: now }, data: { digestedAt: null } });
      failures.push(err);
    }
  }
  if (failures.length) throw new AggregateError(failures, `${failures.length} flag digest(s) failed`);
  return sent;
}
