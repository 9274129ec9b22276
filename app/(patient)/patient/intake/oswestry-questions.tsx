// The optional Oswestry questionnaire inside the intake: shown once the patient opts in; each
// section is a group of uncontrolled radios `odi-<n>` (a statement's score, or "skip").
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { IntakeChoices } from './intake-fields';

export function OswestryQuestions({
  optIn,
  shown,
  instructions,
  sections,
}: {
  optIn: UseFormRegisterReturn;
  shown: boolean;
  instructions: string;
  sections: IntakeChoices['odiSections'];
}) {
  return (
    <section aria-labelledby="odi-heading" className="stack">
      <h2 id="odi-heading" className="h3">
        Optional: how your back affects daily life
      </h2>
      <label className="odi-option">
        <input type="checkbox" {...optIn} />
        <span>
          Also answer the Oswestry questionnaire (10 short questions, about 5 minutes). It gives your therapist a baseline to
          measure progress against; you can do it later instead.
        </span>
      </label>
      {shown && <p className="muted">{instructions}</p>}
      {shown &&
        sections.map((s, i) => (
          <fieldset key={s.title} className="odi-section card">
            <legend>
              Section {i + 1}: {s.title}
            </legend>
            <div className="odi-options">
              {[
                ...s.statements.map((statement, score) => ({ statement, value: String(score) })),
                { statement: 'Skip this section (does not apply to me)', value: 'skip' },
              ].map(({ statement, value }) => (
                <label key={statement} className={`odi-option${value === 'skip' ? ' skip' : ''}`}>
                  <input type="radio" name={`odi-${i}`} value={value} />
                  <span>{statement}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
    </section>
  );
}
