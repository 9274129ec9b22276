'use client';

// The two pictures of the progress table (recharts, about 130 kB of script gzipped): loaded by
// progress-charts.tsx only when they are about to come on screen, so the dashboard's first load
// does not carry them.
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { WeekPoint } from './progress-charts';
import { shortDate } from './short-date';

export default function ProgressChartPair({ weeks, who }: { weeks: WeekPoint[]; who: 'patient' | 'therapist' }) {
  const data = weeks.map((w) => ({ ...w, label: shortDate(w.weekStart) }));
  const anyPain = weeks.some((w) => w.averagePain !== null);
  const exercised = who === 'patient' ? 'you did' : 'done';
  return (
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
              <Line
                dataKey="averagePain"
                stroke="#a4241a"
                strokeWidth={2.5}
                dot={{ r: 3 }}
                connectNulls
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        ) : (
          <p className="empty chart-empty">No pain logged yet.</p>
        )}
      </figure>
    </div>
  );
}
