// The patient's consent to remote therapeutic monitoring (CMS requires it before RTM services are
// billed): the treating therapist records that the patient agreed to the current text, once per
// patient. The row says who recorded it, when, and which text; it is audited with the write.
import { db, Prisma } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { assertMayReadPatient } from '../care/care-relationship';
import { recordAuditEvent } from '../audit/record-audit-event';
import { todayIn } from '../plans/calendar';
import type { RtmConsentInput, RtmConsentView } from './schemas';

/** The text the therapist reads to (or shows) the patient; a new wording gets a new version. */
export const RTM_CONSENT_TEXT = {
  version: 'rtm-2026-12',
  text:
    'Your therapist will review the exercise logs, pain and check-ins you record in Rehabit between visits, ' +
    'and may bill your insurance for this remote monitoring (which can mean a copay). You can stop at any time.',
} as const;

export async function recordRtmConsent(
  user: SessionUser,
  patientId: string,
  input: RtmConsentInput,
  now = new Date(),
): Promise<RtmConsentView> {
  const therapist = await db().therapist.findUnique({ where: { userId: user.id }, select: { practiceId: true } });
  if (!therapist) throw new AppError('FORBIDDEN', 'Only therapists can do this.');
  await assertMayReadPatient(user, patientId);
  if (input.textVersion !== RTM_CONSENT_TEXT.version) {
    throw new AppError('VALIDATION_FAILED', 'That consent text is out of date; reload the page and read the current one.');
  }
  try {
    return await db().$transaction(async (tx) => {
      const consent = await tx.rtmConsent.create({
        data: { patientId, recordedByUserId: user.id, recordedAt: now, textVersion: input.textVersion },
        select: { id: true, recordedAt: true, textVersion: true },
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
      return { recordedAt: consent.recordedAt.toISOString(), recordedBy: user.name, textVersion: consent.textVersion };
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
      throw new AppError('CONFLICT', 'Consent to remote monitoring is already recorded for this patient.');
    }
    throw err;
  }
}

/**
 * The patient's consent, for a page that has already checked access to the patient; `recordedOn`
 * is the date on the patient's calendar (the first day whose data counts).
 */
export async function findRtmConsent(patientId: string): Promise<(RtmConsentView & { recordedOn: string }) | null> {
  const consent = await db().rtmConsent.findUnique({
    where: { patientId },
    select: {
      recordedAt: true,
      textVersion: true,
      recordedBy: { select: { name: true } },
      patient: { select: { timezone: true } },
    },
  });
  if (!consent) return null;
  return {
    recordedAt: consent.recordedAt.toISOString(),
    recordedBy: consent.recordedBy.name,
    textVersion: consent.textVersion,
    recordedOn: todayIn(consent.patient.timezone, consent.recordedAt),
  };
}
