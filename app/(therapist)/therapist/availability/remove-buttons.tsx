'use client';

// Undo a date's changed hours or a stretch of time off. Putting a date back to the weekly hours can
// take hours away, so it is guarded like any change: booked visits it would leave outside are
// listed and need a confirmation (they stay booked). Removing time off only gives hours back.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api, type ApiResult } from '@/app/_components/api-client';
import { OrphanList, type Orphan } from './change-review';

function useRemoval() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const remove = async (send: () => Promise<ApiResult<unknown>>, onConflict?: () => Promise<void>) => {
    setBusy(true);
    setError('');
    const res = await send();
    setBusy(false);
    if (res.ok) {
      router.refresh();
      return;
    }
    if (res.code === 'ORPHANED_APPOINTMENTS' && onConflict) await onConflict();
    setError(res.message);
  };
  return { busy, error, remove };
}

export function RemoveTimeOffButton({ id, label }: { id: string; label: string }) {
  const { busy, error, remove } = useRemoval();
  return (
    <>
      {' '}
      <button
        type="button"
        className="button-secondary button-small"
        disabled={busy}
        onClick={() => remove(() => api('DELETE /api/availability/time-off/{id}', { params: { id } }))}
      >
        Remove<span className="sr-only"> time off {label}</span>
      </button>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}

export function RemoveOverrideButton({ date, label, timeZone }: { date: string; label: string; timeZone: string }) {
  const { busy, error, remove } = useRemoval();
  const [orphans, setOrphans] = useState<Orphan[] | null>(null);
  const loadOrphans = async () => {
    const res = await api('POST /api/availability/preview', {
      body: { clearOverride: date },
    });
    setOrphans(res.ok ? res.data.orphans : []);
  };
  return (
    <>
      {' '}
      <button
        type="button"
        className="button-secondary button-small"
        disabled={busy}
        onClick={() => remove(() => api('DELETE /api/availability/overrides/{date}', { params: { date } }), loadOrphans)}
      >
        Use weekly hours<span className="sr-only"> on {label}</span>
      </button>
      {error && !orphans && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
      {orphans && (
        <div className="notice orphan-warning" role="alert">
          <p>
            <strong>Not changed yet:</strong> the weekly hours on {label} leave{' '}
            {orphans.length === 1 ? 'this booked visit' : 'these booked visits'} outside your hours. They stay booked.
          </p>
          <OrphanList orphans={orphans} timeZone={timeZone} />
          <div className="actions">
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                remove(() =>
                  api('DELETE /api/availability/overrides/{date}', { params: { date }, query: { confirmOrphans: 'true' } }),
                )
              }
            >
              Use weekly hours anyway
            </button>
            <button type="button" className="button-secondary" onClick={() => setOrphans(null)}>
              Keep the changed hours
            </button>
          </div>
        </div>
      )}
    </>
  );
}
