'use client';
// Treatment-management time for RTM: a visible timer (start it while reviewing data or answering
// messages; stopping fills in the minutes) and a manual entry with its reason.
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '@/app/_components/api-client';
import { useReplayEarlyValue } from '@/app/_components/forms/replay-early-value';

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

export function RtmTimeForm({ patientId }: { patientId: string }) {
  const router = useRouter();
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const [minutes, setMinutes] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  const minutesField = useRef<HTMLInputElement>(null);
  const reasonField = useRef<HTMLInputElement>(null);
  useReplayEarlyValue(minutesField, minutes, setMinutes);
  useReplayEarlyValue(reasonField, reason, setReason);

  useEffect(() => {
    if (startedAt === null) return;
    const timer = setInterval(() => setElapsed(Math.floor((Date.now() - startedAt) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [startedAt]);

  function toggle() {
    if (startedAt === null) {
      setStartedAt(Date.now());
      setElapsed(0);
      setSaved('');
      return;
    }
    const spent = Math.max(1, Math.round((Date.now() - startedAt) / 60_000));
    setStartedAt(null);
    setMinutes(String(spent));
    if (!reason) setReason('Timer: reviewed data and messages');
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError('');
    setSaved('');
    const res = await api('POST /api/patients/{id}/rtm-time', {
      params: { id: patientId },
      body: { minutes: Number(minutes), reason },
    });
    if (!res.ok) {
      setError(res.message);
      return;
    }
    setSaved(`Recorded ${res.data.minutes} ${res.data.minutes === 1 ? 'minute' : 'minutes'}.`);
    setMinutes('');
    setReason('');
    router.refresh();
  }

  return (
    <div className="stack">
      <p className="actions">
        <button type="button" className="button-secondary" onClick={toggle} aria-pressed={startedAt !== null}>
          {startedAt === null ? 'Start the timer' : 'Stop the timer'}
        </button>{' '}
        <span role="timer" aria-label="Time on this patient" data-testid="rtm-timer">
          {clock(elapsed)}
        </span>
      </p>
      <form onSubmit={submit} className="stack" aria-label="Record management time">
        <div className="field">
          <label htmlFor="rtm-minutes">Minutes</label>
          <input
            ref={minutesField}
            id="rtm-minutes"
            type="number"
            min={1}
            max={240}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            required
          />
        </div>
        <div className="field">
          <label htmlFor="rtm-reason">What you did</label>
          <input
            ref={reasonField}
            id="rtm-reason"
            type="text"
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
          />
        </div>
        <p className="actions">
          <button type="submit">Record time</button>
        </p>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        {saved && (
          <p className="notice notice-success" role="status">
            {saved}
          </p>
        )}
      </form>
    </div>
  );
}
