'use client';

// Night by night: pain when lying down and hours slept over the last 28 days (recharts), the
// same figures as a table for screen readers and "Show the numbers", and this week's night pain
// against the week before. Data from lib/sleep/load-sleep-trend.ts.
import { ChartNumbers } from '@/app/_components/chart-numbers';
import type { SleepTrend } from '@/lib/sleep/schemas';
import { shortDate } from './short-date';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

const avg = (v: number | null) => (v === null ? 'no check-ins' : `${v}/10`);

export function SleepTrendChart({ trend }: { trend: SleepTrend }) {
  if (trend.checkIns.length === 0) return <p className="empty">No sleep check-ins in the last 4 weeks.</p>;
  const data = trend.checkIns.map((c) => ({ ...c, label: shortDate(c.checkedOn) }));
  return (
    <div className="progress-charts">
      <p>
        Night pain this week: <strong>{avg(trend.thisWeek.averagePain)}</strong> ({trend.thisWeek.checkIns} nights); the week
        before: {avg(trend.weekBefore.averagePain)} ({trend.weekBefore.checkIns} nights).
        {trend.nightPainWorse && (
          <>
            {' '}
            <span className="badge">Worse by 2 or more</span>
          </>
        )}
      </p>
      <figure className="chart" aria-hidden="true">
        <figcaption>Pain lying down (0–10) and hours slept, by night</figcaption>
        <ResponsiveContainer width="100%" height={180}>
          <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#e3ebee" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12, fill: '#4a5b64' }} interval="preserveStartEnd" />
            <YAxis domain={[0, 12]} ticks={[0, 4, 8, 12]} tick={{ fontSize: 12, fill: '#4a5b64' }} />
            <Tooltip />
            <Line
              name="Pain lying down"
              dataKey="painLyingDown"
              stroke="#a4241a"
              strokeWidth={2.5}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
            <Line
              name="Hours slept"
              dataKey="hoursSlept"
              stroke="#0b6469"
              strokeWidth={2}
              dot={{ r: 2 }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <ChartNumbers>
        <table className="data-table">
          <caption>Sleep check-ins, last 4 weeks</caption>
          <thead>
            <tr>
              <th scope="col">Night before</th>
              <th scope="col">Pain lying down</th>
              <th scope="col">Times woken</th>
              <th scope="col">Hours slept</th>
            </tr>
          </thead>
          <tbody>
            {trend.checkIns.map((c) => (
              <tr key={c.checkedOn}>
                <th scope="row">{shortDate(c.checkedOn)}</th>
                <td>{c.painLyingDown}</td>
                <td>{c.timesWoken}</td>
                <td>{c.hoursSlept}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ChartNumbers>
    </div>
  );
}
