import type { ComponentProps } from 'react';

type FieldProps = Omit<ComponentProps<'input'>, 'id' | 'name'> & {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  /** Prefix for element ids, so two forms on one page do not clash. */
  idPrefix?: string;
};

/**
 * A labelled input with an optional hint and error, both tied to it for screen readers. It takes a
 * form library's `register(name)` as it is (name, ref, onChange, onBlur).
 */
export function FormField({ name, label, hint, error, idPrefix = '', ...input }: FieldProps) {
  const id = `${idPrefix}${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
