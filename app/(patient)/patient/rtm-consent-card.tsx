// The patient's consent to remote monitoring, once their therapist has recorded one: what they
// agreed to, and the way to withdraw it (or, after a withdrawal, that nothing counts any more).
import { shortDate } from '@/app/_components/plans/short-date';
import { WithdrawRtmConsentButton } from '@/app/_components/rtm/withdraw-rtm-consent-button';
import type { findRtmConsent } from '@/lib/rtm/rtm-consent';

type Consent = NonNullable<Awaited<ReturnType<typeof findRtmConsent>>>;

export function RtmConsentCard({ patientId, consent }: { patientId: string; consent: Consent }) {
  return (
    <section className="card" aria-labelledby="rtm-consent-heading">
      <h2 id="rtm-consent-heading">Remote monitoring</h2>
      {consent.withdrawnOn ? (
        <p data-testid="rtm-consent-state">
          You withdrew your consent on {shortDate(consent.withdrawnOn)}: your therapist no longer bills for reviewing what you
          record between visits. If you change your mind, tell your therapist.
        </p>
      ) : (
        <>
          <p data-testid="rtm-consent-state">
            Since {shortDate(consent.recordedOn)} your therapist reviews the exercise logs, pain and check-ins you record here,
            and may bill your insurance for it (you agreed on that day, recorded by {consent.recordedBy}). You can stop at any
            time.
          </p>
          <WithdrawRtmConsentButton patientId={patientId} />
        </>
      )}
    </section>
  );
}
