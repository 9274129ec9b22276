import { describe, expect, it } from 'vitest';
import { closedDates, workingSpans } from './working-spans';
import type { DateOverride, WeeklyRule } from './find-open-slots';
import { wallTimeToInstant } from './zoned-time';

const NY = 'America/New_York';
const at = (date: string, h: number) => wallTimeToInstant(date, h * 60, NY)!;
const rule = (weekday: number, modality: WeeklyRule['modality'] = 'IN_CLINIC', from = 9, to = 17): WeeklyRule => ({
  weekday,
  startMinute: from * 60,
  endMinute: to * 60,
  timezone: NY,
  modality,
  clinicId: modality === 'IN_CLINIC' ? 'c1' : null,
  validFrom: '2026-01-01',
  validUntil: null,
});

describe('workingSpans', () => {
  // Week of Monday 2026-11-02 (the Sunday before is New York's fall-back day).
  const from = at('2026-11-01', 0);
  const to = at('2026-11-08', 0);

  it('turns weekly hours of both kinds into instants, keeping wall times across the clock change', () => {
    const spans = workingSpans([rule(7, 'IN_CLINIC'), rule(1, 'IN_CLINIC'), rule(1, 'VIRTUAL', 18, 20)], [], from, to);
    expect(spans).toEqual([
      { start: at('2026-11-01', 9), end: at('2026-11-01', 17), modality: 'IN_CLINIC' },
      { start: at('2026-11-02', 9), end: at('2026-11-02', 17), modality: 'IN_CLINIC' },
      { start: at('2026-11-02', 18), end: at('2026-11-02', 20), modality: 'VIRTUAL' },
    ]);
    expect(spans[0]!.end - spans[0]!.start).toBe(8 * 3_600_000);
  });

  it('an override replaces the weekly hours of its date; a closed one leaves none and is listed', () => {
    const overrides: DateOverride[] = [
      { date: '2026-11-03', startMinute: 12 * 60, endMinute: 14 * 60, timezone: NY, modality: 'IN_CLINIC', clinicId: 'c1' },
      { date: '2026-11-04', startMinute: null, endMinute: null, timezone: NY, modality: null, clinicId: null },
    ];
    const spans = workingSpans(
      [2, 3].map((d) => rule(d)),
      overrides,
      from,
      to,
    );
    expect(spans).toEqual([{ start: at('2026-11-03', 12), end: at('2026-11-03', 14), modality: 'IN_CLINIC' }]);
    expect(closedDates(overrides)).toEqual(['2026-11-04']);
  });
});
