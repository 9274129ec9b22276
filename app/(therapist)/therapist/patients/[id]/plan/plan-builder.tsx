'use client';

// The plan builder: the library on one side (search and filter by condition, region, category),
// the plan on the other (each exercise with its dose, starting from the library's default), a
// template to start from, and "save as my template".
import { useRouter } from 'next/navigation';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { api } from '@/app/_components/api-client';
import { CATEGORIES, CATEGORY_LABEL, CONDITIONS, CONDITION_LABEL, REGIONS, REGION_LABEL } from '@/lib/exercises/labels';
import type { ExerciseView } from '@/lib/exercises/schemas';
import type { PlanView, TemplateView } from '@/lib/plans/schemas';

interface Item {
  exerciseId: string;
  name: string;
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
  minutes: number | null;
  timesPerDay: number;
  daysPerWeek: number;
  notes: string;
  timesOfDay: TimeOfDay[];
}

type TimeOfDay = PlanView['current']['items'][number]['timesOfDay'][number];
const TIMES: [TimeOfDay, string][] = [
  ['MORNING', 'Morning'],
  ['MIDDAY', 'Midday'],
  ['EVENING', 'Evening'],
  ['BEFORE_BED', 'Before bed'],
];

const DOSE_FIELDS: {
  key: 'sets' | 'reps' | 'holdSeconds' | 'minutes' | 'timesPerDay' | 'daysPerWeek';
  label: string;
  min: number;
  max: number;
  optional: boolean;
}[] = [
  { key: 'sets', label: 'Sets', min: 1, max: 20, optional: false },
  { key: 'reps', label: 'Reps', min: 1, max: 100, optional: true },
  { key: 'holdSeconds', label: 'Hold (s)', min: 1, max: 600, optional: true },
  { key: 'minutes', label: 'Minutes', min: 1, max: 180, optional: true },
  { key: 'timesPerDay', label: 'Times a day', min: 1, max: 10, optional: false },
  { key: 'daysPerWeek', label: 'Days a week', min: 1, max: 7, optional: false },
];

function fromExercise(e: ExerciseView): Item {
  return { exerciseId: e.id, name: e.name, ...e.defaultDosage, notes: '', timesOfDay: [] };
}

