import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { loadPatientProgress } from '@/lib/plans/load-patient-progress';
import type { PlanVersionView } from '@/lib/plans/schemas';
import { DIFFICULTY_LABEL } from '@/lib/exercises/labels';
import { FlagList } from '@/app/_components/plans/flag-list';
import { ProgressCharts } from '@/app/_components/plans/progress-charts';
import { formatDay, shortDate } from '@/app/_components/plans/short-date';
import { EndPlanButton } from './end-plan-button';
import { listPatientVisits } from '@/lib/booking/list-patient-visits';
import { listPatientNotes } from '@/lib/notes/list-patient-notes';
import { PatientNotes, PatientVisits } from './patient-visits';
import { therapistOf } from '@/lib/plans/therapist-of';
import { loadThread } from '@/lib/messaging/load-thread';
import { listAskableExercises } from '@/lib/messaging/list-askable-exercises';
import { loadRtmReport } from '@/lib/rtm/load-rtm-report';
import { findRtmConsent, RTM_CONSENT_TEXT } from '@/lib/rtm/rtm-consent';
import { RtmConsentForm } from '@/app/_components/rtm/rtm-consent-form';
import { WithdrawRtmConsentButton } from '@/app/_components/rtm/withdraw-rtm-consent-button';
import { therapistPracticeRtmEnabled } from '@/lib/rtm/practice-rtm-enabled';
import { MessageThread } from '@/app/_components/messaging/message-thread';
import { RtmTable } from '@/app/_components/rtm/rtm-table';
import { RtmTimeForm } from '@/app/_components/rtm/rtm-time-form';
import { orNotFound } from '@/app/_components/or-not-found';
import { loadSleepTrend } from '@/lib/sleep/load-sleep-trend';
import { SleepTrendChart } from '@/app/_components/plans/sleep-trend';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Patient progress' };

const TIMEPOINT = { INTAKE: 'Intake', FOLLOW_UP: 'Follow-up', DISCHARGE: 'Discharge' } as const;
const TIME_LABEL = { MORNING: 'morning', MIDDAY: 'midday', EVENING: 'evening', BEFORE_BED: 'before bed' } as const;

