import { describe, expect, it } from 'vitest';
import { addMoney, byWeek, formatRate, sumTallies, withRates } from './report-math';
import { csvField, reportCsv } from './report-csv';
import { reportRange } from './report-range';
import type { VisitReport } from './schemas';

const tally = (
  scheduled: number,
  completed: number,
  noShows: number,
  cancellations: number,
  revenue = [] as { currency: string; cents: number }[],
) => ({ scheduled, completed, noShows, cancellations, revenue });

describe('rates', () => {
  it('no-show rate is of settled visits, cancellation rate of everything scheduled', () => {
    // 10 scheduled: 6 completed, 2 missed, 1 cancelled, 1 still booked.
    expect(withRates(tally(10, 6, 2, 1))).toMatchObject({ noShowRate: 0.25, cancellationRate: 0.1 });
    expect(withRates(tally(3, 1, 2, 0)).noShowRate).toBe(0.6667);
  });

  it('has no rate when there is nothing to divide by', () => {
    expect(withRates(tally(0, 0, 0, 0))).toMatchObject({ noShowRate: null, cancellationRate: null });
    expect(withRates(tally(2, 0, 0, 2))).toMatchObject({ noShowRate: null, cancellationRate: 1 });
    expect(formatRate(null)).toBe('–');
    expect(formatRate(0.125)).toBe('12.5 %');
  });

  it('adds money per currency, never across currencies', () => {
    expect(
      addMoney(
        [{ currency: 'usd', cents: 100 }],
        [
          { currency: 'cad', cents: 5 },
          { currency: 'usd', cents: 50 },
        ],
      ),
    ).toEqual([
      { currency: 'cad', cents: 5 },
      { currency: 'usd', cents: 150 },
    ]);
    expect(sumTallies([tally(1, 1, 0, 0, [{ currency: 'usd', cents: 9000 }]), tally(2, 0, 1, 1)])).toEqual(
      tally(3, 1, 1, 1, [{ currency: 'usd', cents: 9000 }]),
    );
  });

  it('rolls rows up per week, in order, with the rates of the sums (not the average of rates)', () => {
    const weeks = byWeek([
      { weekStart: '2026-03-09', ...tally(4, 3, 1, 0) },
      { weekStart: '2026-03-02', ...tally(1, 0, 1, 0) },
      { weekStart: '2026-03-09', ...tally(4, 1, 0, 3) },
    ]);
    expect(weeks.map((w) => w.weekStart)).toEqual(['2026-03-02', '2026-03-09']);
    expect(weeks[1]).toMatchObject({
      scheduled: 8,
      completed: 4,
      noShows: 1,
      cancellations: 3,
      noShowRate: 0.2,
      cancellationRate: 0.375,
    });
  });
});

describe('reportRange', () => {
  const now = new Date('2026-03-15T12:00:00Z');
  it('defaults to the 12 weeks up to today and refuses a backwards or over-long range', () => {
    expect(reportRange({}, now)).toEqual({ from: '2025-12-22', to: '2026-03-15' });
    expect(reportRange({ from: '2026-01-01', to: '2026-01-31' }, now)).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(() => reportRange({ from: '2026-02-01', to: '2026-01-31' }, now)).toThrow(/on or before/);
    expect(() => reportRange({ from: '2025-01-01', to: '2026-01-31' }, now)).toThrow(/at most 366 days/);
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180 and defuses spreadsheet formulas', () => {
    expect(csvField('Harbor PT')).toBe('Harbor PT');
    expect(csvField('Harbor, Chelsea')).toBe('"Harbor, Chelsea"');
    expect(csvField('The "Loft"')).toBe('"The ""Loft"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(0.25)).toBe('0.25');
    expect(csvField(null)).toBe('');
  });

  it('has a header row and a revenue column per currency', () => {
    const counts = withRates(tally(2, 1, 1, 0, [{ currency: 'usd', cents: 9000 }]));
    const report: VisitReport = {
      from: '2026-03-02',
      to: '2026-03-08',
      clinicId: null,
      weeks: [],
      totals: counts,
      rows: [
        {
          weekStart: '2026-03-02',
          clinic: { id: 'c1', name: 'Harbor, Chelsea' },
          therapist: { id: 't1', name: 'Maya Chen' },
          ...counts,
        },
        { weekStart: '2026-03-02', clinic: null, therapist: { id: 't2', name: 'Luis Herrera' }, ...withRates(tally(1, 0, 0, 1)) },
      ],
    };
    expect(reportCsv(report)).toBe(
      [
        'week_start,clinic,therapist,scheduled,completed,no_shows,cancellations,no_show_rate,cancellation_rate,revenue_usd_cents',
        '2026-03-02,"Harbor, Chelsea",Maya Chen,2,1,1,0,0.5,0,9000',
        '2026-03-02,Video visits,Luis Herrera,1,0,0,1,,1,0',
        '',
      ].join('\r\n'),
    );
  });
});
