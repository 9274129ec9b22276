'use client';

// The short sleep check-in (issue 16 part 5): pain when lying down 0–10, times woken by pain,
// hours slept. Logging again the same day replaces today's.
import { useRouter } from 'next/navigation';
import { useId, useRef, useState, type FormEvent } from 'react';
import { api } from '@/app/_components/api-client';
import { useReplayEarlyChoice } from '@/app/_components/forms/replay-early-choice';
import { useReplayEarlyValue } from '@/app/_components/forms/replay-early-value';

const wokenCount = (text: string) => Math.min(20, Math.max(0, Math.round(Number(text) || 0)));
const hoursSlept = (text: string) => Math.min(24, Math.max(0, Math.round((Number(text) || 0) * 2) / 2));

export function SleepCheckInCard() {
  const router = useRouter();
  const uid = useId();
  const [pain, setPain] = useState<number | null>(null);
  const [woken, setWoken] = useState(0);
  const [hours, setHours] = useState(7);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const errorRef = useRef<HTMLParagraphElement>(null);
  // Chosen before hydration: what the browser shows is what is saved (see replay-early-value).
  const painRef = useRef<HTMLFieldSetElement>(null);
  const wokenRef = useRef<HTMLInputElement>(null);
  const hoursRef = useRef<HTMLInputElement>(null);
  useReplayEarlyChoice(painRef, pain === null ? '' : String(pain), (n) => setPain(Number(n)));
  useReplayEarlyValue(wokenRef, String(woken), (text) => setWoken(wokenCount(text)));
  useReplayEarlyValue(hoursRef, String(hours), (text) => setHours(hoursSlept(text)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage('');
    if (pain === null) {
      setError('Choose how much it hurt lying down, from 0 (no pain) to 10.');
      errorRef.current?.focus();
      return;
    }
    setBusy(true);
    const res = await api('POST /api/sleep-check-ins', {
      body: { painLyingDown: pain, timesWoken: woken, hoursSlept: hours },
    });
    setBusy(false);
    if (!res.ok) {
      setError(res.message);
      errorRef.current?.focus();
      return;
    }
    setError('');
    setMessage('Sleep check-in saved. Your therapist will see how your nights are going.');
    router.refresh();
  }

  return (
    <section className="card sleep-check-in" aria-labelledby={`${uid}-heading`}>
      <h3 id={`${uid}-heading`}>Last night</h3>
      <form onSubmit={submit} noValidate>
        <fieldset className="pain-scale" ref={painRef}>
          <legend>
            Pain when lying down <span className="muted">(0 = none, 10 = worst)</span>
          </legend>
          <div className="pain-options">
            {Array.from({ length: 11 }, (_, n) => (
              <label key={n} className={`pain-option pain-${n}`}>
                <input
                  type="radio"
                  name={`${uid}-pain`}
                  value={n}
                  checked={pain === n}
                  onChange={() => {
                    setPain(n);
                    setError('');
                  }}
                />
                <span>{n}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="stepper-pair">
          <div className="field">
            <label htmlFor={`${uid}-woken`}>Times woken by pain</label>
            <input
              ref={wokenRef}
              id={`${uid}-woken`}
              type="number"
              inputMode="numeric"
              min={0}
              max={20}
              value={woken}
              onChange={(e) => setWoken(wokenCount(e.target.value))}
            />
          </div>
          <div className="field">
            <label htmlFor={`${uid}-hours`}>Hours slept</label>
            <input
              ref={hoursRef}
              id={`${uid}-hours`}
              type="number"
              inputMode="decimal"
              min={0}
              max={24}
              step={0.5}
              value={hours}
              onChange={(e) => setHours(hoursSlept(e.target.value))}
            />
          </div>
        </div>
        <p ref={errorRef} className="form-error" role="alert" tabIndex={-1}>
          {error}
        </p>
        <p role="status" className="log-status">
          {message}
        </p>
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save sleep check-in'}
        </button>
      </form>
    </section>
  );
}
