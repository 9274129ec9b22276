// The intake's kinds of question: a text answer, a group of checkboxes, a group of radios. Text and
// checkboxes are registered with the form; radios are left uncontrolled and read when it is sent.
import { useId, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

interface Option {
  key: string;
  label: string;
}

export function TextQuestion({
  id,
  label,
  hint,
  rows,
  error,
  field,
}: {
  id: string;
  label: string;
  hint?: string;
  rows: number;
  error?: string;
  field: UseFormRegisterReturn;
}) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        rows={rows}
        maxLength={2000}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...field}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

export function CheckboxGroup({
  legend,
  hint,
  options,
  field,
  error,
}: {
  legend: string;
  hint?: string;
  options: Option[];
  field: UseFormRegisterReturn;
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
          <input type="checkbox" value={o.key} {...field} />
          <span>{o.label}</span>
        </label>
      ))}
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}

/** Radios named `name` (uncontrolled: the form reads the choice when it is sent). */
export function RadioGroup({
  className,
  legend,
  name,
  options,
  error,
  errorId,
  optionClass = () => 'odi-option',
  wrap = (radios) => radios,
}: {
  className: string;
  legend: ReactNode;
  name: string;
  options: Option[];
  error?: string;
  errorId: string;
  optionClass?: (key: string) => string;
  wrap?: (radios: ReactNode) => ReactNode;
}) {
  return (
    <fieldset className={className} aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {wrap(
        options.map((o) => (
          <label key={o.key} className={optionClass(o.key)}>
            <input type="radio" name={name} value={o.key} />
            <span>{o.label}</span>
          </label>
        )),
      )}
      <FieldError id={errorId} error={error} />
    </fieldset>
  );
}

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="field-error">
      {error}
    </p>
  ) : null;
}
