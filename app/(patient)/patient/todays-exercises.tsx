'use client';

// Today's exercises as a checklist, each with its steps and drawing one tap away and a log form
// made for one thumb: big steppers, a 0–10 pain row, three difficulty buttons, Save at the bottom.
import { useRouter } from 'next/navigation';
import { PageLink } from '@/app/_components/page-link';
import { useId, useRef, useState, type FormEvent } from 'react';
import { api } from '@/app/_components/api-client';
import { ExerciseHowTo } from '@/app/_components/plans/exercise-how-to';
import type { ChecklistItemView } from '@/lib/plans/dashboard-schemas';

type Difficulty = 'EASY' | 'ABOUT_RIGHT' | 'TOO_HARD';
const DIFFICULTIES: [Difficulty, string][] = [
  ['EASY', 'Easy'],
  ['ABOUT_RIGHT', 'About right'],
  ['TOO_HARD', 'Too hard'],
];
type TimeOfDay = ChecklistItemView['timesOfDay'][number];
const TIME_LABEL: Record<TimeOfDay, string> = {
  MORNING: 'Morning',
  MIDDAY: 'Midday',
  EVENING: 'Evening',
  BEFORE_BED: 'Before bed',
};

function stateText(item: ChecklistItemView): string {
  if (item.state === 'done')
    return item.dosage.timesPerDay > 1 ? `Done today (${item.doneToday} of ${item.dosage.timesPerDay})` : 'Done today';
  if (item.state === 'week-done') return 'Done for this week';
  if (item.doneToday > 0) return `${item.doneToday} of ${item.dosage.timesPerDay} today`;
  return item.dosage.timesPerDay > 1 ? `${item.dosage.timesPerDay} times today` : 'To do today';
}

export function TodaysExercises({ planId, items }: { planId: string; items: ChecklistItemView[] }) {
  const [openFor, setOpenFor] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const status = useRef<HTMLParagraphElement>(null);
  const done = items.filter((i) => i.state !== 'todo').length;
  return (
    <>
      <p className="checklist-summary">
        {done} of {items.length} done today
      </p>
      <p ref={status} className="log-status" role="status" tabIndex={-1}>
        {message}
      </p>
      <ol className="checklist bare">
        {items.map((item) => (
          <li key={item.exerciseId} className={`checklist-item state-${item.state}`}>
            <div className="checklist-head">
              <span className="check" aria-hidden="true">
                {item.state === 'todo' ? '' : '✓'}
              </span>
              <h3 id={`ex-${item.exerciseId}`}>{item.name}</h3>
              <span className="badge">{stateText(item)}</span>
            </div>
            <p className="dosage">{item.dosageText}</p>
            {item.notes && (
              <p className="therapist-note">
                <strong>From your therapist: </strong>
                {item.notes}
              </p>
            )}
            <ExerciseHowTo exercise={item} />
            <p>
              <PageLink href={`/patient/messages?about=${item.exerciseId}`}>Ask your therapist about {item.name}</PageLink>
            </p>
            {openFor === item.exerciseId ? (
              <LogForm
                planId={planId}
                item={item}
                onDone={(text) => {
                  setOpenFor(null);
                  if (text) {
                    setMessage(text);
                    status.current?.focus();
                  }
                }}
              />
            ) : (
              <button
                type="button"
                className="button log-button"
                onClick={() => {
                  setMessage('');
                  setOpenFor(item.exerciseId);
                }}
              >
                Log a session<span className="sr-only"> of {item.name}</span>
              </button>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

function Stepper({
  label,
  value,
  onChange,
  min,
  max,
}: {
  label: string;
  value: number;
  onChange: (n: number) => void;
  min: number;
  max: number;
}) {
  const id = useId();
  return (
    <div className="stepper">
      <label htmlFor={id}>{label}</label>
      <div className="stepper-row">
        <button
          type="button"
          className="button-secondary"
          aria-label={`Fewer ${label.toLowerCase()}`}
          disabled={value <= min}
          onClick={() => onChange(Math.max(min, value - 1))}
        >
          −
        </button>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          value={value}
          onChange={(e) => onChange(Math.min(max, Math.max(min, Number(e.target.value) || 0)))}
        />
        <button
          type="button"
          className="button-secondary"
          aria-label={`More ${label.toLowerCase()}`}
          disabled={value >= max}
          onClick={() => onChange(Math.min(max, value + 1))}
        >
          +
        </button>
      </div>
    </div>
  );
}

function LogForm({ planId, item, onDone }: { planId: string; item: ChecklistItemView; onDone: (message: string) => void }) {
  const router = useRouter();
  const [sets, setSets] = useState(item.dosage.sets);
  const [reps, setReps] = useState(item.dosage.reps ?? 0);
  const [pain, setPain] = useState<number | null>(null);
  const [difficulty, setDifficulty] = useState<Difficulty>('ABOUT_RIGHT');
  const [comment, setComment] = useState('');
  const [timeOfDay, setTimeOfDay] = useState<TimeOfDay | null>(item.timesOfDay[0] ?? null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const uid = useId();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (pain === null) {
      setError('Choose how much it hurt, from 0 (no pain) to 10.');
      errorRef.current?.focus();
      return;
    }
    setBusy(true);
    const res = await api('POST /api/exercise-logs', {
      body: {
        planId,
        exerciseId: item.exerciseId,
        setsDone: sets,
        repsDone: item.dosage.reps === null ? null : reps,
        pain,
        difficulty,
        comment: comment.trim() || null,
        timeOfDay,
      },
    });
    setBusy(false);
    if (!res.ok) {
      setError(res.message);
      errorRef.current?.focus();
      return;
    }
    router.refresh();
    const high = pain >= 8 ? ' Your therapist will see that it hurt a lot; if pain stays this high, call the clinic.' : '';
    onDone(`Logged ${item.name} (pain ${pain}/10).${high}`);
  }

  return (
    <form className="log-form" onSubmit={submit} aria-label={`Log a session of ${item.name}`} noValidate>
      <div className="stepper-pair">
        <Stepper label="Sets" value={sets} onChange={setSets} min={0} max={20} />
        {item.dosage.reps !== null && <Stepper label="Reps" value={reps} onChange={setReps} min={0} max={500} />}
      </div>
      {item.timesOfDay.length > 0 && (
        <fieldset className="difficulty">
          <legend>Which time is this for?</legend>
          <div className="difficulty-options">
            {item.timesOfDay.map((t) => (
              <label key={t} className="difficulty-option">
                <input type="radio" name={`${uid}-time`} value={t} checked={timeOfDay === t} onChange={() => setTimeOfDay(t)} />
                <span>{TIME_LABEL[t]}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <fieldset className="pain-scale">
        <legend>
          Pain during or after <span className="muted">(0 = none, 10 = worst)</span>
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
      <fieldset className="difficulty">
        <legend>How hard was it?</legend>
        <div className="difficulty-options">
          {DIFFICULTIES.map(([value, label]) => (
            <label key={value} className="difficulty-option">
              <input
                type="radio"
                name={`${uid}-difficulty`}
                value={value}
                checked={difficulty === value}
                onChange={() => setDifficulty(value)}
              />
              <span>{label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${uid}-comment`}>
          Comment <span className="muted">(optional)</span>
        </label>
        <textarea id={`${uid}-comment`} rows={2} maxLength={1000} value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      <p ref={errorRef} className="form-error" role="alert" tabIndex={-1}>
        {error}
      </p>
      <div className="log-actions">
        <button type="button" className="button-secondary" onClick={() => onDone('')}>
          Cancel
        </button>
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
