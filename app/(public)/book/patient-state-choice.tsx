'use client';

// Video visits: where the patient will be. A therapist may treat by video only where licensed, so
// only therapists (and times) licensed in this state are offered (decision 024).
import { useId, useRef } from 'react';
import { useReplayEarlyChoice } from '@/app/_components/forms/replay-early-choice';
import { US_STATES } from '@/lib/licensure/us-states';

export function PatientStateChoice({ value, onChange }: { value: string | null; onChange: (state: string | null) => void }) {
  const id = useId();
  const root = useRef<HTMLElement>(null);
  useReplayEarlyChoice(root, value ?? '', (state) => onChange(state || null));
  return (
    <section ref={root} className="booking-step" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Where will you be during the video visit?</h2>
      <div className="field">
        <label htmlFor={`${id}-state`}>State</label>
        <select
          id={`${id}-state`}
          value={value ?? ''}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onChange(e.target.value || null)}
        >
          <option value="">Choose a state</option>
          {Object.entries(US_STATES).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
        <p id={`${id}-hint`} className="muted">
          A physical therapist may treat you by video only in a state where they are licensed, so we show only those therapists
          and their times.
        </p>
      </div>
    </section>
  );
}
