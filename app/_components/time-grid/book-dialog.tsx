'use client';

// "Book a patient" into empty time: the patient found by name among those in the caller's care
// (GET /api/staff/patients), a visit type, and who pays (the clinic, or the patient's insurer);
// then POST /api/staff/appointments, the same booking core and rules as a patient's own booking
// (a taken time is 409 and nothing is booked twice; the patient is emailed the visit and its .ics).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { US_STATES } from '@/lib/licensure/us-states';
import type { BookableVisitType } from '@/lib/scheduling/bookable-visit-types';
import { GridDialog } from './grid-dialog';
import { bookForPatient, refusal, searchPatients, type FoundPatient, type StaffPayment } from './schedule-actions';
import { instantOfInputs } from './zone-input';
import { formText } from '@/app/_components/form-text';

export type { BookableVisitType };

export function BookDialog({
  zone,
  initial,
  therapistId,
  therapists,
  clinicId,
  visitTypes,
  onDone,
  onClose,
}: {
  zone: string;
  initial: { date: string; from: string };
  /** The calendar's therapist (the column dragged in); the front desk may choose another. */
  therapistId: string;
  therapists: readonly { id: string; name: string }[] | null;
  clinicId: string | null;
  visitTypes: readonly BookableVisitType[];
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const id = useId();
  const [name, setName] = useState('');
  const [found, setFound] = useState<FoundPatient[] | null>(null);
  const [patientId, setPatientId] = useState<string | null>(null);
  const [visitTypeId, setVisitTypeId] = useState(visitTypes[0]?.id ?? '');
  const [payer, setPayer] = useState<'clinic' | 'insurance'>('clinic');
  const [error, setError] = useState('');
  const [pending, setPending] = useState(false);
  const key = useRef(`grid-book-${crypto.randomUUID()}`);
  const virtual = visitTypes.find((v) => v.id === visitTypeId)?.modality === 'VIRTUAL';

  useEffect(() => {
    const wanted = name.trim();
    if (wanted.length < 2) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      void searchPatients(wanted, abort.signal).then(
        (res) => {
          setFound(res.ok ? res.data.patients : []);
          if (!res.ok) setError(`Search failed: ${res.message}`);
        },
        () => {},
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [name]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const patient = found?.find((p) => p.id === patientId);
    if (!patient) {
      setError('Find the patient by name and choose them.');
      return;
    }
    const date = formText(form, 'date');
    const time = formText(form, 'time');
    const start = instantOfInputs(date, time, zone);
    if (start === null) {
      setError(`That time does not exist in ${zone} (the clocks skip it). Choose another.`);
      return;
    }
    const payment: StaffPayment =
      payer === 'clinic'
        ? { method: 'clinic' }
        : { method: 'insurance', payer: formText(form, 'payer'), memberId: formText(form, 'memberId') };
    setPending(true);
    setError('');
    const res = await bookForPatient(
      {
        patientId: patient.id,
        therapistId: formText(form, 'therapistId') || therapistId,
        visitTypeId,
        start,
        clinicId: virtual ? null : clinicId,
        patientState: virtual ? formText(form, 'patientState') || null : null,
        payment,
      },
      key.current,
    );
    setPending(false);
    if (!res.ok) {
      // A refused booking may be retried with other choices: a new key for the new request.
      key.current = `grid-book-${crypto.randomUUID()}`;
      setError(res.status === 409 && res.code === 'SLOT_TAKEN' ? `Not booked: ${res.message}` : refusal(res));
      return;
    }
    onDone(`${patient.name} booked on ${date} at ${time}. The patient is emailed.`);
  }

  return (
    <GridDialog title="Book a patient" onClose={onClose}>
      <form onSubmit={onSubmit} className="tg-form">
        <p className="hint">Times in {zone}.</p>
        {therapists && (
          <div className="field">
            <label htmlFor={`${id}-therapist`}>Therapist</label>
            <select id={`${id}-therapist`} name="therapistId" defaultValue={therapistId}>
              {therapists.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-name`}>Patient name</label>
          <input
            id={`${id}-name`}
            type="search"
            autoComplete="off"
            value={name}
            aria-describedby={`${id}-found`}
            onChange={(e) => {
              setName(e.target.value);
              setPatientId(null);
              if (e.target.value.trim().length < 2) setFound(null);
            }}
          />
        </div>
        <fieldset className="field tg-found">
          <legend>Patient</legend>
          <p id={`${id}-found`} className="muted" aria-live="polite">
            {found === null
              ? 'Type at least 2 letters of the name.'
              : found.length === 0
                ? 'No patient in your care has that name.'
                : `${found.length} found.`}
          </p>
          {found?.map((p) => (
            <label key={p.id} className="tg-choice">
              <input
                type="radio"
                name="patientId"
                value={p.id}
                checked={patientId === p.id}
                onChange={() => setPatientId(p.id)}
              />{' '}
              {p.name} <span className="muted">(born {p.dateOfBirth})</span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-type`}>Visit type</label>
          <select id={`${id}-type`} value={visitTypeId} onChange={(e) => setVisitTypeId(e.target.value)} required>
            {visitTypes.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name} ({v.durationMinutes} min, {v.modality === 'VIRTUAL' ? 'video' : 'in clinic'})
              </option>
            ))}
          </select>
        </div>
        {virtual && (
          <div className="field">
            <label htmlFor={`${id}-state`}>State the patient will be in</label>
            <select id={`${id}-state`} name="patientState" required defaultValue="">
              <option value="">Choose a state</option>
              {Object.entries(US_STATES).map(([code, state]) => (
                <option key={code} value={code}>
                  {state}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input id={`${id}-date`} name="date" type="date" required defaultValue={initial.date} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-time`}>Start time</label>
          <input id={`${id}-time`} name="time" type="time" required step={300} defaultValue={initial.from} />
        </div>
        <fieldset className="field">
          <legend>Payment</legend>
          <label className="tg-choice">
            <input type="radio" name="payBy" checked={payer === 'clinic'} onChange={() => setPayer('clinic')} /> Billed by the
            clinic
          </label>
          <label className="tg-choice">
            <input type="radio" name="payBy" checked={payer === 'insurance'} onChange={() => setPayer('insurance')} /> Insurance
          </label>
        </fieldset>
        {payer === 'insurance' && (
          <>
            <div className="field">
              <label htmlFor={`${id}-payer`}>Insurer</label>
              <input id={`${id}-payer`} name="payer" required minLength={2} maxLength={100} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-member`}>Member ID</label>
              <input id={`${id}-member`} name="memberId" required minLength={3} maxLength={40} />
            </div>
          </>
        )}
        <p className="form-error" role="alert">
          {error}
        </p>
        <div className="actions">
          <button type="submit" disabled={pending || visitTypes.length === 0}>
            {pending ? 'Booking…' : 'Book visit'}
          </button>
          <button type="button" className="button-secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </GridDialog>
  );
}
