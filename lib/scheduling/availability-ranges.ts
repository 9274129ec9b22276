// Which wall-clock hours a therapist keeps on which local dates: weekly rules, replaced on any
// date that has an override.
import type { DateOverride, Modality, WeeklyRule } from './slot-types';
import { DAY_MS, isoWeekdayOfWallDay, localDateOf, wallDayOf } from './zoned-time';

/** Hours on one local date (as wallDayOf), in the zone of the rule or override they come from. */
export interface AvailabilityRange {
  wallDay: number;
  timeZone: string;
  startMinute: number;
  endMinute: number;
  clinicId: string | null;
}

export interface RangeFilter {
  modality: Modality;
  /** Only this clinic's hours (IN_CLINIC only); null = any clinic. */
  clinicId: string | null;
  /** Starts of interest lie in [earliest, latest]; dates a day either side are included. */
  earliest: number;
  latest: number;
}

interface DayRule {
  weekday: number;
  startMinute: number;
  endMinute: number;
  clinicId: string | null;
  validFrom: number;
  validUntil: number;
}

export function availabilityRanges(
  rules: readonly WeeklyRule[],
  overrides: readonly DateOverride[],
  filter: RangeFilter,
): AvailabilityRange[] {
  // An override of any kind, even one closing the day or for another modality, replaces that
  // date's weekly hours.
  const overriddenDays = new Set(overrides.map((o) => wallDayOf(o.date)));
  const isWanted = (modality: Modality | null, clinicId: string | null) =>
    (modality === null || modality === filter.modality) &&
    (filter.modality !== 'IN_CLINIC' || filter.clinicId === null || clinicId === filter.clinicId);

  const daysByZone = new Map<string, { first: number; last: number }>();
  const daysIn = (timeZone: string) => {
    let days = daysByZone.get(timeZone);
    if (!days) {
      days = {
        first: wallDayOf(localDateOf(filter.earliest - DAY_MS, timeZone)),
        last: wallDayOf(localDateOf(filter.latest + DAY_MS, timeZone)),
      };
      daysByZone.set(timeZone, days);
    }
    return days;
  };

  const rulesByZone = new Map<string, DayRule[]>();
  for (const rule of rules) {
    if (rule.startMinute >= rule.endMinute || !isWanted(rule.modality, rule.clinicId)) continue;
    const zoneRules = rulesByZone.get(rule.timezone) ?? [];
    zoneRules.push({
      weekday: rule.weekday,
      startMinute: rule.startMinute,
      endMinute: rule.endMinute,
      clinicId: rule.clinicId,
      validFrom: wallDayOf(rule.validFrom),
      validUntil: rule.validUntil === null ? Infinity : wallDayOf(rule.validUntil),
    });
    rulesByZone.set(rule.timezone, zoneRules);
  }

  const ranges: AvailabilityRange[] = [];
  for (const [timeZone, zoneRules] of rulesByZone) {
    const { first, last } = daysIn(timeZone);
    let weekday = isoWeekdayOfWallDay(first);
    for (let wallDay = first; wallDay <= last; wallDay += DAY_MS, weekday = (weekday % 7) + 1) {
      if (overriddenDays.has(wallDay)) continue;
      for (const rule of zoneRules) {
        if (rule.weekday !== weekday || wallDay < rule.validFrom || wallDay > rule.validUntil) continue;
        ranges.push({ wallDay, timeZone, startMinute: rule.startMinute, endMinute: rule.endMinute, clinicId: rule.clinicId });
      }
    }
  }

  for (const override of overrides) {
    const { startMinute, endMinute, timezone } = override;
    if (startMinute === null || endMinute === null || startMinute >= endMinute) continue;
    if (!isWanted(override.modality, override.clinicId)) continue;
    const wallDay = wallDayOf(override.date);
    const { first, last } = daysIn(timezone);
    if (wallDay < first || wallDay > last) continue;
    ranges.push({ wallDay, timeZone: timezone, startMinute, endMinute, clinicId: override.clinicId });
  }
  return ranges;
}
