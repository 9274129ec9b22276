'use client';

// "End visit" for the therapist, with one confirmation: it closes the room for both.
import { useState, type RefObject } from 'react';
import { api } from '@/app/_components/api-client';
import type { VideoSummary } from '@/lib/video/schemas';

export function EndVisitButton({
  appointmentId,
  ending,
  onEnded,
}: {
  appointmentId: string;
  ending: RefObject<boolean>;
  onEnded: (summary: VideoSummary) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState('');

  async function end() {
    setPending(true);
    setError('');
    // The server closes the room; our own disconnect that follows is expected, not "connection lost".
    ending.current = true;
    const res = await api('POST /api/appointments/{id}/video-end', { params: { id: appointmentId } });
    setPending(false);
    if (res.ok) {
      onEnded(res.data);
      return;
    }
    ending.current = false;
    setError(res.message);
  }

  if (!confirming)
    return (
      <button type="button" className="button-danger" onClick={() => setConfirming(true)}>
        End visit
      </button>
    );
  return (
    <span className="end-visit-confirm" role="group" aria-label="End the visit for both of you?">
      <span>End the visit for both of you?</span>
      <button type="button" className="button-danger" onClick={() => void end()} disabled={pending}>
        {pending ? 'Ending…' : 'Yes, end visit'}
      </button>
      <button type="button" className="button-secondary" onClick={() => setConfirming(false)} disabled={pending}>
        Keep going
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
