'use client';

// Adherence and pain week by week: two small charts and the same figures as a table. The charts
// are pictures of the table, hidden from screen readers; the table is always in the page for
// them, and "Show the numbers" shows it to everyone. The charts' code (recharts) loads only when
// the section nears the screen; until then a box of the same size holds their place (no shift).
import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import { ChartNumbers } from '@/app/_components/chart-numbers';
import type { WeekProgress } from '@/lib/plans/weekly-progress';
import { shortDate } from './short-date';

/** One week as lib/plans/weekly-progress.ts computes it. */
export type WeekPoint = WeekProgress;

const ChartPlaceholder = () => (
  <div className="chart-pair chart-pair-loading" aria-hidden="true">
    <div className="chart" />
    <div className="chart" />
  </div>
);
const ProgressChartPair = dynamic(() => import('./progress-chart-pair'), { ssr: false, loading: ChartPlaceholder });

export function ProgressCharts({ weeks, who }: { weeks: WeekPoint[]; who: 'patient' | 'therapist' }) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el || near) return;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const seen = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: '400px 0px' },
    );
    seen.observe(el);
    return () => seen.disconnect();
  }, [near]);
  return (
    <div className="progress-charts" ref={box}>
      {near ? <ProgressChartPair weeks={weeks} who={who} /> : <ChartPlaceholder />}
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
