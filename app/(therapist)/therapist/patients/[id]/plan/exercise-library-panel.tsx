// The library side of the plan builder: a template to start from, search and filters (condition,
// region, category), and Add for each exercise not yet in the plan.
import { useRef, useState } from 'react';
import { useReplayEarlyChoice } from '@/app/_components/forms/replay-early-choice';
import { useReplayEarlyValue } from '@/app/_components/forms/replay-early-value';
import { CATEGORIES, CATEGORY_LABEL, CONDITIONS, CONDITION_LABEL, REGIONS, REGION_LABEL } from '@/lib/exercises/labels';
import type { ExerciseView } from '@/lib/exercises/schemas';
import type { TemplateView } from '@/lib/plans/schemas';

export function ExerciseLibraryPanel({
  exercises,
  templates,
  inPlan,
  onAdd,
  onTemplate,
}: {
  exercises: ExerciseView[];
  templates: TemplateView[];
  inPlan: Set<string>;
  onAdd: (exercise: ExerciseView) => void;
  onTemplate: (template: TemplateView) => void;
}) {
  const [q, setQ] = useState('');
  const [condition, setCondition] = useState('');
  const [region, setRegion] = useState('');
  const [category, setCategory] = useState('');
  const search = useRef<HTMLInputElement>(null);
  useReplayEarlyValue(search, q, setQ);
  const text = q.trim().toLowerCase();
  const shown = exercises.filter(
    (e) =>
      (!condition || e.conditions.some((c) => c === condition)) &&
      (!region || e.region === region) &&
      (!category || e.category === category) &&
      (!text || e.name.toLowerCase().includes(text) || e.purpose.toLowerCase().includes(text)),
  );

  return (
    <section className="card library-panel" aria-labelledby="library-heading">
      <h2 id="library-heading">Exercise library</h2>
      <div className="field">
        <label htmlFor="template">Start from a template</label>
        <select
          id="template"
          defaultValue=""
          onChange={(e) => {
            const t = templates.find((x) => x.id === e.target.value);
            if (t) onTemplate(t);
          }}
        >
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
          <input
            ref={search}
            id="lib-q"
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder="e.g. bridge"
          />
        </div>
        <Filter
          id="lib-condition"
          label="Condition"
          any="Any condition"
          value={condition}
          onChange={setCondition}
          options={CONDITIONS.map((c) => [c, CONDITION_LABEL[c]])}
        />
        <Filter
          id="lib-region"
          label="Body region"
          any="Any region"
          value={region}
          onChange={setRegion}
          options={REGIONS.map((r) => [r, REGION_LABEL[r]])}
        />
        <Filter
          id="lib-category"
          label="Category"
          any="Any category"
          value={category}
          onChange={setCategory}
          options={CATEGORIES.map((c) => [c, CATEGORY_LABEL[c]])}
        />
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
            <button type="button" className="button-secondary button-small" disabled={inPlan.has(e.id)} onClick={() => onAdd(e)}>
              {inPlan.has(e.id) ? 'Added' : 'Add'}
              <span className="sr-only"> {e.name}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Filter({
  id,
  label,
  any,
  value,
  onChange,
  options,
}: {
  id: string;
  label: string;
  any: string;
  value: string;
  onChange: (value: string) => void;
  options: [string, string][];
}) {
  const root = useRef<HTMLDivElement>(null);
  useReplayEarlyChoice(root, value, onChange);
  return (
    <div className="field" ref={root}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{any}</option>
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
