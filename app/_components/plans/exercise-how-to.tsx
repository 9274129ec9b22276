// An exercise's drawing, purpose, steps and cautions, folded away until asked for ("one tap away").
export interface HowTo {
  name: string;
  purpose: string;
  steps: string[];
  cautions: string;
  illustrationUrl: string;
}

export function ExerciseHowTo({ exercise, open = false }: { exercise: HowTo; open?: boolean }) {
  return (
    <details className="how-to" open={open}>
      <summary>
        How to do it<span className="sr-only">: {exercise.name}</span>
      </summary>
      <div className="how-to-body">
        {/* A local line drawing; its text alternative is the steps beside it. */}
        <img src={exercise.illustrationUrl} alt="" width={320} height={200} loading="lazy" />
        <div>
          <p>{exercise.purpose}</p>
          <ol className="steps">
            {exercise.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
          {exercise.cautions && (
            <p className="caution">
              <strong>Take care: </strong>
              {exercise.cautions}
            </p>
          )}
        </div>
      </div>
    </details>
  );
}
