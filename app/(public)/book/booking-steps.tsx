'use client';

// The three choices before a time: what kind of visit, which clinic, which therapist.
import { useId, useRef } from 'react';
import { useReplayEarlyChoice } from '@/app/_components/forms/replay-early-choice';
import { formatMoney, MODALITY_LABEL } from '@/app/_components/format';
import { stateName } from '@/lib/licensure/us-states';

export interface BookableVisitType {
  id: string;
  name: string;
  description: string;
  durationMinutes: number;
  priceCents: number;
  currency: string;
  modality: 'IN_CLINIC' | 'VIRTUAL';
  freeCancellationHours: number;
  lateCancellationFeeCents: number;
}
export interface BookableClinic {
  id: string;
  name: string;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  state: string;
  zip: string;
  /** The clinic's IANA zone, named beside the times when it differs from the viewer's. */
  timezone?: string;
}
export interface BookableTherapist {
  id: string;
  name: string;
  credentials: string;
  clinic: { id: string; name: string; city: string; state: string } | null;
}

export function VisitTypeChoice({
  visitTypes,
  value,
  onChange,
}: {
  visitTypes: BookableVisitType[];
  value: string | null;
  onChange: (visitType: BookableVisitType) => void;
}) {
  const id = useId();
  const root = useRef<HTMLFieldSetElement>(null);
  useReplayEarlyChoice(root, value ?? '', (chosenId) => {
    const vt = visitTypes.find((v) => v.id === chosenId);
    if (vt) onChange(vt);
  });
  return (
    <fieldset className="booking-step" ref={root}>
      <legend>
        <h2>What kind of visit?</h2>
      </legend>
      <div className="choice-cards">
        {visitTypes.map((vt) => (
          <label key={vt.id} className="choice-card">
            <input
              type="radio"
              name="visitType"
              value={vt.id}
              checked={vt.id === value}
              onChange={() => onChange(vt)}
              aria-labelledby={`${id}-${vt.id}-name`}
              aria-describedby={`${id}-${vt.id}-details`}
            />
            <span className="choice-body">
              <span id={`${id}-${vt.id}-name`} className="choice-title">
                {vt.name}
              </span>
              <span id={`${id}-${vt.id}-details`} className="choice-details">
                <span>
                  {vt.durationMinutes} min · {formatMoney(vt.priceCents, vt.currency)} · {MODALITY_LABEL[vt.modality]}
                </span>
                {vt.description && <span className="muted">{vt.description}</span>}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function ClinicChoice({
  clinics,
  value,
  onChange,
}: {
  clinics: BookableClinic[];
  value: string | null;
  onChange: (clinicId: string | null) => void;
}) {
  const id = useId();
  const root = useRef<HTMLElement>(null);
  useReplayEarlyChoice(root, value ?? '', (clinicId) => onChange(clinicId || null));
  const byState = new Map<string, BookableClinic[]>();
  for (const c of clinics) byState.set(c.state, [...(byState.get(c.state) ?? []), c]);
  return (
    <section className="booking-step" aria-labelledby={`${id}-heading`} ref={root}>
      <h2 id={`${id}-heading`}>Which clinic?</h2>
      <div className="field">
        <label htmlFor={`${id}-clinic`}>Clinic</label>
        <select id={`${id}-clinic`} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
          <option value="">Choose a clinic</option>
          {[...byState].map(([state, list]) => (
            <optgroup key={state} label={stateName(state)}>
              {list.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
    </section>
  );
}

export type TherapistList = { ok: true; therapists: BookableTherapist[] } | { ok: false; message: string } | null;

export function TherapistChoice({
  list,
  value,
  virtual,
  onChange,
}: {
  list: TherapistList;
  value: string | null;
  virtual: boolean;
  onChange: (therapistId: string | null) => void;
}) {
  const id = useId();
  const therapists = list?.ok ? list.therapists : [];
  return (
    <fieldset className="booking-step">
      <legend>
        <h2>Who would you like to see?</h2>
      </legend>
      <p className="muted" role="status">
        {list === null ? 'Loading therapists…' : ''}
      </p>
      {list && !list.ok && (
        <p className="form-error" role="alert">
          {list.message}
        </p>
      )}
      {list?.ok && therapists.length === 0 && (
        <p className="empty">
          {virtual ? 'No therapist offers video visits just now.' : 'No therapist at this clinic takes online bookings yet.'}
        </p>
      )}
      {therapists.length > 0 && (
        <div className="choice-cards">
          <label className="choice-card">
            <input
              type="radio"
              name="therapist"
              value=""
              checked={!value || !therapists.some((t) => t.id === value)}
              onChange={() => onChange(null)}
              aria-labelledby={`${id}-any-name`}
              aria-describedby={`${id}-any-details`}
            />
            <span className="choice-body">
              <span id={`${id}-any-name`} className="choice-title">
                First available
              </span>
              <span id={`${id}-any-details`} className="choice-details muted">
                {virtual
                  ? 'The earliest times with any therapist who offers video visits'
                  : 'The earliest times with any therapist at this clinic'}
              </span>
            </span>
          </label>
          {therapists.map((t) => (
            <label key={t.id} className="choice-card">
              <input
                type="radio"
                name="therapist"
                value={t.id}
                checked={t.id === value}
                onChange={() => onChange(t.id)}
                aria-labelledby={`${id}-${t.id}-name`}
                aria-describedby={`${id}-${t.id}-details`}
              />
              <span className="choice-body">
                <span id={`${id}-${t.id}-name`} className="choice-title">
                  {t.name}
                </span>
                <span id={`${id}-${t.id}-details`} className="choice-details muted">
                  {[t.credentials, virtual && t.clinic ? `Based at ${t.clinic.name}` : null].filter(Boolean).join(' · ')}
                </span>
              </span>
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
