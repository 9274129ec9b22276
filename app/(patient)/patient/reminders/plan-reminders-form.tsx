'use client';

// The patient's reminder choices (decision 030): per time of day their plan uses, on or off and a
// local time. Native checkboxes and time inputs, so the keyboard and screen readers work as usual.
import { useId, useRef, useState, type FormEvent } from 'react';
import { api } from '@/app/_components/api-client';
import { useReplayEarlyChecked, useReplayEarlyValue } from '@/app/_components/forms/replay-early-value';
import type { PlanRemindersView } from '@/lib/plan-reminders/schemas';

const NAMES = { MORNING: 'Morning', MIDDAY: 'Midday', EVENING: 'Evening', BEFORE_BED: 'Before bed' } as const;
const EMAIL_ME = {
  MORNING: 'Email me in the morning',
  MIDDAY: 'Email me at midday',
  EVENING: 'Email me in the evening',
  BEFORE_BED: 'Email me before bed',
} as const;

type Reminder = PlanRemindersView['reminders'][number];

function nextText(r: Reminder, timeZone: string): string {
  if (!r.enabled) return 'Off.';
  if (!r.nextAt) return 'On. None is due while you have no plan running.';
  const when = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(r.nextAt));
  return `Next: ${when}.`;
}

export function PlanRemindersForm({ initial }: { initial: PlanRemindersView }) {
  const uid = useId();
  const [view, setView] = useState(initial);
  const [draft, setDraft] = useState(initial.reminders);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const errorRef = useRef<HTMLParagraphElement>(null);
  // The plan's times, and any other time still switched on (so it can be turned off).
  const shown = draft.filter(
    (r) => view.plannedTimes.includes(r.timeOfDay) || view.reminders.find((v) => v.timeOfDay === r.timeOfDay)?.enabled,
  );

  function change(timeOfDay: Reminder['timeOfDay'], patch: Partial<Reminder>) {
    setDraft((list) => list.map((r) => (r.timeOfDay === timeOfDay ? { ...r, ...patch } : r)));
    setMessage('');
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage('');
    setBusy(true);
    const res = await api('PUT /api/me/plan-reminders', {
      body: { reminders: shown.map(({ timeOfDay, enabled, time }) => ({ timeOfDay, enabled, time })) },
    });
    setBusy(false);
    if (!res.ok) {
      setError(res.message);
      errorRef.current?.focus();
      return;
    }
    setError('');
    setView(res.data);
    setDraft(res.data.reminders);
    setMessage('Reminders saved.');
  }

  if (shown.length === 0) {
    return (
      <p className="empty">
        Your plan does not set times of day for its exercises yet. When your therapist plans them for the morning or before bed,
        you can choose reminders here.
      </p>
    );
  }

  return (
    <form className="card plan-reminders" onSubmit={submit} noValidate aria-labelledby={`${uid}-heading`}>
      <h2 id={`${uid}-heading`} className="h3">
        When to remind you
      </h2>
      {shown.map((r) => (
        <ReminderChoice
          key={r.timeOfDay}
          idPrefix={uid}
          reminder={r}
          saved={view.reminders.find((v) => v.timeOfDay === r.timeOfDay)!}
          timeZone={view.timezone}
          onChange={(patch) => change(r.timeOfDay, patch)}
        />
      ))}
      <p ref={errorRef} className="form-error" role="alert" tabIndex={-1}>
        {error}
      </p>
      <p role="status">{message}</p>
      <button type="submit" disabled={busy}>
        {busy ? 'Saving…' : 'Save reminders'}
      </button>
    </form>
  );
}

/** One time of day: on or off and its time, each switched or typed before hydration kept. */
function ReminderChoice({
  idPrefix,
  reminder: r,
  saved,
  timeZone,
  onChange,
}: {
  idPrefix: string;
  reminder: Reminder;
  saved: Reminder;
  timeZone: string;
  onChange: (patch: Partial<Reminder>) => void;
}) {
  const id = `${idPrefix}-${r.timeOfDay}`;
  const box = useRef<HTMLInputElement>(null);
  const time = useRef<HTMLInputElement>(null);
  useReplayEarlyChecked(box, r.enabled, (enabled) => onChange({ enabled }));
  useReplayEarlyValue(time, r.time, (value) => onChange({ time: value }));
  return (
    <fieldset className="checkbox-group reminder-choice">
      <legend>{NAMES[r.timeOfDay]}</legend>
      <label>
        <input ref={box} type="checkbox" checked={r.enabled} onChange={(e) => onChange({ enabled: e.target.checked })} />{' '}
        {EMAIL_ME[r.timeOfDay]}
      </label>
      <div className="field">
        <label htmlFor={id}>{NAMES[r.timeOfDay]} reminder time</label>
        <input
          ref={time}
          id={id}
          type="time"
          required
          value={r.time}
          aria-describedby={`${id}-next`}
          onChange={(e) => onChange({ time: e.target.value })}
        />
      </div>
      <p id={`${id}-next`} className="muted">
        {nextText(saved, timeZone)}
      </p>
    </fieldset>
  );
}
