// The patient's consent to remote therapeutic monitoring (CMS requires it before RTM services are
// billed): the treating therapist records that the patient agreed to the current text. The row
// says who recorded it, when, and which text; it is audited with the write. A consent can be
// withdrawn (withdraw-rtm-consent.ts) and then recorded again, as a new row: at most one is in
// force (a partial unique index). Not asked where the therapist's practice switched RTM off.
import { db, Prisma } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { assertMayReadPatient } from '../care/care-relationship';
import { recordAuditEvent } from '../audit/record-audit-event';
import { todayIn } from '../plans/calendar';
import { assertPracticeRtmEnabled } from './practice-rtm-enabled';
import type { RtmConsentInput, RtmConsentView } from './schemas';
import { RTM_CONSENT_TEXT } from './consent-text';

export { RTM_CONSENT_TEXT } from './consent-text';

export const consentSelect = {
  id: true,
  recordedAt: true,
  textVersion: true,
  withdrawnAt: true,
  recordedBy: { select: { name: true } },
  withdrawnBy: { select: { name: true } },
} as const satisfies Prisma.RtmConsentSelect;

type ConsentRow = Prisma.RtmConsentGetPayload<{ select: typeof consentSelect }>;

export function consentView(row: ConsentRow): RtmConsentView {
  return {
    recordedAt: row.recordedAt.toISOString(),
    recordedBy: row.recordedBy.name,
    textVersion: row.textVersion,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    withdrawnBy: row.withdrawnBy?.name ?? null,
  };
}

export async function recordRtmConsent(
  user: SessionUser,
  patientId: string,
  input: RtmConsentInput,
  now = new Date(),
): Promise<RtmConsentView> {
  const therapist = await db().therapist.findUnique({ where: { userId: user.id }, select: { practiceId: true } });
  if (!therapist) throw new AppError('FORBIDDEN', 'Only therapists can do this.');
  await assertMayReadPatient(user, patientId);
  await assertPracticeRtmEnabled(therapist.practiceId);
  if (input.textVersion !== RTM_CONSENT_TEXT.version) {
    throw new AppError('VALIDATION_FAILED', 'That consent text is out of date; reload the page and read the current one.');
  }
  const inForce = new AppError('CONFLICT', 'Consent to remote monitoring is already recorded for this patient.');
  try {
    return await db().$transaction(async (tx) => {
      if (await tx.rtmConsent.count({ where: { patientId, withdrawnAt: null } })) throw inForce;
      const consent = await tx.rtmConsent.create({
        data: { patientId, recordedByUserId: user.id, recordedAt: now, textVersion: input.textVersion },
        select: consentSelect,
      });
      await recordAuditEvent(
        {
          actorId: user.id,
          action: 'rtm.consent.record',
          entityType: 'rtm_consent',
          entityId: consent.id,
          patientId,
          practiceId: therapist.practiceId,
          data: { textVersion: consent.textVersion },
        },
        tx,
      );
      return consentView(consent);
    });
  } catch (err) {
    // Two therapists recording at once: the partial unique index keeps one.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') throw inForce;
    throw err;
  }
}

/**
 * The patient's latest consent (in force, or the last one withdrawn), for a page that has already
 * checked access to the patient; `recordedOn` and `withdrawnOn` are dates on the patient's calendar.
 */
export async function findRtmConsent(
  patientId: string,
): Promise<(RtmConsentView & { recordedOn: string; withdrawnOn: string | null }) | null> {
  const consent = await db().rtmConsent.findFirst({
    where: { patientId },
    orderBy: { recordedAt: 'desc' },
    select: { ...consentSelect, patient: { select: { timezone: true } } },
  });
  if (!consent) return null;
  const zone = consent.patient.timezone;
  return {
    ...consentView(consent),
    recordedOn: todayIn(zone, consent.recordedAt),
    withdrawnOn: consent.withdrawnAt ? todayIn(zone, consent.withdrawnAt) : null,
  };
}

/** A signed-in patient's own consent, for their dashboard (null when none was ever recorded). */
export async function findOwnRtmConsent(user: SessionUser) {
  const patient = await db().patient.findUnique({ where: { userId: user.id }, select: { id: true } });
  if (!patient) return null;
  const consent = await findRtmConsent(patient.id);
  return consent ? { patientId: patient.id, consent } : null;
}
