// The patient's intake, as the therapist reads it before and during the first visit: red flags
// first, then the story in the patient's words, the baseline scores and the suggested visit.
import type { SessionUser } from '@/lib/auth/roles';
import { AppError } from '@/lib/errors';
import { AGGRAVATORS, DURATIONS, PAIN_AREAS, labelOf } from '@/lib/intake/intake-options';
import { loadAppointmentIntake } from '@/lib/intake/load-appointment-intake';
import { redFlagQuestion } from '@/lib/intake/red-flags';
import type { IntakeView } from '@/lib/intake/schemas';
import { oswestryBand } from '@/lib/outcomes/score-oswestry';
import { LocalTime } from './local-time';

const list = (options: readonly { key: string; label: string }[], keys: string[]) =>
  keys.map((k) => labelOf(options, k)).join(', ');

export function IntakeSummary({ intake }: { intake: IntakeView }) {
  return (
    <section className="card intake-summary" aria-labelledby="intake-summary-heading">
      <h2 id="intake-summary-heading">Intake</h2>
      <p className="muted">
        Filled in by the patient on <LocalTime iso={intake.createdAt} short />.
      </p>
      {intake.urgent ? (
        <div className="notice urgent-flags">
          <p>
            <strong>Red flags reported</strong>: the patient was told to seek urgent medical care; video visits are not offered.
          </p>
          <ul>
            {intake.redFlags.map((f) => (
              <li key={f}>{redFlagQuestion(f)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>
          <span className="badge">No red flags</span>
        </p>
      )}
      <dl className="details">
        <div>
          <dt>Reason for visit</dt>
          <dd>{intake.reason}</dd>
        </div>
        <div>
          <dt>Where it hurts</dt>
          <dd>{list(PAIN_AREAS, intake.painAreas)}</dd>
        </div>
        <div>
          <dt>How long</dt>
          <dd>{labelOf(DURATIONS, intake.duration)}</dd>
        </div>
        <div>
          <dt>Worse with</dt>
          <dd>{intake.aggravators.length ? list(AGGRAVATORS, intake.aggravators) : 'Nothing in particular'}</dd>
        </div>
        <div>
          <dt>Goals</dt>
          <dd>{intake.goals}</dd>
        </div>
        <div>
          <dt>Pain at intake</dt>
          <dd>{intake.baselinePain === null ? 'Not given' : `${intake.baselinePain} / 10`}</dd>
        </div>
        <div>
          <dt>Oswestry at intake</dt>
          <dd>
            {intake.oswestryScore === null
              ? 'Not answered'
              : `${intake.oswestryScore} % (${oswestryBand(intake.oswestryScore).label})`}
          </dd>
        </div>
        <div>
          <dt>Suggested visit</dt>
          <dd>
            {intake.suggestedModality === 'VIRTUAL'
              ? 'Video visit'
              : intake.suggestedModality === 'IN_CLINIC'
                ? 'In clinic'
                : 'None'}
            {intake.suggestionReasons.length > 0 && !intake.urgent && (
              <ul>
                {intake.suggestionReasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** The intake that came with an appointment, if the viewer may see it (reading it is audited). */
export async function AppointmentIntake({ user, appointmentId }: { user: SessionUser; appointmentId: string }) {
  try {
    const { intake } = await loadAppointmentIntake(user, appointmentId);
    return intake ? <IntakeSummary intake={intake} /> : null;
  } catch (err) {
    // Not theirs (or no such visit): the page around it says so; this part shows nothing.
    if (err instanceof AppError && err.code === 'NOT_FOUND') return null;
    throw err;
  }
}