function VersionItems({ version }: { version: PlanVersionView }) {
  return (
    <ol className="plan-items">
      {version.items.map((i) => (
        <li key={i.exerciseId}>
          <strong>{i.name}</strong> · {i.dosageText}
          {i.timesOfDay.length > 0 && <> · {i.timesOfDay.map((t) => TIME_LABEL[t]).join(', ')}</>}
          {i.notes && (
            <>
              <br />
              <span className="muted">{i.notes}</span>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

export default async function PatientProgressPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireRole('THERAPIST', `/therapist/patients/${id}`);
  const data = await orNotFound(loadPatientProgress(user, id));
  // Access is checked (and the read audited) by loadPatientProgress above; these are scoped to the caller too.
  const therapist = await therapistOf(user);
  const [visits, notes, thread, exercises, rtm, consent, sleep, rtmOn] = await Promise.all([
    listPatientVisits(user, id),
    listPatientNotes(user, id),
    loadThread(user, id, therapist.id),
    listAskableExercises(id, therapist.id),
    loadRtmReport(user, undefined, { patientId: id }),
    findRtmConsent(id),
    loadSleepTrend(user, id),
    therapistPracticeRtmEnabled({ id: therapist.id }),
  ]);
  const plan = data.plan;
  const thisWeek = data.progress.at(-1);
  const latest = (i: 'ODI' | 'NPRS') => data.scores.filter((s) => s.instrument === i);
  const change = (i: 'ODI' | 'NPRS') => {
    const all = latest(i);
    const first = all[0];
    const last = all.at(-1);
    if (!first || !last || first === last) return null;
    const d = Math.round((last.score - first.score) * 10) / 10;
    return `${d > 0 ? '+' : d < 0 ? '−' : ''}${Math.abs(d)} since intake`;
  };
  return (
    <div className="stack">
      <div>
        <p>
          <Link href="/therapist/patients">&larr; Your patients</Link>
        </p>
        <h1>{data.patient.name}</h1>
        <p className="lead" data-testid="patient-dob">
          Born {formatDay(data.patient.dateOfBirth)}
        </p>
        <div className="actions">
          <Link href={`/therapist/patients/${id}/plan`} className="button">
            {plan && !plan.endedAt ? 'Edit the plan' : 'Create a plan'}
          </Link>
          {plan && !plan.endedAt && <EndPlanButton planId={plan.id} />}
        </div>
      </div>

      {/* What a busy therapist needs first: the plan, how it goes, the scores and the flags. */}
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">Clinical summary</h2>
        <div className="grid">
          <section className="card" aria-labelledby="current-plan-heading">
            <h3 id="current-plan-heading">Current plan</h3>
            {plan && !plan.endedAt ? (
              <>
                <p>
                  <strong>{plan.title}</strong>
                </p>
                <p className="muted">
                  Version {plan.current.version}, from {shortDate(plan.current.effectiveFrom)} · {plan.current.items.length}{' '}
                  {plan.current.items.length === 1 ? 'exercise' : 'exercises'}
                </p>
                <p className="big-figure" data-testid="week-adherence">
                  This week so far:{' '}
                  <strong>
                    {thisWeek?.done ?? 0} of {thisWeek?.prescribed ?? 0}
                  </strong>{' '}
                  sessions
                </p>
                <p>
                  Last 7 days:{' '}
                  <strong>{data.last7Days.adherencePercent === null ? '–' : `${data.last7Days.adherencePercent} %`}</strong> (
                  {data.last7Days.done} of {data.last7Days.prescribed})
                </p>
              </>
            ) : (
              <p className="empty">{plan ? `No open plan (“${plan.title}” has ended).` : 'No exercise plan yet.'}</p>
            )}
          </section>
          <section className="card" aria-labelledby="outcomes-heading">
            <h3 id="outcomes-heading">Outcomes</h3>
            {(['ODI', 'NPRS'] as const).map((i) => {
              const last = latest(i).at(-1);
              return (
                <p key={i}>
                  {i === 'ODI' ? 'Oswestry (ODI)' : 'Pain (NPRS)'}:{' '}
                  {last ? (
                    <>
                      <strong>{i === 'ODI' ? `${last.score} %` : `${last.score}/10`}</strong> · {last.bandLabel}
                      {change(i) && <> · {change(i)}</>}
                    </>
                  ) : (
                    <span className="muted">not yet answered</span>
                  )}
                </p>
              );
            })}
            {data.questionnairesDue.length > 0 && (
              <p className="muted">
                Due now:{' '}
                {data.questionnairesDue.map((q) => `${q.instrument} (${TIMEPOINT[q.timepoint].toLowerCase()})`).join(', ')}
              </p>
            )}
          </section>
          <section className="card" aria-labelledby="patient-flags-heading">
            <h3 id="patient-flags-heading">Flags</h3>
            <FlagList flags={data.flags} showPatient={false} />
          </section>
        </div>
      </section>

      <div className="grid">
        <section className="card" aria-labelledby="messages-heading">
          <h2 id="messages-heading">Messages</h2>
          <MessageThread initial={thread} viewer="THERAPIST" exercises={exercises} />
        </section>
        {/* A practice that switched RTM off shows neither progress, consent nor the timer (decision 029). */}
        {rtmOn && (
          <section className="card" aria-labelledby="rtm-heading">
            <h2 id="rtm-heading">Remote monitoring this month</h2>
            {consent && !consent.withdrawnOn ? (
              <div className="stack">
                <p data-testid="rtm-consent">
                  Consent to remote monitoring recorded {shortDate(consent.recordedOn)} by {consent.recordedBy}.
                </p>
                <WithdrawRtmConsentButton patientId={id} onBehalf />
              </div>
            ) : (
              <>
                {consent?.withdrawnOn && (
                  <p data-testid="rtm-consent">
                    Consent withdrawn {shortDate(consent.withdrawnOn)} by {consent.withdrawnBy}: nothing after it counts. Record
                    it again if the patient agrees.
                  </p>
                )}
                <RtmConsentForm patientId={id} text={RTM_CONSENT_TEXT.text} version={RTM_CONSENT_TEXT.version} />
              </>
            )}
            <RtmTable report={rtm} />
            <RtmTimeForm patientId={id} />
          </section>
        )}
      </div>

      <PatientVisits visits={visits} now={new Date()} />
      <PatientNotes notes={notes} />

      {plan ? (
        <>
          <section aria-labelledby="trend-heading">
            <h2 id="trend-heading">Trend</h2>
            <ProgressCharts weeks={data.progress} who="therapist" />
          </section>

          <section aria-labelledby="sleep-heading">
            <h2 id="sleep-heading">Sleep and night pain</h2>
            <SleepTrendChart trend={sleep} />
          </section>

          <section aria-labelledby="plan-heading" className="card">
            <h2 id="plan-heading">
              {plan.title}
              {plan.endedAt && <span className="badge">Ended</span>}
            </h2>
            <p className="muted">
              Version {plan.current.version}, from {shortDate(plan.current.effectiveFrom)}
              {plan.current.createdBy && <> by {plan.current.createdBy}</>} · runs {shortDate(plan.current.startsOn)}
              {plan.current.endsOn ? <> to {shortDate(plan.current.endsOn)}</> : <>, open-ended</>}
            </p>
            {plan.current.notes && <p>{plan.current.notes}</p>}
            <VersionItems version={plan.current} />
            {plan.history.length > 0 && (
              <>
                <h3>Earlier versions</h3>
                {plan.history.map((v) => (
                  <details key={v.version} className="version">
                    <summary>
                      Version {v.version}, from {shortDate(v.effectiveFrom)}
                      {v.createdBy && <> by {v.createdBy}</>}
                    </summary>
                    {v.notes && <p>{v.notes}</p>}
                    <VersionItems version={v} />
                  </details>
                ))}
              </>
            )}
          </section>

          <section aria-labelledby="scores-heading">
            <h2 id="scores-heading">Questionnaire scores</h2>
            {data.scores.length === 0 ? (
              <p className="empty">No questionnaires answered yet.</p>
            ) : (
              <div className="table-scroll">
                <table className="data-table">
                  <caption className="sr-only">Oswestry Disability Index and pain rating scores, oldest first</caption>
                  <thead>
                    <tr>
                      <th scope="col">Date</th>
                      <th scope="col">When</th>
                      <th scope="col">Questionnaire</th>
                      <th scope="col">Score</th>
                      <th scope="col">Meaning</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.scores.map((s) => (
                      <tr key={s.id}>
                        <td>{shortDate(s.takenOn)}</td>
                        <td>{TIMEPOINT[s.timepoint]}</td>
                        <td>{s.instrument === 'ODI' ? 'Oswestry (ODI)' : 'Pain (NPRS)'}</td>
                        <td>{s.instrument === 'ODI' ? `${s.score} %` : `${s.score}/10`}</td>
                        <td>{s.bandLabel}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>

          <section aria-labelledby="logs-heading">
            <h2 id="logs-heading">Recent logs</h2>
            {data.recentLogs.length === 0 ? (
              <p className="empty">Nothing logged yet.</p>
            ) : (
              <div className="table-scroll">
                <table className="data-table">
                  <caption className="sr-only">The last 20 exercise sessions the patient logged, newest first</caption>
                  <thead>
                    <tr>
                      <th scope="col">Day</th>
                      <th scope="col">Exercise</th>
                      <th scope="col">Done</th>
                      <th scope="col">Pain</th>
                      <th scope="col">Difficulty</th>
                      <th scope="col">Comment</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.recentLogs.map((l) => (
                      <tr key={l.id}>
                        <td>{shortDate(l.performedOn)}</td>
                        <td>{l.exercise}</td>
                        <td>
                          {l.setsDone} {l.setsDone === 1 ? 'set' : 'sets'}
                          {l.repsDone !== null && <> × {l.repsDone}</>}
                        </td>
                        <td>{l.pain}/10</td>
                        <td>{DIFFICULTY_LABEL[l.difficulty]}</td>
                        <td>{l.comment ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      ) : (
        <p className="empty">No exercise plan yet. Create one from the library or a template.</p>
      )}
    </div>
  );
}
