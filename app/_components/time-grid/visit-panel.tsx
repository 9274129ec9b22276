'use client';

// The side panel of a selected visit: who, what, how it is paid, intake and note, and what can be
// done with it now (the day's actions for its therapist, moving and cancelling for both).
import Link from 'next/link';
import { useId, useState, type FormEvent } from 'react';
import { STATUS_LABEL } from '@/app/_components/format';
import { VisitActions } from '@/app/(therapist)/therapist/visit-actions';
import type { GridBlock } from './grid-model';
import { cancelVisit, refusal } from './schedule-actions';
import { formText } from '@/app/_components/form-text';

const NOTE_LABEL = { NONE: 'Not started', DRAFT: 'Draft', SIGNED: 'Signed' } as const;

export function VisitPanel({
  block,
  zone,
  mode,
  now,
  onMove,
  onDone,
  onClose,
}: {
  block: GridBlock;
  zone: string;
  mode: 'therapist' | 'frontDesk';
  now: number;
  onMove: () => void;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const id = useId();
  const { visit } = block;
  const [cancelling, setCancelling] = useState(false);
  const [error, setError] = useState('');
  const upcoming = visit.status === 'BOOKED' && visit.start > now;
  const virtual = visit.modality === 'VIRTUAL';
  const visitHref = mode === 'therapist' ? `/therapist/visits/${visit.id}` : `/admin/appointments/${visit.id}`;
  const date = new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: zone }).format(
    visit.start,
  );

  async function onCancel(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = formText(new FormData(event.currentTarget), 'reason');
    const res = await cancelVisit(visit.id, reason);
    if (!res.ok) {
      setError(refusal(res));
      return;
    }
    onDone(`${visit.patient.name}’s visit is cancelled. The patient is emailed.`);
  }

  return (
    <aside className="tg-panel card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} tabIndex={-1}>
        {mode === 'therapist' ? (
          <Link href={`/therapist/patients/${visit.patient.id}`}>{visit.patient.name}</Link>
        ) : (
          visit.patient.name
        )}
      </h2>
      <dl className="tg-facts">
        <div>
          <dt>When</dt>
          <dd>
            {date}, {block.time}
          </dd>
        </div>
        <div>
          <dt>Visit</dt>
          <dd>
            {visit.visitType.name} ({visit.visitType.durationMinutes} min)
          </dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>
            <span className={`modality-tag ${virtual ? 'modality-virtual' : 'modality-in-clinic'}`}>
              {virtual ? 'Video' : 'In clinic'}
            </span>
            {!virtual && visit.clinic && <> {visit.clinic.name}</>}
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            {STATUS_LABEL[visit.status]}
            {visit.needsNoShowReview && <> · patient did not join</>}
          </dd>
        </div>
        <div>
          <dt>Payment</dt>
          <dd>{block.payment}</dd>
        </div>
        <div>
          <dt>Intake</dt>
          <dd>{visit.hasIntake ? 'On file' : 'None with this visit'}</dd>
        </div>
        <div>
          <dt>Visit note</dt>
          <dd>{NOTE_LABEL[visit.note]}</dd>
        </div>
      </dl>
      <div className="tg-panel-actions">
        <Link href={visitHref} className="button button-small button-secondary">
          Open visit
        </Link>
        {block.actions && <VisitActions visit={block.actions} timeZone={zone} describedBy={`${id}-heading`} />}
        {upcoming && (
          <button type="button" className="button-small" onClick={onMove}>
            Move to…
          </button>
        )}
        {upcoming && !cancelling && (
          <button type="button" className="button-small button-secondary" onClick={() => setCancelling(true)}>
            Cancel visit…
          </button>
        )}
        <button type="button" className="button-small button-secondary" onClick={onClose}>
          Close
        </button>
      </div>
      {cancelling && (
        <form className="tg-form" onSubmit={onCancel}>
          <div className="field">
            <label htmlFor={`${id}-reason`}>Reason for cancelling</label>
            <input id={`${id}-reason`} name="reason" required maxLength={500} autoFocus />
          </div>
          <div className="actions">
            <button type="submit" className="button-small">
              Cancel this visit
            </button>
            <button type="button" className="button-small button-secondary" onClick={() => setCancelling(false)}>
              Keep it
            </button>
          </div>
        </form>
      )}
      <p className="form-error" role="alert">
        {error}
      </p>
    </aside>
  );
}
