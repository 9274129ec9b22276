'use client';
// The therapist records the patient's consent to remote monitoring, after reading them the text
// shown here (its version goes with the record). Until then no RTM code is billable.
import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent } from 'react';
import { api } from '@/app/_components/api-client';
import { useReplayEarlyChecked } from '@/app/_components/forms/replay-early-value';

export function RtmConsentForm({ patientId, text, version }: { patientId: string; text: string; version: string }) {
  const router = useRouter();
  const [agreed, setAgreed] = useState(false);
  const [error, setError] = useState('');
  const box = useRef<HTMLInputElement>(null);
  useReplayEarlyChecked(box, agreed, setAgreed);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError('');
    const res = await api('POST /api/patients/{id}/rtm-consent', { params: { id: patientId }, body: { textVersion: version } });
    if (!res.ok) {
      setError(res.message);
      return;
    }
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="stack" aria-label="Record consent to remote monitoring">
      <blockquote>{text}</blockquote>
      <p className="field">
        <label>
          <input ref={box} type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} required /> The patient
          agreed to this text
        </label>
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <p className="actions">
        <button type="submit" disabled={!agreed}>
          Record consent
        </button>
      </p>
    </form>
  );
}
