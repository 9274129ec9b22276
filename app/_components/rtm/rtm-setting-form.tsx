'use client';
// A practice admin's RTM switches: does the practice run RTM at all, and do message exchanges count
// as the interactive communication of 98980?
import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent } from 'react';
import { api } from '@/app/_components/api-client';
import { useReplayEarlyChecked } from '@/app/_components/forms/replay-early-value';

export function RtmSettingForm({
  practiceId,
  rtmEnabled,
  messagesCountAsInteractive,
}: {
  practiceId: string;
  rtmEnabled: boolean;
  messagesCountAsInteractive: boolean;
}) {
  const router = useRouter();
  const [enabled, setEnabled] = useState(rtmEnabled);
  const [on, setOn] = useState(messagesCountAsInteractive);
  const [status, setStatus] = useState('');
  const enabledBox = useRef<HTMLInputElement>(null);
  const onBox = useRef<HTMLInputElement>(null);
  useReplayEarlyChecked(enabledBox, enabled, setEnabled);
  useReplayEarlyChecked(onBox, on, setOn);
  const [error, setError] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError('');
    setStatus('');
    const res = await api('PATCH /api/admin/practices/{id}/rtm-settings', {
      params: { id: practiceId },
      body: { rtmEnabled: enabled, messagesCountAsInteractive: on },
    });
    if (!res.ok) {
      setError(res.message);
      return;
    }
    setStatus('Saved.');
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="card stack" aria-label="Remote monitoring settings">
      <p className="field">
        <label>
          <input ref={enabledBox} type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} /> Offer remote
          therapeutic monitoring in this practice
        </label>
      </p>
      <p className="hint">
        Off: your patients leave this report, therapists neither record consent nor time for them, and no code is billed.
      </p>
      <p className="field">
        <label>
          <input ref={onBox} type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} /> Count a message exchange
          (patient and therapist both wrote in the month) as interactive communication
        </label>
      </p>
      <p className="hint">Off: only completed video visits count, as CMS reads it for Medicare.</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <p className="actions">
        <button type="submit">Save</button> <span role="status">{status}</span>
      </p>
    </form>
  );
}