export function PlanBuilder({
  patientId,
  plan,
  exercises,
  templates,
  today,
}: {
  patientId: string;
  plan: PlanView | null;
  exercises: ExerciseView[];
  templates: TemplateView[];
  today: string;
}) {
  const router = useRouter();
  const byId = useMemo(() => new Map(exercises.map((e) => [e.id, e])), [exercises]);
  const [title, setTitle] = useState(plan?.title ?? 'Home exercise plan');
  const [startsOn, setStartsOn] = useState(plan?.current.startsOn ?? today);
  const [endsOn, setEndsOn] = useState(plan?.current.endsOn ?? '');
  const [notes, setNotes] = useState(plan?.current.notes ?? '');
  const [items, setItems] = useState<Item[]>(
    () =>
      plan?.current.items.map((i) => ({
        exerciseId: i.exerciseId,
        name: i.name,
        ...i.dosage,
        notes: i.notes,
        timesOfDay: i.timesOfDay,
      })) ?? [],
  );
  const [q, setQ] = useState('');
  const [condition, setCondition] = useState('');
  const [region, setRegion] = useState('');
  const [category, setCategory] = useState('');
  const [templateName, setTemplateName] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);

  const inPlan = new Set(items.map((i) => i.exerciseId));
  const text = q.trim().toLowerCase();
  const shown = exercises.filter(
    (e) =>
      (!condition || e.conditions.includes(condition as never)) &&
      (!region || e.region === region) &&
      (!category || e.category === category) &&
      (!text || e.name.toLowerCase().includes(text) || e.purpose.toLowerCase().includes(text)),
  );

  const add = (e: ExerciseView) => {
    setItems([...items, fromExercise(e)]);
    setStatus(`Added ${e.name}.`);
  };
  const update = (index: number, patch: Partial<Item>) =>
    setItems(items.map((it, i) => (i === index ? { ...it, ...patch } : it)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...items];
    const [it] = next.splice(index, 1);
    next.splice(index + by, 0, it!);
    setItems(next);
  };

  function applyTemplate(id: string) {
    const t = templates.find((x) => x.id === id);
    if (!t) return;
    setItems(
      t.items
        .filter((i) => byId.has(i.exerciseId))
        .map((i) => ({ exerciseId: i.exerciseId, name: i.name, ...i.dosage, notes: i.notes, timesOfDay: i.timesOfDay })),
    );
    if (!plan) setTitle(t.name);
    setStatus(`Started from "${t.name}": ${t.items.length} exercises.`);
  }

  const payloadItems = () => items.map(({ name: _name, ...rest }) => rest);

  async function save(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const body = { title, startsOn, endsOn: endsOn || null, notes, items: payloadItems() };
    const res = plan
      ? await api('POST /api/plans/{id}/versions', {
          params: { id: plan.id },
          body: { ...body, basedOnVersion: plan.current.version },
        })
      : await api('POST /api/patients/{id}/plans', { params: { id: patientId }, body });
    setBusy(false);
    if (!res.ok) {
      setError(res.message);
      errorRef.current?.focus();
      return;
    }
    router.push(`/therapist/patients/${patientId}?saved=${res.data.current.version}`);
    router.refresh();
  }

  async function saveTemplate() {
    const res = await api('POST /api/plan-templates', {
      body: { name: templateName, items: payloadItems() },
    });
    setStatus(res.ok ? `Saved your template "${res.data.name}".` : res.message);
    if (res.ok) setTemplateName('');
  }

  return (
    <div className="plan-builder">
      <p className="sr-only" role="status">
        {status}
      </p>
      <section className="card library-panel" aria-labelledby="library-heading">
        <h2 id="library-heading">Exercise library</h2>
        <div className="field">
          <label htmlFor="template">Start from a template</label>
          <select id="template" defaultValue="" onChange={(e) => applyTemplate(e.target.value)}>
            <option value="">Choose a template…</option>
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.kind === 'mine' ? `${t.name} (mine)` : t.name}
              </option>
            ))}
          </select>
        </div>
        <div className="filters">
          <div className="field">
            <label htmlFor="lib-q">Search</label>
            <input id="lib-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="e.g. bridge" />
          </div>
          <div className="field">
            <label htmlFor="lib-condition">Condition</label>
            <select id="lib-condition" value={condition} onChange={(e) => setCondition(e.target.value)}>
              <option value="">Any condition</option>
              {CONDITIONS.map((c) => (
                <option key={c} value={c}>
                  {CONDITION_LABEL[c]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="lib-region">Body region</label>
            <select id="lib-region" value={region} onChange={(e) => setRegion(e.target.value)}>
              <option value="">Any region</option>
              {REGIONS.map((r) => (
                <option key={r} value={r}>
                  {REGION_LABEL[r]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="lib-category">Category</label>
            <select id="lib-category" value={category} onChange={(e) => setCategory(e.target.value)}>
              <option value="">Any category</option>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {CATEGORY_LABEL[c]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="muted" aria-live="polite">
          {shown.length} {shown.length === 1 ? 'exercise' : 'exercises'}
        </p>
        <ul className="library-list bare">
          {shown.map((e) => (
            <li key={e.id} className="library-item">
              <img src={e.illustrationUrl} alt="" width={96} height={60} loading="lazy" />
              <div>
                <p className="library-name">{e.name}</p>
                <p className="muted small">
                  {CATEGORY_LABEL[e.category]} · {REGION_LABEL[e.region]}
                </p>
              </div>
              <button type="button" className="button-secondary button-small" disabled={inPlan.has(e.id)} onClick={() => add(e)}>
                {inPlan.has(e.id) ? 'Added' : 'Add'}
                <span className="sr-only"> {e.name}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>

      <form className="card plan-panel" onSubmit={save} aria-labelledby="plan-form-heading" noValidate>
        <h2 id="plan-form-heading">The plan</h2>
        <div className="field">
          <label htmlFor="plan-title">Title</label>
          <input id="plan-title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={120} required />
        </div>
        <div className="date-pair">
          <div className="field">
            <label htmlFor="plan-start">Starts</label>
            <input id="plan-start" type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} required />
          </div>
          <div className="field">
            <label htmlFor="plan-end">
              Ends <span className="muted">(optional)</span>
            </label>
            <input id="plan-end" type="date" value={endsOn} min={startsOn} onChange={(e) => setEndsOn(e.target.value)} />
          </div>
        </div>
        <div className="field">
          <label htmlFor="plan-notes">Notes for the patient</label>
          <textarea id="plan-notes" rows={2} value={notes} maxLength={2000} onChange={(e) => setNotes(e.target.value)} />
        </div>

        {items.length === 0 ? (
          <p className="empty">Add exercises from the library, or start from a template.</p>
        ) : (
          <ol className="plan-item-list bare">
            {items.map((it, index) => (
              <li key={it.exerciseId}>
                <fieldset className="plan-item">
                  <legend>
                    {index + 1}. {it.name}
                  </legend>
                  <div className="dose-grid">
                    {DOSE_FIELDS.map((f) => {
                      const id = `${it.exerciseId}-${f.key}`;
                      const value = it[f.key];
                      return (
                        <div key={f.key} className="field">
                          <label htmlFor={id}>
                            {f.label}
                            <span className="sr-only"> for {it.name}</span>
                          </label>
                          <input
                            id={id}
                            type="number"
                            inputMode="numeric"
                            min={f.min}
                            max={f.max}
                            value={value ?? ''}
                            placeholder={f.optional ? '–' : undefined}
                            onChange={(e) =>
                              update(index, {
                                [f.key]: e.target.value === '' ? (f.optional ? null : f.min) : Number(e.target.value),
                              })
                            }
                          />
                        </div>
                      );
                    })}
                  </div>
                  <fieldset className="times-of-day">
                    <legend>
                      When in the day<span className="sr-only"> for {it.name}</span> <span className="muted">(optional)</span>
                    </legend>
                    {TIMES.map(([t, label]) => (
                      <label key={t} className="checkbox">
                        <input
                          type="checkbox"
                          checked={it.timesOfDay.includes(t)}
                          onChange={(e) =>
                            update(index, {
                              timesOfDay: e.target.checked ? [...it.timesOfDay, t] : it.timesOfDay.filter((x) => x !== t),
                            })
                          }
                        />{' '}
                        {label}
                      </label>
                    ))}
                  </fieldset>
                  <div className="field">
                    <label htmlFor={`${it.exerciseId}-notes`}>
                      Note<span className="sr-only"> for {it.name}</span> <span className="muted">(optional)</span>
                    </label>
                    <input
                      id={`${it.exerciseId}-notes`}
                      value={it.notes}
                      maxLength={500}
                      onChange={(e) => update(index, { notes: e.target.value })}
                    />
                  </div>
                  <div className="item-actions">
                    <button
                      type="button"
                      className="button-secondary button-small"
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                    >
                      Up<span className="sr-only"> {it.name}</span>
                    </button>
                    <button
                      type="button"
                      className="button-secondary button-small"
                      disabled={index === items.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      Down<span className="sr-only"> {it.name}</span>
                    </button>
                    <button
                      type="button"
                      className="button-secondary button-small"
                      onClick={() => {
                        setItems(items.filter((_, i) => i !== index));
                        setStatus(`Removed ${it.name}.`);
                      }}
                    >
                      Remove<span className="sr-only"> {it.name}</span>
                    </button>
                  </div>
                </fieldset>
              </li>
            ))}
          </ol>
        )}
        <p ref={errorRef} className="form-error" role="alert" tabIndex={-1}>
          {error}
        </p>
        <div className="actions">
          <button type="submit" disabled={busy || items.length === 0}>
            {busy ? 'Saving…' : plan ? 'Save as a new version' : 'Save the plan'}
          </button>
        </div>
        <div className="save-template">
          <div className="field">
            <label htmlFor="template-name">Save these exercises as my template</label>
            <input
              id="template-name"
              value={templateName}
              maxLength={120}
              onChange={(e) => setTemplateName(e.target.value)}
              placeholder="Template name"
            />
          </div>
          <button
            type="button"
            className="button-secondary"
            disabled={!templateName.trim() || items.length === 0}
            onClick={saveTemplate}
          >
            Save template
          </button>
        </div>
      </form>
    </div>
  );
}
