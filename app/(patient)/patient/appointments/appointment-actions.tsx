'use client';

// Reschedule and cancel for one upcoming visit, each as an inline panel under the visit.
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '@/app/_components/api-client';
import { formatMoney } from '@/app/_components/format';
import { formatDateTime } from '@/app/_components/local-time';
import { dateKey, WeekSlots, type OpenSlot } from '@/app/_components/week-slots';
import { useFlash } from './flash';
import { formText } from '@/app/_components/form-text';

export interface ActionableAppointment {
  id: string;
  start: string;
  visitTypeId: string;
  visitTypeName: string;
  therapistId: string;
  clinicId: string | null;
  freeCancellationHours: number;
  /** Null when the visit type is no longer offered and its fee cannot be looked up. */
  lateCancellationFeeCents: number | null;
  currency: string;
  /** How the visit is paid for, when it has a price. */
  payment: { method: 'CARD' | 'INSURANCE'; paid: boolean; amountCents: number; refundedCents: number } | null;
}

interface Billing {
  method: 'CARD' | 'INSURANCE';
  refundCents: number;
  feeCents: number;
  currency: string;
}

/** What the cancellation did with the money, in a sentence (empty when nothing was paid). */
function billingOutcome(b: Billing | null): string {
  if (!b) return '';
  if (b.method === 'INSURANCE') {
    return b.feeCents > 0
      ? ` A late-cancellation fee of ${formatMoney(b.feeCents, b.currency)} applies; the clinic will bill you.`
      : '';
  }
  if (b.refundCents === 0)
    return b.feeCents > 0
      ? ` The ${formatMoney(b.feeCents, b.currency)} late-cancellation fee is kept; nothing is left to refund.`
      : '';
  return (
    ` We are refunding ${formatMoney(b.refundCents, b.currency)} to your card` +
    (b.feeCents > 0 ? ` (the ${formatMoney(b.feeCents, b.currency)} late-cancellation fee is kept).` : ' in full.') +
    ' See Payments and receipts.'
  );
}

type Panel = null | 'reschedule' | 'cancel';

export function AppointmentActions({ appointment, describedBy }: { appointment: ActionableAppointment; describedBy: string }) {
  const [panel, setPanel] = useState<Panel>(null);
  const rescheduleButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const panelId = `appointment-${appointment.id}-panel`;

  /** Closing by choice returns focus to the button; after a change, the flash message takes it. */
  function close(returnTo: Panel, focusButton = true) {
    setPanel(null);
    if (focusButton) (returnTo === 'reschedule' ? rescheduleButton : cancelButton).current?.focus();
  }

  return (
    <div className="appointment-actions">
      <div className="actions">
        <button
          ref={rescheduleButton}
          type="button"
          className="button-secondary"
          aria-describedby={describedBy}
          aria-expanded={panel === 'reschedule'}
          aria-controls={panel === 'reschedule' ? panelId : undefined}
          onClick={() => setPanel(panel === 'reschedule' ? null : 'reschedule')}
        >
          Reschedule
        </button>
        <button
          ref={cancelButton}
          type="button"
          className="button-secondary"
          aria-describedby={describedBy}
          aria-expanded={panel === 'cancel'}
          aria-controls={panel === 'cancel' ? panelId : undefined}
          onClick={() => setPanel(panel === 'cancel' ? null : 'cancel')}
        >
          Cancel
        </button>
      </div>
      {panel === 'reschedule' && (
        <ReschedulePanel id={panelId} appointment={appointment} onClose={(focusButton) => close('reschedule', focusButton)} />
      )}
      {panel === 'cancel' && (
        <CancelPanel id={panelId} appointment={appointment} onClose={(focusButton) => close('cancel', focusButton)} />
      )}
    </div>
  );
}

