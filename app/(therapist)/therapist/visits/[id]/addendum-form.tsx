'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { api } from '@/app/_components/api-client';
import { useReplayEarlyValue } from '@/app/_components/forms/replay-early-value';

/** Adds a correction to a signed note; it is listed under the note with its author and time. */
export function AddendumForm({ appointmentId }: { appointmentId: string }) {
  const router = useRouter();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  useReplayEarlyValue(field, text, setText);
  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError('');
    const res = await api('POST /api/appointments/{id}/note/addenda', { params: { id: appointmentId }, body: { text } });
    setBusy(false);
    if (!res.ok) {
      setError(res.message);
      return;
    }
    setText('');
    router.refresh();
  }
  return (
    <form onSubmit={onSubmit} className="addendum-form">
      <div className="field">
        <label htmlFor="addendum-text">Add an addendum</label>
        <p id="addendum-text-hint" className="hint">
          A correction or addition. It is signed with your name and the time, and cannot be changed.
        </p>
        <textarea
          ref={field}
          id="addendum-text"
          name="text"
          rows={3}
          maxLength={10_000}
          required
          value={text}
          aria-describedby="addendum-text-hint"
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy || !text.trim()}>
          Add addendum
        </button>
      </div>
    </form>
  );
}
