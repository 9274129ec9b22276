'use client';

// "Move to…": the keyboard (and phone) way to do what dragging a visit does. A new time goes
// through PATCH /api/appointments/:id; a colleague at the same time through the reassign route.
import { useId, useState, type FormEvent } from 'react';
import type { GridVisit } from '@/lib/scheduling/load-grid-columns';
import { GridDialog } from './grid-dialog';
import { reassignVisit, refusal, rescheduleVisit } from './schedule-actions';
import { inputsOfInstant, instantOfInputs } from './zone-input';
import { formText } from '@/app/_components/form-text';

export function MoveDialog({
  visit,
  zone,
  therapists,
  onDone,
  onClose,
}: {
  visit: GridVisit;
  zone: string;
  therapists: { id: string; name: string }[] | null;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const id = useId();
  const initial = inputsOfInstant(visit.start, zone);
  const [error, setError] = useState('');
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const date = formText(form, 'date');
    const time = formText(form, 'time');
    const therapistId = formText(form, 'therapistId') || visit.therapistId;
    const start = instantOfInputs(date, time, zone);
    if (start === null) {
      setError(`That time does not exist in ${zone} (the clocks skip it). Choose another.`);
      return;
    }
    const moving = start !== visit.start;
    const reassigning = therapistId !== visit.therapistId;
    if (!moving && !reassigning) {
      setError('Choose a different time or therapist.');
      return;
    }
    if (moving && reassigning) {
      setError('Move the time and the therapist one at a time: a visit goes to a colleague at the same time.');
      return;
    }
    setPending(true);
    setError('');
    const res = reassigning ? await reassignVisit(visit.id, therapistId) : await rescheduleVisit(visit.id, start);
    setPending(false);
    if (!res.ok) {
      setError(refusal(res));
      return;
    }
    const to = therapists?.find((t) => t.id === therapistId)?.name;
    onDone(
      reassigning
        ? `${visit.patient.name}’s visit moved to ${to}.`
        : `${visit.patient.name}’s visit moved to ${date} at ${time}. The patient is emailed.`,
    );
  }

  return (
    <GridDialog title={`Move ${visit.patient.name}’s visit`} onClose={onClose}>
      <form onSubmit={onSubmit} className="tg-form">
        <p className="hint">Times in {zone}.</p>
        <div className="field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input id={`${id}-date`} name="date" type="date" required defaultValue={initial.date} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-time`}>Start time</label>
          <input id={`${id}-time`} name="time" type="time" required step={300} defaultValue={initial.time} />
        </div>
        {therapists && (
          <div className="field">
            <label htmlFor={`${id}-therapist`}>Therapist</label>
            <select id={`${id}-therapist`} name="therapistId" defaultValue={visit.therapistId}>
              {therapists.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <p className="form-error" role="alert">
          {error}
        </p>
        <div className="actions">
          <button type="submit" disabled={pending}>
            {pending ? 'Moving…' : 'Move visit'}
          </button>
          <button type="button" className="button-secondary" onClick={onClose}>
            Keep it here
          </button>
        </div>
      </form>
    </GridDialog>
  );
}
