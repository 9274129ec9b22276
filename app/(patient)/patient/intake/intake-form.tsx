'use client';

// The intake before a first visit: a few questions, the warning-sign screen (every question needs a
// yes or a no), a 0–10 pain rating and, if the patient wants, the Oswestry questionnaire. The server
// decides what the answers mean; this form shows what it sends back.
import { useId, useRef, useState, type FormEvent } from 'react';
import { apiRequest } from '@/app/_components/api-client';
import { IntakeResult, type SubmittedIntake } from './intake-result';

interface Option {
  key: string;
  label: string;
}
interface OdiSection {
  title: string;
  statements: string[];
}

export interface IntakeChoices {
  painAreas: Option[];
  durations: Option[];
  aggravators: Option[];
  redFlags: { key: string; question: string }[];
  odiInstructions: string;
  odiSections: OdiSection[];
}

type YesNo = 'yes' | 'no' | undefined;

function CheckboxGroup({
  name,
  legend,
  hint,
  options,
  value,
  onChange,
  error,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: Option[];
  value: string[];
  onChange: (v: string[]) => void;
  error?: string;
}) {
  const id = useId();
  return (
    <fieldset
      className="checkbox-group intake-question"
      aria-describedby={[hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="hint muted">
          {hint}
        </p>
      )}
      {options.map((o) => (
        <label key={o.key} className="odi-option">
          <input
            type="checkbox"
            name={name}
            value={o.key}
            checked={value.includes(o.key)}
            onChange={(e) => onChange(e.target.checked ? [...value, o.key] : value.filter((k) => k !== o.key))}
          />
          <span>{o.label}</span>
        </label>
      ))}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export function IntakeForm({ choices, next, virtualHref }: { choices: IntakeChoices; next: string | null; virtualHref: string }) {
  const [reason, setReason] = useState('');
  const [painAreas, setPainAreas] = useState<string[]>([]);
  const [duration, setDuration] = useState('');
  const [aggravators, setAggravators] = useState<string[]>([]);
  const [goals, setGoals] = useState('');
  const [pain, setPain] = useState<number | null>(null);
  const [flags, setFlags] = useState<Record<string, YesNo>>({});
  const [withOdi, setWithOdi] = useState(false);
  const [odi, setOdi] = useState<(number | 'skip' | undefined)[]>(() => choices.odiSections.map(() => undefined));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<SubmittedIntake | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);

  function problems(): Record<string, string> {
    const p: Record<string, string> = {};
    if (!reason.trim()) p.reason = 'Tell us in a few words why you are coming in.';
    if (painAreas.length === 0) p.painAreas = 'Choose at least one place.';
    if (!duration) p.duration = 'Choose how long you have had it.';
    if (!goals.trim()) p.goals = 'Tell us what you would like to get back to.';
    if (pain === null) p.pain = 'Choose a number from 0 to 10.';
    if (choices.redFlags.some((f) => !flags[f.key])) p.redFlags = 'Answer yes or no to each question.';
    return p;
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = problems();
    setErrors(found);
    if (Object.keys(found).length) {
      setMessage(`Please answer every question marked below (${Object.keys(found).length} to go).`);
      messageRef.current?.focus();
      return;
    }
    setBusy(true);
    setMessage('');
    const res = await apiRequest<SubmittedIntake>('/api/intakes', {
      method: 'POST',
      body: {
        reason,
        painAreas,
        duration,
        aggravators,
        goals,
        baselinePain: pain,
        redFlags: Object.fromEntries(choices.redFlags.map((f) => [f.key, flags[f.key] === 'yes'])),
        oswestryAnswers: withOdi ? odi.map((a) => (typeof a === 'number' ? a : null)) : null,
      },
    });
    setBusy(false);
    if (!res.ok) {
      setMessage(res.message);
      messageRef.current?.focus();
      return;
    }
    setResult(res.data);
  }

  if (result) return <IntakeResult intake={result} next={next} virtualHref={virtualHref} />;

  return (
    <form className="stack intake-form" onSubmit={submit} noValidate aria-label="Intake questions">
      <p ref={messageRef} className="form-error" role="alert" tabIndex={-1}>
        {message}
      </p>

      <div className="field">
        <label htmlFor="intake-reason">What brings you in?</label>
        <p id="intake-reason-hint" className="hint">
          In your own words: what hurts, and what happened.
        </p>
        <textarea
          id="intake-reason"
          rows={3}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={`intake-reason-hint${errors.reason ? ' intake-reason-error' : ''}`}
        />
        {errors.reason && (
          <p id="intake-reason-error" className="field-error">
            {errors.reason}
          </p>
        )}
      </div>

      <CheckboxGroup
        name="painAreas"
        legend="Where does it hurt?"
        hint="Choose all that apply."
        options={choices.painAreas}
        value={painAreas}
        onChange={setPainAreas}
        error={errors.painAreas}
      />

      <fieldset className="checkbox-group intake-question" aria-describedby={errors.duration ? 'duration-error' : undefined}>
        <legend>How long have you had it?</legend>
        {choices.durations.map((d) => (
          <label key={d.key} className="odi-option">
            <input type="radio" name="duration" value={d.key} checked={duration === d.key} onChange={() => setDuration(d.key)} />
            <span>{d.label}</span>
          </label>
        ))}
        {errors.duration && (
          <p id="duration-error" className="field-error">
            {errors.duration}
          </p>
        )}
      </fieldset>

      <CheckboxGroup
        name="aggravators"
        legend="What makes it worse?"
        hint="Choose all that apply, or none."
        options={choices.aggravators}
        value={aggravators}
        onChange={setAggravators}
      />

      <div className="field">
        <label htmlFor="intake-goals">What would you like to be able to do again?</label>
        <textarea
          id="intake-goals"
          rows={2}
          maxLength={2000}
          value={goals}
          onChange={(e) => setGoals(e.target.value)}
          aria-invalid={errors.goals ? true : undefined}
          aria-describedby={errors.goals ? 'intake-goals-error' : undefined}
        />
        {errors.goals && (
          <p id="intake-goals-error" className="field-error">
            {errors.goals}
          </p>
        )}
      </div>

      <fieldset className="pain-scale" aria-describedby={errors.pain ? 'pain-error' : undefined}>
        <legend>Your pain right now, from 0 (none) to 10 (worst imaginable)</legend>
        <div className="pain-options">
          {Array.from({ length: 11 }, (_, n) => (
            <label key={n} className={`pain-option pain-${n}`}>
              <input type="radio" name="baselinePain" value={n} checked={pain === n} onChange={() => setPain(n)} />
              <span>{n}</span>
            </label>
          ))}
        </div>
        {errors.pain && (
          <p id="pain-error" className="field-error">
            {errors.pain}
          </p>
        )}
      </fieldset>

      <section className="card red-flag-screen" aria-labelledby="flags-heading">
        <h2 id="flags-heading" className="h3">
          Warning signs
        </h2>
        <p>Along with your back pain, have you had any of the following? These are rare, but they need a doctor first.</p>
        {errors.redFlags && <p className="field-error">{errors.redFlags}</p>}
        {choices.redFlags.map((f) => (
          <fieldset key={f.key} className="yes-no">
            <legend>{f.question}</legend>
            {(['yes', 'no'] as const).map((answer) => (
              <label key={answer} className="odi-option">
                <input
                  type="radio"
                  name={`flag-${f.key}`}
                  value={answer}
                  checked={flags[f.key] === answer}
                  onChange={() => setFlags({ ...flags, [f.key]: answer })}
                />
                <span>{answer === 'yes' ? 'Yes' : 'No'}</span>
              </label>
            ))}
          </fieldset>
        ))}
      </section>

      <section aria-labelledby="odi-heading" className="stack">
        <h2 id="odi-heading" className="h3">
          Optional: how your back affects daily life
        </h2>
        <label className="odi-option">
          <input type="checkbox" checked={withOdi} onChange={(e) => setWithOdi(e.target.checked)} />
          <span>
            Also answer the Oswestry questionnaire (10 short questions, about 5 minutes). It gives your therapist a baseline to
            measure progress against; you can do it later instead.
          </span>
        </label>
        {withOdi && <p className="muted">{choices.odiInstructions}</p>}
        {withOdi &&
          choices.odiSections.map((s, i) => (
            <fieldset key={s.title} className="odi-section card">
              <legend>
                Section {i + 1}: {s.title}
              </legend>
              <div className="odi-options">
                {[
                  ...s.statements.map((statement, score) => ({ statement, value: score })),
                  { statement: 'Skip this section (does not apply to me)', value: 'skip' as const },
                ].map(({ statement, value }) => (
                  <label key={statement} className={`odi-option${value === 'skip' ? ' skip' : ''}`}>
                    <input
                      type="radio"
                      name={`odi-${i}`}
                      value={String(value)}
                      checked={odi[i] === value}
                      onChange={() => setOdi(odi.map((a, j) => (j === i ? value : a)))}
                    />
                    <span>{statement}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
      </section>

      <p>
        <button type="submit" disabled={busy}>
          {busy ? 'Sending…' : 'Send my answers'}
        </button>
      </p>
    </form>
  );
}
