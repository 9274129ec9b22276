'use client';

// Create or edit a visit type. Prices are typed in dollars and sent in cents.
import type { FormEvent } from 'react';
import { FormField } from '@/app/_components/form-field';
import type { AdminVisitType } from '@/lib/visit-types/schemas';
import { SelectField } from '../_forms/select-field';
import { api } from '@/app/_components/api-client';
import { fieldMessage, type FieldErrors } from '../_forms/fields';
import { useSaveForm } from '../_forms/use-save-form';
import { formText } from '@/app/_components/form-text';

/** The visit type's whole-number settings. */
type WholeField = { [K in keyof AdminVisitType]: AdminVisitType[K] extends number ? K : never }[keyof AdminVisitType];

const WHOLE: { name: WholeField; label: string; hint: string; fallback: number }[] = [
  { name: 'durationMinutes', label: 'Duration (minutes)', hint: '5 to 240.', fallback: 30 },
  { name: 'bufferBeforeMinutes', label: 'Buffer before (minutes)', hint: 'Kept free before each visit.', fallback: 0 },
  { name: 'bufferAfterMinutes', label: 'Buffer after (minutes)', hint: 'Kept free after each visit.', fallback: 0 },
  {
    name: 'minNoticeMinutes',
    label: 'Minimum notice (minutes)',
    hint: 'How long before the start a patient can still book. 720 = 12 hours.',
    fallback: 720,
  },
  { name: 'horizonDays', label: 'Booking horizon (days)', hint: 'How far ahead patients can book.', fallback: 90 },
  { name: 'slotStepMinutes', label: 'Start times every (minutes)', hint: 'Offered starts step by this much.', fallback: 15 },
  {
    name: 'freeCancellationHours',
    label: 'Free cancellation until (hours before)',
    hint: 'Later cancellations pay the fee below.',
    fallback: 24,
  },
];

const dollars = (cents: number) => (cents / 100).toFixed(2);

export function VisitTypeForm({
  visitType,
  practices,
  network,
}: {
  visitType: AdminVisitType | null;
  practices: { id: string; name: string }[];
  network: boolean;
}) {
  const { errors, message, saved, pending, refuseLocally, save } = useSaveForm();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const text = (key: string) => formText(form, key).trim();
    const local: FieldErrors = {};
    const cents = (key: string, field: string) => {
      const value = text(key) === '' ? 0 : Number(text(key));
      if (!Number.isFinite(value) || value < 0) local[field] = 'must be an amount in dollars, such as 95.00';
      return Math.round(value * 100);
    };
    const whole = (name: WholeField) => {
      const value = Number(text(name));
      if (text(name) === '' || !Number.isInteger(value)) local[name] = 'must be a whole number';
      return value;
    };
    const body = {
      name: text('name'),
      description: text('description'),
      modality: text('modality') === 'VIRTUAL' ? ('VIRTUAL' as const) : ('IN_CLINIC' as const),
      currency: text('currency') || 'usd',
      priceCents: cents('price', 'priceCents'),
      lateCancellationFeeCents: cents('lateFee', 'lateCancellationFeeCents'),
      patientMayBookSeries: form.get('patientMayBookSeries') === 'on',
      active: form.get('active') === 'on',
      durationMinutes: whole('durationMinutes'),
      bufferBeforeMinutes: whole('bufferBeforeMinutes'),
      bufferAfterMinutes: whole('bufferAfterMinutes'),
      minNoticeMinutes: whole('minNoticeMinutes'),
      horizonDays: whole('horizonDays'),
      slotStepMinutes: whole('slotStepMinutes'),
      freeCancellationHours: whole('freeCancellationHours'),
    };
    if (refuseLocally(formEl, local)) return;
    // The API names cents fields; the form shows dollars under the same names.
    await save(
      formEl,
      () =>
        visitType
          ? api('PATCH /api/admin/visit-types/{id}', { params: { id: visitType.id }, body })
          : api('POST /api/admin/visit-types', { body: { ...body, practiceId: text('practiceId') || null } }),
      visitType ? null : () => '/admin/visit-types?created=1',
    );
  }

  const practiceOptions = [
    ...(network ? [{ value: '', label: 'Every practice (network-wide)' }] : []),
    ...practices.map((p) => ({ value: p.id, label: p.name })),
  ];
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-label={visitType ? 'Edit visit type' : 'New visit type'}>
      <p className="form-error" role="alert">
        {message}
      </p>
      <div role="status">{saved && <p className="notice notice-success">{saved}</p>}</div>
      {!visitType && (
        <SelectField
          name="practiceId"
          label="Offered by"
          options={practiceOptions}
          error={fieldMessage(errors, 'practiceId', 'Practice')}
        />
      )}
      <FormField
        name="name"
        label="Name"
        defaultValue={visitType?.name ?? ''}
        required
        maxLength={120}
        error={fieldMessage(errors, 'name', 'Name')}
      />
      <div className="field">
        <label htmlFor="description">Description (optional)</label>
        <textarea id="description" name="description" rows={3} maxLength={2000} defaultValue={visitType?.description ?? ''} />
      </div>
      <SelectField
        name="modality"
        label="Where"
        defaultValue={visitType?.modality ?? 'IN_CLINIC'}
        options={[
          { value: 'IN_CLINIC', label: 'In clinic' },
          { value: 'VIRTUAL', label: 'Video visit' },
        ]}
        error={fieldMessage(errors, 'modality', 'Where')}
      />
      <div className="date-pair">
        <FormField
          name="price"
          label="Price (dollars)"
          inputMode="decimal"
          defaultValue={visitType ? dollars(visitType.priceCents) : '0.00'}
          error={fieldMessage(errors, 'priceCents', 'Price')}
        />
        <FormField
          name="currency"
          label="Currency"
          defaultValue={visitType?.currency ?? 'usd'}
          maxLength={3}
          error={fieldMessage(errors, 'currency', 'Currency')}
        />
      </div>
      {WHOLE.map((f) => (
        <FormField
          key={f.name}
          name={f.name}
          label={f.label}
          hint={f.hint}
          inputMode="numeric"
          defaultValue={String(visitType ? visitType[f.name] : f.fallback)}
          error={fieldMessage(errors, f.name, f.label)}
        />
      ))}
      <FormField
        name="lateFee"
        label="Late cancellation fee (dollars)"
        hint="Not more than the price. 0 = no fee."
        inputMode="decimal"
        defaultValue={visitType ? dollars(visitType.lateCancellationFeeCents) : '0.00'}
        error={fieldMessage(errors, 'lateCancellationFeeCents', 'The fee')}
      />
      <div className="checkbox-group">
        <label>
          <input type="checkbox" name="patientMayBookSeries" defaultChecked={visitType?.patientMayBookSeries ?? false} /> Patients
          may book a series of these themselves
        </label>
        <label>
          <input type="checkbox" name="active" defaultChecked={visitType?.active ?? true} /> Offered for booking (active)
        </label>
      </div>
      <div className="actions">
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : visitType ? 'Save changes' : 'Create visit type'}
        </button>
      </div>
    </form>
  );
}
