'use client';

// The weekly hours: each weekday with any number of ranges, at a clinic or by video. Saving
// replaces the whole week (PUT /api/availability).
import { useState } from 'react';
import { api, type ApiBody } from '@/app/_components/api-client';
import { ChangeReview, type BuiltChange, type VisitTypeChoice } from './change-review';
import { HoursRanges, rangeFields, timeText, whereOf, type HoursRange, type Place } from './hours-ranges';

export interface SavedRule {
  weekday: number;
  startMinute: number;
  endMinute: number;
  modality: string;
  clinicId: string | null;
  validFrom: string;
  validUntil: string | null;
}
type Row = HoursRange & { validFrom: string; validUntil: string | null };

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function WeeklyHoursForm({
  rules,
  places,
  offersVirtual,
  defaultWhere,
  visitTypes,
  timeZone,
  today,
}: {
  rules: SavedRule[];
  places: Place[];
  offersVirtual: boolean;
  defaultWhere: string;
  visitTypes: VisitTypeChoice[];
  timeZone: string;
  today: string;
}) {
  const [days, setDays] = useState<Row[][]>(() =>
    WEEKDAYS.map((_, i) =>
      rules
        .filter((r) => r.weekday === i + 1)
        .map((r, n) => ({
          // The same on the server and in the browser (newKey's counter is not), so ids hydrate.
          key: `w${i}-${n}`,
          start: timeText(r.startMinute),
          end: timeText(r.endMinute),
          where: whereOf(r.modality, r.clinicId),
          validFrom: r.validFrom,
          validUntil: r.validUntil,
        })),
    ),
  );

  const build = (): BuiltChange => {
    const out: ApiBody<'PUT /api/availability'>['rules'] = [];
    for (const [i, rows] of days.entries()) {
      for (const row of rows) {
        const fields = rangeFields(row);
        if (!fields.ok) return { ok: false, message: `${WEEKDAYS[i]}: ${fields.message}` };
        out.push({ weekday: i + 1, ...fields.value, validFrom: row.validFrom, validUntil: row.validUntil });
      }
    }
    return {
      ok: true,
      preview: { rules: out },
      save: (confirmOrphans) => api('PUT /api/availability', { body: { rules: out, confirmOrphans } }),
    };
  };

  return (
    <div className="weekly-hours">
      <div className="hours-week">
        {WEEKDAYS.map((name, i) => (
          <HoursRanges
            key={name}
            label={name}
            ranges={days[i] ?? []}
            places={places}
            offersVirtual={offersVirtual}
            defaultWhere={defaultWhere}
            onChange={(ranges) =>
              setDays((all) =>
                all.map((d, j) =>
                  j === i
                    ? ranges.map((r) => ({ validFrom: today, validUntil: null, ...d.find((x) => x.key === r.key), ...r }))
                    : d,
                ),
              )
            }
          />
        ))}
      </div>
      <ChangeReview
        saveText="Save weekly hours"
        build={build}
        visitTypes={visitTypes}
        timeZone={timeZone}
        saveLabel="Weekly hours"
      />
    </div>
  );
}