function ReschedulePanel({
  id,
  appointment,
  onClose,
}: {
  id: string;
  appointment: ActionableAppointment;
  onClose: (focusButton?: boolean) => void;
}) {
  const router = useRouter();
  const flash = useFlash();
  const heading = useRef<HTMLHeadingElement>(null);
  const [week, setWeek] = useState(() => dateKey(new Date(appointment.start)));
  const [picked, setPicked] = useState<OpenSlot | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => heading.current?.focus(), []);

  async function move() {
    if (!picked) return;
    setPending(true);
    setError('');
    const res = await api('PATCH /api/appointments/{id}', {
      params: { id: appointment.id },
      body: { start: picked.start },
    });
    setPending(false);
    if (res.ok) {
      flash(`Your ${appointment.visitTypeName} is now on ${formatDateTime(picked.start)}.`);
      onClose(false);
      router.refresh();
      return;
    }
    setError(res.code === 'SLOT_TAKEN' ? 'That time was just taken. Please pick another.' : res.message);
    if (res.status === 409 || res.status === 422) {
      setPicked(null);
      setReloadKey((k) => k + 1);
    }
  }

  return (
    <div id={id} className="inline-panel" role="group" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        Choose a new time
      </h4>
      <p className="form-error" role="alert">
        {error}
      </p>
      <WeekSlots
        visitTypeId={appointment.visitTypeId}
        therapistId={appointment.therapistId}
        clinicId={appointment.clinicId ?? undefined}
        week={week}
        onWeekChange={setWeek}
        selectedStart={picked?.start ?? null}
        onSelect={(slot) => {
          setError('');
          setPicked(slot);
        }}
        reloadKey={reloadKey}
        dayHeadingLevel={4}
      />
      {picked && (
        <p>
          <strong>New time:</strong> {formatDateTime(picked.start)}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => void move()} disabled={!picked || pending}>
          {pending ? 'Moving…' : 'Move visit to this time'}
        </button>
        <button type="button" className="button-secondary" onClick={() => onClose()}>
          Keep current time
        </button>
      </div>
    </div>
  );
}

function CancelPanel({
  id,
  appointment,
  onClose,
}: {
  id: string;
  appointment: ActionableAppointment;
  onClose: (focusButton?: boolean) => void;
}) {
  const router = useRouter();
  const flash = useFlash();
  const reason = useRef<HTMLTextAreaElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  // The policy is judged when the panel opens; the server decides for real when it is sent.
  const [openedAt] = useState(() => Date.now());
  const freeUntil = new Date(appointment.start).getTime() - appointment.freeCancellationHours * 3_600_000;
  const fee = appointment.lateCancellationFeeCents;
  const free = openedAt < freeUntil || fee === 0;
  const paidByCard = appointment.payment?.method === 'CARD' && appointment.payment.paid ? appointment.payment : null;
  const left = paidByCard ? Math.max(0, paidByCard.amountCents - paidByCard.refundedCents) : 0;
  const refundNow = free ? left : Math.max(0, left - (fee ?? 0));

  useEffect(() => reason.current?.focus(), []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = formText(new FormData(event.currentTarget), 'reason').trim();
    setMissingReason(!text);
    if (!text) {
      setError('Please tell us why you are cancelling.');
      reason.current?.focus();
      return;
    }
    setPending(true);
    setError('');
    const res = await api('POST /api/appointments/{id}/cancel', { params: { id: appointment.id }, body: { reason: text } });
    setPending(false);
    if (!res.ok) {
      setError(res.message);
      return;
    }
    const billing = billingOutcome(res.data.billing);
    flash(
      `Your ${appointment.visitTypeName} on ${formatDateTime(appointment.start)} is cancelled.` +
        (billing || (res.data.late ? " This was a late cancellation; the clinic's fee may apply." : '')),
    );
    router.refresh();
  }

  return (
    <form id={id} className="inline-panel form" onSubmit={onSubmit} aria-labelledby={`${id}-heading`} noValidate>
      <h4 id={`${id}-heading`}>Cancel this visit?</h4>
      <p className={free ? '' : 'notice'}>
        {free
          ? fee === 0
            ? 'Cancelling is free.'
            : `Cancelling is free until ${formatDateTime(new Date(freeUntil).toISOString())}.`
          : `This visit is less than ${appointment.freeCancellationHours} hours away, so cancelling now is a late cancellation: ` +
            (fee === null ? "the clinic's fee may apply." : `the clinic may charge ${formatMoney(fee, appointment.currency)}.`)}
        {paidByCard &&
          left > 0 &&
          ` You paid ${formatMoney(paidByCard.amountCents, appointment.currency)} by card: cancelling now ` +
            `refunds ${formatMoney(refundNow, appointment.currency)}${refundNow === left ? ' in full' : ''}.`}
      </p>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason for cancelling</label>
        <textarea
          ref={reason}
          id={`${id}-reason`}
          name="reason"
          rows={3}
          maxLength={500}
          required
          aria-invalid={missingReason ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </div>
      <p id={`${id}-error`} className="form-error" role="alert">
        {error}
      </p>
      <div className="actions">
        <button type="submit" disabled={pending}>
          {pending ? 'Cancelling…' : 'Cancel visit'}
        </button>
        <button type="button" className="button-secondary" onClick={() => onClose()}>
          Keep visit
        </button>
      </div>
    </form>
  );
}
