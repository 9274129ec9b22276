// Today's exercises by time of day in the patient's zone ("This morning", "Before bed"), each
// time ticked off by a log for that time. Shown only when the therapist planned times of day.
import type { PatientDashboard } from '@/lib/plans/dashboard-schemas';

export function TimeOfDayGroups({ groups }: { groups: PatientDashboard['timeGroups'] }) {
  if (!groups.some((g) => g.time !== 'ANY')) return null;
  return (
    <div className="time-groups" aria-label="Your day">
      {groups.map((g) => (
        <section key={g.time} className="card time-group" aria-labelledby={`time-${g.time}`}>
          <h3 id={`time-${g.time}`}>{g.heading}</h3>
          <ul className="bare">
            {g.items.map((i) => (
              <li key={i.exerciseId}>
                <span aria-hidden="true">{i.doneAtThisTime ? '✓ ' : '○ '}</span>
                {i.name}
                {g.time !== 'ANY' && <span className="muted"> · {i.doneAtThisTime ? 'done' : 'to do'}</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
