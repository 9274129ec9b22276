// The warning-sign screen: every question needs a yes or a no (uncontrolled radios `flag-<key>`).
export function RedFlagScreen({ questions, error }: { questions: { key: string; question: string }[]; error?: string }) {
  return (
    <section className="card red-flag-screen" aria-labelledby="flags-heading">
      <h2 id="flags-heading" className="h3">
        Warning signs
      </h2>
      <p>Along with your back pain, have you had any of the following? These are rare, but they need a doctor first.</p>
      {error && <p className="field-error">{error}</p>}
      {questions.map((f) => (
        <fieldset key={f.key} className="yes-no">
          <legend>{f.question}</legend>
          {(['yes', 'no'] as const).map((answer) => (
            <label key={answer} className="odi-option">
              <input type="radio" name={`flag-${f.key}`} value={answer} />
              <span>{answer === 'yes' ? 'Yes' : 'No'}</span>
            </label>
          ))}
        </fieldset>
      ))}
    </section>
  );
}
