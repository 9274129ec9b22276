'use client';

// Time off: a span of hours or days with no bookable times, entered in the therapist's own zone.
import { useId, useRef, useState } from 'react';
import { wallTimeToInstantLenient } from '@/lib/scheduling/zoned-time';
import { api } from '@/app/_components/api-client';
import { useReplayEarlyValue } from '@/app/_components/forms/replay-early-value';
import { ChangeReview, type BuiltChange, type VisitTypeChoice } from './change-review';

/** What an <input type="datetime-local"> holds: 'YYYY-MM-DDTHH:mm', seconds optional. */
const DATETIME_LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

export function TimeOffForm({ visitTypes, timeZone }: { visitTypes: VisitTypeChoice[]; timeZone: string }) {
  const id = useId();
  const [starts, setStarts] = useState('');
  const [ends, setEnds] = useState('');
  const [reason, setReason] = useState('');
  const startsField = useRef<HTMLInputElement>(null);
  const endsField = useRef<HTMLInputElement>(null);
  const reasonField = useRef<HTMLInputElement>(null);
  useReplayEarlyValue(startsField, starts, setStarts);
  useReplayEarlyValue(endsField, ends, setEnds);
  useReplayEarlyValue(reasonField, reason, setReason);

  // A skipped wall time (spring forward) means the instant the clocks jump to.
  const instant = (local: string) => {
    const [, date, hours, minutes] = DATETIME_LOCAL.exec(local) ?? [];
    if (!date || !hours || !minutes) return null;
    return new Date(wallTimeToInstantLenient(date, Number(hours) * 60 + Number(minutes), timeZone)).toISOString();
  };
  const build = (): BuiltChange => {
    const startsAt = instant(starts);
    const endsAt = instant(ends);
    if (!startsAt || !endsAt) return { ok: false, message: 'Enter when the time off starts and ends.' };
    if (endsAt <= startsAt) return { ok: false, message: 'The end must be after the start.' };
    return {
      ok: true,
      preview: { timeOff: { startsAt, endsAt } },
      save: (confirmOrphans) => api('POST /api/availability/time-off', { body: { startsAt, endsAt, reason, confirmOrphans } }),
    };
  };

  return (
    <div className="time-off">
      <div className="hours-range">
        <div className="field">
          <label htmlFor={`${id}-starts`}>Starts</label>
          <input
            ref={startsField}
            id={`${id}-starts`}
            type="datetime-local"
            value={starts}
            onChange={(e) => setStarts(e.target.value)}
            required
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-ends`}>Ends</label>
          <input
            ref={endsField}
            id={`${id}-ends`}
            type="datetime-local"
            value={ends}
            onChange={(e) => setEnds(e.target.value)}
            required
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-reason`}>Reason (optional, only you see it)</label>
          <input
            ref={reasonField}
            id={`${id}-reason`}
            value={reason}
            maxLength={200}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
      </div>
      <ChangeReview
        saveText="Save time off"
        build={build}
        visitTypes={visitTypes}
        timeZone={timeZone}
        saveLabel="Time off"
        onSaved={() => {
          setStarts('');
          setEnds('');
          setReason('');
        }}
      />
    </div>
  );
}
