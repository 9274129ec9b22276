'use client';

// Adherence and pain week by week: two small charts (recharts) and the same figures as a table.
// The charts are pictures of the table, hidden from screen readers; the table is always in the
// page for them, and "Show the numbers" shows it to everyone.
import { ChartNumbers } from '@/app/_components/chart-numbers';
import type { WeekProgress } from '@/lib/plans/weekly-progress';
import { shortDate } from './short-date';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** One week as lib/plans/weekly-progress.ts computes it. */
export type WeekPoint = WeekProgress;

export function ProgressCharts({ weeks, who }: { weeks: WeekPoint[]; who: 'patient' | 'therapist' }) {
  const data = weeks.map((w) => ({ ...w, label: shortDate(w.weekStart) }));
  const anyPain = weeks.some((w) => w.averagePain !== null);
  const exercised = who === 'patient' ? 'you did' : 'done';
  return (
    <div className="progress-charts">
      <div className="chart-pair" aria-hidden="true">
        <figure className="chart">
          <figcaption>Sessions {exercised}, % of prescribed</figcaption>
          <ResponsiveContainer width="100%" height={180}>
            <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }} accessibilityLayer={false}>
              <CartesianGrid stroke="#e3ebee" vertical={false} />
              <XAxis dataKey="label" tick={{ fontSize: 12, fill: '#4a5b64' }} interval="preserveStartEnd" />
              <YAxis domain={[0, 100]} ticks={[0, 50, 100]} tick={{ fontSize: 12, fill: '#4a5b64' }} />
              <Tooltip formatter={(v) => [`${String(v)} %`, 'Done']} />
              <Bar dataKey="adherencePercent" fill="#0b6469" radius={[3, 3, 0, 0]} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </figure>
        <figure className="chart">
          <figcaption>Pain during exercise, average (0–10)</figcaption>
          {anyPain ? (
            <ResponsiveContainer width="100%" height={180}>
              <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }} accessibilityLayer={false}>
                <CartesianGrid stroke="#e3ebee" vertical={false} />
                <XAxis dataKey="label" tick={{ fontSize: 12, fill: '#4a5b64' }} interval="preserveStartEnd" />
                <YAxis domain={[0, 10]} ticks={[0, 5, 10]} tick={{ fontSize: 12, fill: '#4a5b64' }} />
                <Tooltip formatter={(v) => [String(v), 'Average pain']} />
                <Line dataKey="averagePain" stroke="#a4241a" strokeWidth={2.5} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
          ) : <p className="empty chart-empty">No pain logged yet.</p>}
        </figure>
      </div>
      <ChartNumbers>
        <table className="data-table">
          <caption>Exercise sessions and pain by week (weeks start on Monday; this week so far)</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Sessions done</th>
              <th scope="col">Prescribed</th>
              <th scope="col">Done (%)</th>
              <th scope="col">Average pain</th>
              <th scope="col">Highest pain</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row">{shortDate(w.weekStart)}</th>
                <td>{w.done}</td>
                <td>{w.prescribed}</td>
                <td>{w.adherencePercent === null ? '–' : `${w.adherencePercent} %`}</td>
                <td>{w.averagePain === null ? '–' : w.averagePain}</td>
                <td>{w.highestPain === null ? '–' : w.highestPain}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ChartNumbers>
    </div>
  );
}
