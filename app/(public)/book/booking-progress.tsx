// Where the patient is in the booking: the steps in order, what was chosen at each, and the
// current one (aria-current="step"). A step already done links back to its section.
export interface ProgressStep {
  /** The id of the step's section on the page. */
  target: string;
  label: string;
  /** What was chosen; null while the step is still to do. */
  value: string | null;
}

export function BookingProgress({ steps }: { steps: ProgressStep[] }) {
  const current = steps.findIndex((s) => s.value === null);
  return (
    <nav aria-label="Booking progress" className="booking-progress">
      <ol className="bare">
        {steps.map((step, i) => {
          const state = current === -1 || i < current ? 'done' : i === current ? 'current' : 'todo';
          const text = (
            <>
              <span className="step-number" aria-hidden="true">
                {i + 1}
              </span>
              <span className="step-text">
                <span className="step-label">{step.label}</span>
                {step.value && <span className="step-value">{step.value}</span>}
              </span>
            </>
          );
          return (
            <li key={step.label} className={`step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              {state === 'done' ? <a href={`#${step.target}`}>{text}</a> : <span>{text}</span>}
              <span className="visually-hidden">
                {state === 'done' ? ' (done)' : state === 'todo' ? ' (to do)' : ' (current step)'}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
