'use client';

// One date's hours, replacing the weekly hours that day: closed, or custom ranges.
import { useId, useRef, useState } from 'react';
import { api } from '@/app/_components/api-client';
import { useReplayEarlyChoice } from '@/app/_components/forms/replay-early-choice';
import { useReplayEarlyValue } from '@/app/_components/forms/replay-early-value';
import { ChangeReview, type BuiltChange, type VisitTypeChoice } from './change-review';
import { HoursRanges, rangeFields, type HoursRange, type Place } from './hours-ranges';

export function DateOverrideForm({
  places,
  offersVirtual,
  defaultWhere,
  visitTypes,
  timeZone,
  today,
}: {
  places: Place[];
  offersVirtual: boolean;
  defaultWhere: string;
  visitTypes: VisitTypeChoice[];
  timeZone: string;
  today: string;
}) {
  const id = useId();
  const [date, setDate] = useState('');
  const dateField = useRef<HTMLInputElement>(null);
  useReplayEarlyValue(dateField, date, setDate);
  const [closed, setClosed] = useState(false);
  const kindField = useRef<HTMLFieldSetElement>(null);
  useReplayEarlyChoice(kindField, closed ? 'closed' : 'custom', (kind) => setClosed(kind === 'closed'));
  const [ranges, setRanges] = useState<HoursRange[]>([]);

  const build = (): BuiltChange => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return { ok: false, message: 'Choose the date to change.' };
    const out = [];
    if (!closed) {
      if (ranges.length === 0) return { ok: false, message: 'Add hours for that date, or choose "Closed all day".' };
      for (const r of ranges) {
        const fields = rangeFields(r);
        if (!fields.ok) return { ok: false, message: fields.message };
        out.push(fields.value);
      }
    }
    const body = { date, ranges: out };
    return {
      ok: true,
      preview: { override: body },
      save: (confirmOrphans) => api('PUT /api/availability/overrides', { body: { ...body, confirmOrphans } }),
    };
  };

  return (
    <div className="date-override">
      <div className="field">
        <label htmlFor={`${id}-date`}>Date</label>
        <input
          ref={dateField}
          id={`${id}-date`}
          type="date"
          min={today}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          required
        />
      </div>
      <fieldset ref={kindField} className="hours-kind">
        <legend>That day</legend>
        <div className="field-check">
          <input
            type="radio"
            id={`${id}-custom`}
            name={`${id}-kind`}
            value="custom"
            checked={!closed}
            onChange={() => setClosed(false)}
          />
          <label htmlFor={`${id}-custom`}>Custom hours</label>
        </div>
        <div className="field-check">
          <input
            type="radio"
            id={`${id}-closed`}
            name={`${id}-kind`}
            value="closed"
            checked={closed}
            onChange={() => setClosed(true)}
          />
          <label htmlFor={`${id}-closed`}>Closed all day</label>
        </div>
      </fieldset>
      {!closed && (
        <HoursRanges
          label="Custom hours"
          ranges={ranges}
          onChange={setRanges}
          places={places}
          offersVirtual={offersVirtual}
          defaultWhere={defaultWhere}
        />
      )}
      <ChangeReview
        saveText="Save this date"
        build={build}
        visitTypes={visitTypes}
        timeZone={timeZone}
        saveLabel={`Hours on ${date || 'that date'}`}
      />
    </div>
  );
}
