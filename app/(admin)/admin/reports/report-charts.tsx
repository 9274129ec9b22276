'use client';

// Weekly visits (stacked by outcome), rates and revenue: recharts pictures of the weekly table.
// As in the progress charts, the charts are hidden from screen readers and the table is always
// in the page for them; "Show the numbers" shows it to everyone.
import { ChartNumbers } from '@/app/_components/chart-numbers';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatRate } from '@/lib/reports/report-math';
import type { ReportCounts } from '@/lib/reports/schemas';
import { formatMoney } from '@/app/_components/format';
import { formatDay, shortDate } from '@/app/_components/plans/short-date';

type Week = ReportCounts & { weekStart: string };
const axis = { fontSize: 12, fill: '#4a5b64' };
const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

export function ReportCharts({ weeks }: { weeks: Week[] }) {
  const currencies = [...new Set(weeks.flatMap((w) => w.revenue.map((m) => m.currency)))].sort();
  const currency = currencies[0];
  const data = weeks.map((w) => ({
    label: shortDate(w.weekStart),
    completed: w.completed,
    noShows: w.noShows,
    cancellations: w.cancellations,
    open: w.scheduled - w.completed - w.noShows - w.cancellations,
    noShowRate: percent(w.noShowRate),
    cancellationRate: percent(w.cancellationRate),
    revenue: (w.revenue.find((m) => m.currency === currency)?.cents ?? 0) / 100,
  }));
  return (
    <div className="progress-charts">
      <div className="chart-pair" aria-hidden="true">
        <figure className="chart">
          <figcaption>Visits by outcome</figcaption>
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }} accessibilityLayer={false}>
              <CartesianGrid stroke="#e3ebee" vertical={false} />
              <XAxis dataKey="label" tick={axis} interval="preserveStartEnd" />
              <YAxis allowDecimals={false} tick={axis} />
              <Tooltip />
              <Legend />
              <Bar dataKey="completed" name="Completed" stackId="v" fill="#0b6469" isAnimationActive={false} />
              <Bar dataKey="noShows" name="No-show" stackId="v" fill="#a4241a" isAnimationActive={false} />
              <Bar dataKey="cancellations" name="Cancelled" stackId="v" fill="#b7791f" isAnimationActive={false} />
              <Bar dataKey="open" name="Still booked" stackId="v" fill="#8fb9bc" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </figure>
        <figure className="chart">
          <figcaption>No-show and cancellation rates (%)</figcaption>
          <ResponsiveContainer width="100%" height={220}>
            <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }} accessibilityLayer={false}>
              <CartesianGrid stroke="#e3ebee" vertical={false} />
              <XAxis dataKey="label" tick={axis} interval="preserveStartEnd" />
              <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={axis} />
              <Tooltip formatter={(v) => `${String(v)} %`} />
              <Legend />
              <Line
                dataKey="noShowRate"
                name="No-show rate"
                stroke="#a4241a"
                strokeWidth={2.5}
                connectNulls
                isAnimationActive={false}
              />
              <Line
                dataKey="cancellationRate"
                name="Cancellation rate"
                stroke="#b7791f"
                strokeWidth={2.5}
                connectNulls
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </figure>
        {currency && (
          <figure className="chart">
            <figcaption>
              Revenue ({currency.toUpperCase()}){currencies.length > 1 ? '; other currencies in the table' : ''}
            </figcaption>
            <ResponsiveContainer width="100%" height={220}>
              <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
                <CartesianGrid stroke="#e3ebee" vertical={false} />
                <XAxis dataKey="label" tick={axis} interval="preserveStartEnd" />
                <YAxis tick={axis} />
                <Tooltip formatter={(v) => formatMoney(Number(v) * 100, currency)} />
                <Bar dataKey="revenue" name="Revenue" fill="#0b6469" radius={[3, 3, 0, 0]} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </figure>
        )}
      </div>
      <ChartNumbers>
        <table className="data-table">
          <caption>Visits, rates and revenue by week (weeks start on Monday)</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Scheduled</th>
              <th scope="col">Completed</th>
              <th scope="col">No-shows</th>
              <th scope="col">Cancelled</th>
              <th scope="col">No-show rate</th>
              <th scope="col">Cancellation rate</th>
              <th scope="col">Revenue</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row" className="nowrap">
                  {formatDay(w.weekStart)}
                </th>
                <td>{w.scheduled}</td>
                <td>{w.completed}</td>
                <td>{w.noShows}</td>
                <td>{w.cancellations}</td>
                <td>{formatRate(w.noShowRate)}</td>
                <td>{formatRate(w.cancellationRate)}</td>
                <td>{w.revenue.length ? w.revenue.map((m) => formatMoney(m.cents, m.currency)).join(' + ') : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ChartNumbers>
    </div>
  );
}
