'use client';
// Withdraws the consent to remote monitoring in force: the patient on their dashboard, or the
// therapist for them on the patient page. Asks once more before it acts.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api } from '@/app/_components/api-client';

export function WithdrawRtmConsentButton({ patientId, onBehalf = false }: { patientId: string; onBehalf?: boolean }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');

  async function withdraw() {
    setError('');
    const res = await api('POST /api/patients/{id}/rtm-consent/withdrawal', { params: { id: patientId } });
    if (!res.ok) {
      setError(res.message);
      return;
    }
    setConfirming(false);
    router.refresh();
  }

  return (
    <div className="stack">
      {confirming ? (
        <p className="actions">
          <span>{onBehalf ? 'The patient withdraws their consent?' : 'Stop remote monitoring?'}</span>{' '}
          <button type="button" onClick={withdraw}>
            Yes, withdraw consent
          </button>{' '}
          <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </p>
      ) : (
        <p className="actions">
          <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
            {onBehalf ? 'Record a withdrawal of consent' : 'Withdraw my consent'}
          </button>
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
