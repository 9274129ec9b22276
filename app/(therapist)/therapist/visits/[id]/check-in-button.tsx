'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api } from '@/app/_components/api-client';

/** Checks the patient in (POST /api/appointments/{id}/check-in), then shows the page again. */
export function CheckInButton({ appointmentId }: { appointmentId: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  async function checkIn() {
    setBusy(true);
    setError('');
    const res = await api('POST /api/appointments/{id}/check-in', { params: { id: appointmentId } });
    setBusy(false);
    if (!res.ok) {
      setError(res.message);
      return;
    }
    router.refresh();
  }
  return (
    <>
      <button type="button" onClick={checkIn} disabled={busy}>
        {busy ? 'Checking in…' : 'Check in'}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
