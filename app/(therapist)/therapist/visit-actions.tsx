'use client';

// What a therapist does with a visit on the day: check the patient in (in clinic), then close the
// visit as completed or as a no-show (which may cost the patient a fee, so it asks once more).
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api, type ApiResult } from '@/app/_components/api-client';

export interface VisitActionFacts {
  id: string;
  modality: 'IN_CLINIC' | 'VIRTUAL';
  status: 'HELD' | 'BOOKED' | 'COMPLETED' | 'NO_SHOW' | 'CANCELLED';
  checkedInAt: string | null;
  /** Check-in is open now (the server decides, from the visit's local day). */
  checkInOpen: boolean;
  /** The visit has begun, so it can be closed. */
  started: boolean;
}

function clockTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(iso));
}

export function VisitActions({
  visit,
  timeZone,
  describedBy,
}: {
  visit: VisitActionFacts;
  timeZone: string;
  describedBy: string;
}) {
  const router = useRouter();
  const [checkedInAt, setCheckedInAt] = useState(visit.checkedInAt);
  const [busy, setBusy] = useState(false);
  const [confirmingNoShow, setConfirmingNoShow] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');

  async function run<T>(send: () => Promise<ApiResult<T>>, done: string, after?: (data: T) => void) {
    setBusy(true);
    setError('');
    const res = await send();
    setBusy(false);
    if (!res.ok) {
      setError(res.message);
      return;
    }
    after?.(res.data);
    setConfirmingNoShow(false);
    setMessage(done);
    router.refresh();
  }

  const booked = visit.status === 'BOOKED';
  const canCheckIn = booked && visit.modality === 'IN_CLINIC' && !checkedInAt && visit.checkInOpen;
  return (
    <div className="visit-actions">
      {checkedInAt && <span className="checked-in">Checked in {clockTime(checkedInAt, timeZone)}</span>}
      {canCheckIn && (
        <button
          type="button"
          className="button-small"
          disabled={busy}
          aria-describedby={describedBy}
          onClick={() =>
            run(
              () => api('POST /api/appointments/{id}/check-in', { params: { id: visit.id } }),
              'Checked in.',
              (d) => setCheckedInAt(d.checkedInAt ?? null),
            )
          }
        >
          Check in
        </button>
      )}
      {booked && visit.started && !confirmingNoShow && (
        <>
          <button
            type="button"
            className="button-small"
            disabled={busy}
            aria-describedby={describedBy}
            onClick={() =>
              run(
                () => api('POST /api/appointments/{id}/status', { params: { id: visit.id }, body: { status: 'COMPLETED' } }),
                'Marked completed.',
              )
            }
          >
            Mark completed
          </button>
          <button
            type="button"
            className="button-small button-secondary"
            disabled={busy}
            aria-describedby={describedBy}
            onClick={() => setConfirmingNoShow(true)}
          >
            Mark no-show
          </button>
        </>
      )}
      {booked && visit.started && confirmingNoShow && (
        <span role="group" aria-label="Confirm the no-show" className="visit-actions">
          <span>The patient may be charged the missed-visit fee.</span>
          <button
            type="button"
            className="button-small"
            disabled={busy}
            aria-describedby={describedBy}
            autoFocus
            onClick={() =>
              run(
                () => api('POST /api/appointments/{id}/status', { params: { id: visit.id }, body: { status: 'NO_SHOW' } }),
                'Marked as a no-show.',
              )
            }
          >
            Confirm no-show
          </button>
          <button
            type="button"
            className="button-small button-secondary"
            disabled={busy}
            onClick={() => setConfirmingNoShow(false)}
          >
            Keep booked
          </button>
        </span>
      )}
      <span role="status" className="sr-only">
        {message}
      </span>
      {error && (
        <span role="alert" className="form-error">
          {error}
        </span>
      )}
    </div>
  );
}
