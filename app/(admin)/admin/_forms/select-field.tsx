import type { ComponentProps } from 'react';

type SelectProps = Omit<ComponentProps<'select'>, 'id' | 'name'> & {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  idPrefix?: string;
  options: readonly { value: string; label: string }[];
};

/** A labelled select with an optional hint and error tied to it, like FormField; takes `register(name)` as it is. */
export function SelectField({ name, label, hint, error, idPrefix = '', options, ...select }: SelectProps) {
  const id = `${idPrefix}${name}`;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <select id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
