// The patient dashboard's plan sections: this week at a glance, questionnaires due, today's
// checklist, and progress over time. Data from lib/plans/load-patient-dashboard.ts.
import { PageLink } from '@/app/_components/page-link';
import { ProgressCharts } from '@/app/_components/plans/progress-charts';
import { shortDate } from '@/app/_components/plans/short-date';
import type { PatientDashboard } from '@/lib/plans/dashboard-schemas';
import { TodaysExercises } from './todays-exercises';
import { TimeOfDayGroups } from './time-of-day-groups';
import { SleepCheckInCard } from './sleep-check-in';

const QUESTIONNAIRE = {
  ODI: { name: 'Back pain and daily life (Oswestry)', minutes: 5, path: 'odi' },
  NPRS: { name: 'Pain rating (0–10)', minutes: 1, path: 'nprs' },
} as const;
const WHEN = { INTAKE: 'Before you start', FOLLOW_UP: 'Two-weekly check-in', DISCHARGE: 'End of your plan' } as const;

export function WeekCard({ data }: { data: PatientDashboard }) {
  return (
    <section className="card" aria-labelledby="week-heading">
      <h2 id="week-heading">This week</h2>
      {data.week && data.week.prescribed > 0 ? (
        <>
          <p className="big-figure">
            <strong>{data.week.done}</strong> of {data.week.prescribed} sessions done
          </p>
          <progress
            className="adherence-bar"
            max={data.week.prescribed}
            value={data.week.done}
            aria-label={`Sessions done this week: ${data.week.done} of ${data.week.prescribed}`}
          />
        </>
      ) : (
        <p className="empty">Nothing prescribed this week.</p>
      )}
      <p className="streak">
        {data.streak > 0 ? (
          <>
            <strong>{data.streak}</strong> {data.streak === 1 ? 'day' : 'days in a row'} with exercise logged
          </>
        ) : (
          'Log an exercise today to start a streak.'
        )}
      </p>
    </section>
  );
}

export function QuestionnairesCard({ data }: { data: PatientDashboard }) {
  return (
    <section className="card" aria-labelledby="questionnaires-heading">
      <h2 id="questionnaires-heading">Questionnaires</h2>
      {data.questionnairesDue.length === 0 ? (
        <p className="empty">Nothing due. Your therapist will ask every two weeks how you are getting on.</p>
      ) : (
        <ul className="plain-list">
          {data.plan &&
            data.questionnairesDue.map((q) => (
              <li key={q.instrument}>
                <PageLink href={`/patient/questionnaires/${QUESTIONNAIRE[q.instrument].path}`}>
                  {QUESTIONNAIRE[q.instrument].name}
                </PageLink>
                <br />
                <span className="muted">
                  {WHEN[q.timepoint]} · about {QUESTIONNAIRE[q.instrument].minutes} min
                </span>
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}

export function ExerciseSections({ data }: { data: PatientDashboard }) {
  const latest = (instrument: 'ODI' | 'NPRS') => data.scores.filter((s) => s.instrument === instrument).at(-1);
  const odi = latest('ODI');
  const nprs = latest('NPRS');
  return (
    <>
      <section className="section" aria-labelledby="exercises-heading">
        <h2 id="exercises-heading">Today&rsquo;s exercises</h2>
        {!data.plan ? (
          <p className="empty">
            No exercise plan yet. After your first visit, your therapist&rsquo;s plan for each day will show here, with a place to
            note how it went.
          </p>
        ) : (
          <>
            <p className="plan-line">
              <strong>{data.plan.title}</strong> from {data.plan.therapist}
              {data.plan.endsOn ? <> · until {shortDate(data.plan.endsOn)}</> : null}
            </p>
            {data.plan.notes && (
              <p className="therapist-note">
                <strong>From your therapist: </strong>
                {data.plan.notes}
              </p>
            )}
            <TimeOfDayGroups groups={data.timeGroups} />
            {data.timeGroups.some((g) => g.time !== 'ANY') && (
              <p>
                <PageLink href="/patient/reminders">Email reminders for these times</PageLink>
              </p>
            )}
            {data.checklist.length === 0 ? (
              <p className="empty">
                No exercises for today
                {data.plan.startsOn > data.today ? `: your plan starts on ${shortDate(data.plan.startsOn)}` : ''}.
              </p>
            ) : (
              <TodaysExercises planId={data.plan.id} items={data.checklist} />
            )}
            <SleepCheckInCard />
            <p className="notice safety">
              Mild soreness that settles within half an hour is normal. Stop an exercise that sends pain down your leg or brings
              on numbness or weakness, and tell your therapist.
            </p>
          </>
        )}
      </section>
      {data.plan && (
        <section className="section" aria-labelledby="progress-heading">
          <h2 id="progress-heading">Your progress</h2>
          {(odi || nprs) && (
            <ul className="score-summary bare">
              {odi && (
                <li>
                  <span className="muted">Back pain and daily life (Oswestry)</span> <strong>{odi.score} %</strong> ·{' '}
                  {odi.bandLabel}
                </li>
              )}
              {nprs && (
                <li>
                  <span className="muted">Pain rating</span> <strong>{nprs.score}/10</strong> · {nprs.bandLabel}
                </li>
              )}
            </ul>
          )}
          <ProgressCharts weeks={data.progress} who="patient" />
        </section>
      )}
    </>
  );
}
