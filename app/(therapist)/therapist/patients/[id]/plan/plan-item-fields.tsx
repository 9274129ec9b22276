// One exercise in the plan: its dose (starting from the library's default), when in the day, a
// note, and Up / Down / Remove. The inputs are registered with the plan builder's form.
import type { UseFormRegister } from 'react-hook-form';
import { DOSE_FIELDS, TIMES, doseValue, type PlanFields, type PlanItemFields } from './plan-fields';

export function PlanItemFieldset({
  index,
  count,
  item,
  register,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  /** The item as it was added (its inputs' first values). */
  item: PlanItemFields;
  register: UseFormRegister<PlanFields>;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  return (
    <fieldset className="plan-item">
      <legend>
        {index + 1}. {item.name}
      </legend>
      <div className="dose-grid">
        {DOSE_FIELDS.map((f) => {
          const id = `${item.exerciseId}-${f.key}`;
          return (
            <div key={f.key} className="field">
              <label htmlFor={id}>
                {f.label}
                <span className="sr-only"> for {item.name}</span>
              </label>
              <input
                id={id}
                type="number"
                inputMode="numeric"
                min={f.min}
                max={f.max}
                defaultValue={item[f.key] ?? ''}
                placeholder={f.optional ? '–' : undefined}
                {...register(`items.${index}.${f.key}`, { setValueAs: (raw: unknown) => doseValue(raw, f) })}
              />
            </div>
          );
        })}
      </div>
      <fieldset className="times-of-day">
        <legend>
          When in the day<span className="sr-only"> for {item.name}</span> <span className="muted">(optional)</span>
        </legend>
        {TIMES.map(([t, label]) => (
          <label key={t} className="checkbox">
            <input
              type="checkbox"
              value={t}
              defaultChecked={item.timesOfDay.includes(t)}
              {...register(`items.${index}.timesOfDay`)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${item.exerciseId}-notes`}>
          Note<span className="sr-only"> for {item.name}</span> <span className="muted">(optional)</span>
        </label>
        <input id={`${item.exerciseId}-notes`} maxLength={500} defaultValue={item.notes} {...register(`items.${index}.notes`)} />
      </div>
      <div className="item-actions">
        <button type="button" className="button-secondary button-small" disabled={index === 0} onClick={() => onMove(-1)}>
          Up<span className="sr-only"> {item.name}</span>
        </button>
        <button type="button" className="button-secondary button-small" disabled={index === count - 1} onClick={() => onMove(1)}>
          Down<span className="sr-only"> {item.name}</span>
        </button>
        <button type="button" className="button-secondary button-small" onClick={onRemove}>
          Remove<span className="sr-only"> {item.name}</span>
        </button>
      </div>
    </fieldset>
  );
}
