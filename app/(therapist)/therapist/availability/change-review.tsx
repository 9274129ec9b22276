'use client';

// Preview and save for one change of hours. Preview shows the open times the change gives a visit
// type and the booked visits it would leave outside the hours; saving such a change needs an
// explicit confirmation, and the visits stay booked (nothing is ever cancelled here).
import { useRouter } from 'next/navigation';
import { useId, useRef, useState } from 'react';
import { api, type ApiAnswer, type ApiBody, type ApiResult } from '@/app/_components/api-client';
import { useReplayEarlyChoice } from '@/app/_components/forms/replay-early-choice';

export interface VisitTypeChoice {
  id: string;
  name: string;
  modality: 'IN_CLINIC' | 'VIRTUAL';
  durationMinutes: number;
}
export interface Orphan {
  id: string;
  start: string;
  end: string;
  modality: string;
  patient: { id: string; name: string };
  visitType: { name: string };
  clinic: { name: string } | null;
}
type Preview = ApiAnswer<'POST /api/availability/preview'>;

/** The change to preview (rules | override | timeOff) and the save request, or why the form is not ready. */
export type BuiltChange =
  | {
      ok: true;
      preview: ApiBody<'POST /api/availability/preview'>;
      save: (confirmOrphans: boolean) => Promise<ApiResult<{ orphans: Orphan[] }>>;
    }
  | { ok: false; message: string };

