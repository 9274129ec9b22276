'use client';

// Add or edit a library exercise: steps one per line, conditions as checkboxes, a drawing chosen
// from the library's own, and the default dose a plan starts from.
import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent } from 'react';
import { api } from '@/app/_components/api-client';
import { useReplayOnce } from '@/app/_components/forms/replay-early-value';
import {
  CATEGORIES,
  CATEGORY_LABEL,
  CONDITIONS,
  CONDITION_LABEL,
  REGIONS,
  REGION_LABEL,
  isCategory,
  isRegion,
} from '@/lib/exercises/labels';
import type { ExerciseView } from '@/lib/exercises/schemas';

type Dose = ExerciseView['defaultDosage'];
const DOSE: { key: keyof Dose; label: string; optional: boolean }[] = [
  { key: 'sets', label: 'Sets', optional: false },
  { key: 'reps', label: 'Reps', optional: true },
  { key: 'holdSeconds', label: 'Hold (seconds)', optional: true },
  { key: 'minutes', label: 'Minutes', optional: true },
  { key: 'timesPerDay', label: 'Times a day', optional: false },
  { key: 'daysPerWeek', label: 'Days a week', optional: false },
];
const doseValue = (f: (typeof DOSE)[number], text: string) => (text === '' ? (f.optional ? null : 1) : Number(text));

export function ExerciseForm({
  exercise,
  illustrations,
  backTo,
}: {
  exercise: ExerciseView | null;
  illustrations: readonly string[];
  backTo: string;
}) {
  const router = useRouter();
  const [name, setName] = useState(exercise?.name ?? '');
  const [purpose, setPurpose] = useState(exercise?.purpose ?? '');
  const [steps, setSteps] = useState(exercise?.steps.join('\n') ?? '');
  const [cautions, setCautions] = useState(exercise?.cautions ?? '');
  const [region, setRegion] = useState<ExerciseView['region']>(exercise?.region ?? 'LOWER_BACK');
  const [category, setCategory] = useState<ExerciseView['category']>(exercise?.category ?? 'MOBILITY');
  const [conditions, setConditions] = useState<ExerciseView['conditions']>(exercise?.conditions ?? []);
  const [illustration, setIllustration] = useState(exercise?.illustration ?? illustrations[0] ?? '');
  const [dose, setDose] = useState<Dose>(
    exercise?.defaultDosage ?? { sets: 1, reps: 10, holdSeconds: null, minutes: null, timesPerDay: 1, daysPerWeek: 7 },
  );
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const form = useRef<HTMLFormElement>(null);
  // Typed or chosen before hydration: what the browser shows is what is saved (see replay-early-value).
  useReplayOnce(() => {
    const page = form.current;
    if (!page) return;
    const shown = (id: string) => page.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`#${id}`)?.value;
    setName(shown('ex-name') ?? name);
    setPurpose(shown('ex-purpose') ?? purpose);
    setSteps(shown('ex-steps') ?? steps);
    setCautions(shown('ex-cautions') ?? cautions);
    const shownRegion = shown('ex-region') ?? '';
    if (isRegion(shownRegion)) setRegion(shownRegion);
    const shownCategory = shown('ex-category') ?? '';
    if (isCategory(shownCategory)) setCategory(shownCategory);
    setIllustration(shown('ex-illustration') ?? illustration);
    const checked = CONDITIONS.filter(
      (c) => page.querySelector<HTMLInputElement>(`input[type="checkbox"][value="${c}"]`)?.checked,
    );
    if (checked.length !== conditions.length || checked.some((c) => !conditions.includes(c))) setConditions(checked);
    let shownDose = dose;
    for (const f of DOSE) {
      const text = shown(`ex-${f.key}`);
      if (text !== undefined) shownDose = { ...shownDose, [f.key]: doseValue(f, text) };
    }
    if (DOSE.some((f) => shownDose[f.key] !== dose[f.key])) setDose(shownDose);
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const body = {
      name,
      purpose,
      cautions,
      region,
      category,
      conditions,
      illustration,
      defaultDosage: dose,
      steps: steps
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
    };
    const res = exercise
      ? await api('PATCH /api/exercises/{id}', { params: { id: exercise.id }, body })
      : await api('POST /api/exercises', { body });
    setBusy(false);
    if (!res.ok) {
      setError(res.message);
      errorRef.current?.focus();
      return;
    }
    router.push(backTo);
    router.refresh();
  }

  return (
    <form ref={form} className="form exercise-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="ex-name">Name</label>
        <input id="ex-name" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} required />
      </div>
      <div className="field">
        <label htmlFor="ex-purpose">What it is for</label>
        <textarea
          id="ex-purpose"
          rows={2}
          maxLength={500}
          value={purpose}
          onChange={(e) => setPurpose(e.target.value)}
          required
        />
      </div>
      <div className="field">
        <label htmlFor="ex-steps">Steps</label>
        <p id="ex-steps-hint" className="hint">
          One step per line, in plain words.
        </p>
        <textarea
          id="ex-steps"
          rows={6}
          value={steps}
          aria-describedby="ex-steps-hint"
          onChange={(e) => setSteps(e.target.value)}
          required
        />
      </div>
      <div className="field">
        <label htmlFor="ex-cautions">Cautions</label>
        <textarea id="ex-cautions" rows={2} maxLength={1000} value={cautions} onChange={(e) => setCautions(e.target.value)} />
      </div>
      <div className="date-pair">
        <div className="field">
          <label htmlFor="ex-region">Body region</label>
          <select id="ex-region" value={region} onChange={(e) => isRegion(e.target.value) && setRegion(e.target.value)}>
            {REGIONS.map((r) => (
              <option key={r} value={r}>
                {REGION_LABEL[r]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ex-category">Category</label>
          <select id="ex-category" value={category} onChange={(e) => isCategory(e.target.value) && setCategory(e.target.value)}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABEL[c]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="checkbox-group">
        <legend>Suits</legend>
        {CONDITIONS.map((c) => (
          <label key={c}>
            <input
              type="checkbox"
              value={c}
              checked={conditions.includes(c)}
              onChange={(e) => setConditions(e.target.checked ? [...conditions, c] : conditions.filter((x) => x !== c))}
            />{' '}
            {CONDITION_LABEL[c]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="ex-illustration">Drawing</label>
        <select id="ex-illustration" value={illustration} onChange={(e) => setIllustration(e.target.value)}>
          {illustrations.map((i) => (
            <option key={i} value={i}>
              {i.replace(/\.svg$/, '').replaceAll('-', ' ')}
            </option>
          ))}
        </select>
        {/* The drawing chosen above, as a preview. */}
        <img src={`/exercises/${illustration}`} alt="" width={240} height={150} />
      </div>
      <fieldset className="dose-grid-fieldset">
        <legend>Default dose</legend>
        <div className="dose-grid">
          {DOSE.map((f) => (
            <div key={f.key} className="field">
              <label htmlFor={`ex-${f.key}`}>{f.label}</label>
              <input
                id={`ex-${f.key}`}
                type="number"
                inputMode="numeric"
                min={1}
                value={dose[f.key] ?? ''}
                placeholder={f.optional ? '–' : undefined}
                onChange={(e) => setDose({ ...dose, [f.key]: doseValue(f, e.target.value) })}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <p ref={errorRef} className="form-error" role="alert" tabIndex={-1}>
        {error}
      </p>
      <p>
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : exercise ? 'Save changes' : 'Add to the library'}
        </button>
      </p>
    </form>
  );
}
