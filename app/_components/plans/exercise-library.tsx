// The exercise library, searched and filtered, for therapists and admins.
import Link from 'next/link';
import type { SessionUser } from '@/lib/auth/roles';
import { listExercises } from '@/lib/exercises/list-exercises';
import { exerciseQuery } from '@/lib/exercises/schemas';
import { CATEGORIES, CATEGORY_LABEL, CONDITIONS, CONDITION_LABEL, REGIONS, REGION_LABEL } from '@/lib/exercises/labels';
import { describeDosage } from '@/lib/plans/dosage';
import { ExerciseHowTo } from './exercise-how-to';
import type { SearchParams } from '@/app/_components/search-params';

/** The library page for therapists and admins: `base` is where it lives (/therapist or /admin). */
export async function ExerciseLibrary({
  user,
  params,
  base,
}: {
  user: SessionUser;
  params: SearchParams;
  base: '/therapist' | '/admin';
}) {
  const parsed = exerciseQuery.safeParse(params);
  const filter = parsed.success ? parsed.data : {};
  const exercises = await listExercises(user, filter);
  return (
    <div className="stack">
      <div>
        <p>
          <Link href={base}>Back to your dashboard</Link>
        </p>
        <h1>Exercise library</h1>
        <p className="lead">The shared starter library for low back pain and your practice&rsquo;s own exercises.</p>
        <p>
          <Link href={`${base}/exercises/new`} className="button">
            Add an exercise
          </Link>
        </p>
      </div>
      <form className="filters card" method="get" aria-label="Filter the library">
        <div className="field">
          <label htmlFor="f-q">Search</label>
          <input id="f-q" name="q" type="search" defaultValue={filter.q ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="f-condition">Condition</label>
          <select id="f-condition" name="condition" defaultValue={filter.condition ?? ''}>
            <option value="">Any condition</option>
            {CONDITIONS.map((c) => (
              <option key={c} value={c}>
                {CONDITION_LABEL[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-region">Body region</label>
          <select id="f-region" name="region" defaultValue={filter.region ?? ''}>
            <option value="">Any region</option>
            {REGIONS.map((r) => (
              <option key={r} value={r}>
                {REGION_LABEL[r]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-category">Category</label>
          <select id="f-category" name="category" defaultValue={filter.category ?? ''}>
            <option value="">Any category</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABEL[c]}
              </option>
            ))}
          </select>
        </div>
        <p>
          <button type="submit">Show</button>
        </p>
      </form>
      <p role="status">
        {exercises.length} {exercises.length === 1 ? 'exercise' : 'exercises'}
      </p>
      <ul className="exercise-grid bare">
        {exercises.map((e) => (
          <li key={e.id} className="card">
            <h2 className="h3">{e.name}</h2>
            <p className="muted small">
              {CATEGORY_LABEL[e.category]} · {REGION_LABEL[e.region]} · {e.practiceId ? 'Your practice' : 'Starter library'}
            </p>
            <p className="small">{e.conditions.map((c) => CONDITION_LABEL[c]).join(', ')}</p>
            <p className="small">Default: {describeDosage(e.defaultDosage)}</p>
            <ExerciseHowTo exercise={e} />
            {e.editable && (
              <p>
                <Link href={`${base}/exercises/${e.id}`}>
                  Edit<span className="sr-only"> {e.name}</span>
                </Link>
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
