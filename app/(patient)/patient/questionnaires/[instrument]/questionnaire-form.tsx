'use client';

// The Oswestry questionnaire (ten sections, one statement each, any section may be skipped) or
// the 0–10 pain rating. The server scores it; this page shows the result it sends back.
import Link from 'next/link';
import { useRef, useState, type FormEvent } from 'react';
import { api } from '@/app/_components/api-client';

interface Section {
  title: string;
  statements: string[];
}
interface Score {
  score: number;
  bandLabel: string;
  instrument: 'ODI' | 'NPRS';
}

export function QuestionnaireForm({
  planId,
  instrument,
  instructions,
  sections,
}: {
  planId: string;
  instrument: 'ODI' | 'NPRS';
  instructions: string;
  sections: Section[];
}) {
  // The choices are read from the form itself when it is sent (uncontrolled radios), so a choice
  // made before the page finished loading (before hydration) still counts.
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Score | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const rating = chosenNumber(form.get('rating'));
    const body =
      instrument === 'ODI'
        ? { planId, instrument, answers: sections.map((_, i) => chosenNumber(form.get(`section-${i}`))) }
        : rating === null
          ? null
          : { planId, instrument, rating };
    if (!body) {
      setError('Choose a number from 0 to 10.');
      errorRef.current?.focus();
      return;
    }
    setBusy(true);
    const res = await api('POST /api/outcome-scores', { body });
    setBusy(false);
    if (!res.ok) {
      setError(res.message);
      errorRef.current?.focus();
      return;
    }
    setResult(res.data);
    requestAnimationFrame(() => resultRef.current?.focus());
  }

  if (result) {
    return (
      <div ref={resultRef} className="notice notice-success" role="status" tabIndex={-1}>
        <p>Thank you. Your therapist will see your answers.</p>
        <p>
          <strong>{result.instrument === 'ODI' ? `${result.score} %` : `${result.score}/10`}</strong> · {result.bandLabel}
        </p>
        <p>
          <Link href="/patient">Back to your dashboard</Link>
        </p>
      </div>
    );
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p className="lead">{instructions}</p>
      {instrument === 'ODI' ? (
        sections.map((s, i) => (
          <fieldset key={s.title} className="odi-section card">
            <legend>
              Section {i + 1}: {s.title}
            </legend>
            <div className="odi-options">
              {s.statements.map((statement, score) => (
                <label key={statement} className="odi-option">
                  <input type="radio" name={`section-${i}`} value={score} />
                  <span>{statement}</span>
                </label>
              ))}
              <label className="odi-option skip">
                <input type="radio" name={`section-${i}`} value="skip" />
                <span>Skip this section (does not apply to me)</span>
              </label>
            </div>
          </fieldset>
        ))
      ) : (
        <fieldset className="pain-scale">
          <legend>Your pain right now</legend>
          <div className="pain-options">
            {Array.from({ length: 11 }, (_, n) => (
              <label key={n} className={`pain-option pain-${n}`}>
                <input type="radio" name="rating" value={n} onChange={() => setError('')} />
                <span>{n}</span>
              </label>
            ))}
          </div>
          <p className="pain-ends muted">
            <span>0 · No pain</span>
            <span>10 · Worst imaginable</span>
          </p>
        </fieldset>
      )}
      <p ref={errorRef} className="form-error" role="alert" tabIndex={-1}>
        {error}
      </p>
      <p>
        <button type="submit" disabled={busy}>
          {busy ? 'Sending…' : 'Send my answers'}
        </button>
      </p>
    </form>
  );
}

/** A radio group's value as a whole number, or null when nothing (or "skip") was chosen. */
function chosenNumber(value: FormDataEntryValue | null): number | null {
  return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : null;
}
