'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api } from '@/app/_components/api-client';

/** Ends the plan after a confirmation; its discharge questionnaires then become due. */
export function EndPlanButton({ planId }: { planId: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  async function end() {
    const res = await api('POST /api/plans/{id}/end', { params: { id: planId } });
    if (!res.ok) {
      setError(res.message);
      return;
    }
    setConfirming(false);
    router.refresh();
  }
  if (!confirming)
    return (
      <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
        End the plan
      </button>
    );
  return (
    <div className="inline-confirm" role="group" aria-label="End the plan">
      <p>End this plan today? The patient will be asked for their discharge questionnaires.</p>
      <button type="button" onClick={end}>
        Yes, end it
      </button>{' '}
      <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
        Keep it
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