const fmt = (iso: string, timeZone: string, o: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-US', { ...o, timeZone }).format(new Date(iso));
const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', month: 'long', day: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

export function OrphanList({ orphans, timeZone }: { orphans: Orphan[]; timeZone: string }) {
  return (
    <ul className="orphan-list">
      {orphans.map((o) => (
        <li key={o.id}>
          <a href={`/therapist/visits/${o.id}`}>{fmt(o.start, timeZone, { ...DAY, ...TIME })}</a>: {o.patient.name},{' '}
          {o.visitType.name} ({o.modality === 'VIRTUAL' ? 'video' : `in clinic${o.clinic ? `, ${o.clinic.name}` : ''}`})
        </li>
      ))}
    </ul>
  );
}

function SlotDays({ slots, timeZone }: { slots: { start: string }[]; timeZone: string }) {
  const days = new Map<string, string[]>();
  for (const s of slots) {
    const day = fmt(s.start, timeZone, DAY);
    days.set(day, [...(days.get(day) ?? []), fmt(s.start, timeZone, TIME)]);
  }
  if (days.size === 0) return <p>No open times in the next 14 days.</p>;
  return (
    <dl className="preview-days">
      {[...days].map(([day, times]) => (
        <div key={day}>
          <dt>{day}</dt>
          <dd>{times.join(', ')}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ChangeReview({
  build,
  visitTypes,
  timeZone,
  saveLabel,
  saveText,
  onSaved,
}: {
  build: () => BuiltChange;
  visitTypes: VisitTypeChoice[];
  timeZone: string;
  saveLabel: string;
  /** The save button's words, distinct per form ("Save weekly hours"). */
  saveText: string;
  onSaved?: () => void;
}) {
  const router = useRouter();
  const id = useId();
  const [visitTypeId, setVisitTypeId] = useState(visitTypes[0]?.id ?? '');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [blocked, setBlocked] = useState<Orphan[] | null>(null);
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState<{ message: string; orphans: Orphan[] } | null>(null);
  const visitTypeField = useRef<HTMLDivElement>(null);
  useReplayEarlyChoice(visitTypeField, visitTypeId, setVisitTypeId);

  const reset = () => {
    setError('');
    setSaved(null);
  };

  async function runPreview() {
    reset();
    const change = build();
    if (!change.ok) {
      setError(change.message);
      return;
    }
    setBusy(true);
    const res = await api('POST /api/availability/preview', {
      body: { ...change.preview, ...(visitTypeId ? { visitTypeId } : {}) },
    });
    setBusy(false);
    if (!res.ok) {
      setError(res.message);
      return;
    }
    setPreview(res.data);
  }

  async function save(confirmOrphans: boolean) {
    reset();
    const change = build();
    if (!change.ok) {
      setError(change.message);
      return;
    }
    setBusy(true);
    const res = await change.save(confirmOrphans);
    setBusy(false);
    if (!res.ok) {
      if (res.code === 'ORPHANED_APPOINTMENTS') {
        const again = await api('POST /api/availability/preview', { body: change.preview });
        setBlocked(again.ok ? again.data.orphans : []);
        setUnderstood(false);
      }
      setError(res.message);
      return;
    }
    setBlocked(null);
    setPreview(null);
    setSaved({ message: `${saveLabel}: saved.`, orphans: res.data.orphans });
    onSaved?.();
    router.refresh();
  }

  return (
    <div className="change-review">
      <div className="change-review-controls">
        {visitTypes.length > 0 && (
          <div className="field" ref={visitTypeField}>
            <label htmlFor={`${id}-visit-type`}>Preview open times for</label>
            <select
              id={`${id}-visit-type`}
              value={visitTypeId}
              onChange={(e) => {
                setVisitTypeId(e.target.value);
                setPreview(null);
              }}
            >
              {visitTypes.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name} ({v.durationMinutes} min, {v.modality === 'VIRTUAL' ? 'video' : 'in clinic'})
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="actions">
          <button type="button" className="button-secondary" disabled={busy} onClick={runPreview}>
            Preview
          </button>
          <button type="button" disabled={busy} onClick={() => save(false)}>
            {saveText}
          </button>
        </div>
      </div>
      <div role="status" aria-live="polite">
        {saved && (
          <div className="notice notice-success">
            <p>{saved.message}</p>
            {saved.orphans.length > 0 && (
              <>
                <p>These visits are still booked outside your hours. Move them or keep them:</p>
                <OrphanList orphans={saved.orphans} timeZone={timeZone} />
              </>
            )}
          </div>
        )}
      </div>
      {error && !blocked && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {blocked && (
        <section className="notice orphan-warning" role="alert" aria-labelledby={`${id}-blocked`}>
          <h4 id={`${id}-blocked`}>
            Not saved yet: {blocked.length === 1 ? '1 booked visit' : `${blocked.length} booked visits`} would fall outside your
            hours
          </h4>
          <OrphanList orphans={blocked} timeZone={timeZone} />
          <p>Saving never cancels them: they stay booked, and you can move them or see the patients as planned.</p>
          <div className="field-check">
            <input
              type="checkbox"
              id={`${id}-understood`}
              checked={understood}
              onChange={(e) => setUnderstood(e.target.checked)}
            />
            <label htmlFor={`${id}-understood`}>I understand these visits stay booked outside my hours</label>
          </div>
          <div className="actions">
            <button type="button" disabled={busy || !understood} onClick={() => save(true)}>
              Save anyway
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={busy}
              onClick={() => {
                setBlocked(null);
                setError('');
              }}
            >
              Go back
            </button>
          </div>
        </section>
      )}
      {preview && (
        <section className="preview-panel" aria-labelledby={`${id}-preview`}>
          <h4 id={`${id}-preview`}>
            Preview{preview.visitType ? `: open times for ${preview.visitType.name}` : ''} in the next 14 days (not saved yet)
          </h4>
          {preview.orphans.length > 0 ? (
            <div className="notice orphan-warning">
              <p>
                <strong>
                  {preview.orphans.length === 1 ? '1 booked visit' : `${preview.orphans.length} booked visits`} would fall outside
                  these hours.
                </strong>{' '}
                They stay booked if you save.
              </p>
              <OrphanList orphans={preview.orphans} timeZone={timeZone} />
            </div>
          ) : (
            <p>No booked visit falls outside these hours.</p>
          )}
          {preview.visitType && <SlotDays slots={preview.slots} timeZone={timeZone} />}
        </section>
      )}
    </div>
  );
}
