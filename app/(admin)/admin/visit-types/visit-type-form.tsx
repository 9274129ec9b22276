'use client';

// Create or edit a visit type. Prices are typed in dollars and sent in cents; the API's own schema
// checks the body before it is sent (decision 034).
import type { FormEvent } from 'react';
import { FormField } from '@/app/_components/form-field';
import { api } from '@/app/_components/api-client';
import { lazyResolver } from '@/app/_components/forms/lazy-resolver';
import type { AdminVisitType, CreateVisitTypeInput, UpdateVisitTypeInput } from '@/lib/visit-types/schemas';
import { SelectField } from '../_forms/select-field';
import { useSaveForm, type SaveFormView } from '../_forms/use-save-form';
import { visitTypeFields, WHOLE, type VisitTypeFields } from './visit-type-fields';

const forNew = lazyResolver<VisitTypeFields, CreateVisitTypeInput>(() =>
  import('./visit-type-schema').then((m) => m.newVisitTypeResolver),
);
const forEdit = lazyResolver<VisitTypeFields, UpdateVisitTypeInput>(() =>
  import('./visit-type-schema').then((m) => m.visitTypeResolver),
);

const DOLLARS = 'must be an amount in dollars, such as 95.00';

export function VisitTypeForm({
  visitType,
  practices,
  network,
}: {
  visitType: AdminVisitType | null;
  practices: { id: string; name: string }[];
  network: boolean;
}) {
  if (visitType) return <EditVisitType visitType={visitType} />;
  const practiceOptions = [
    ...(network ? [{ value: '', label: 'Every practice (network-wide)' }] : []),
    ...practices.map((p) => ({ value: p.id, label: p.name })),
  ];
  return <NewVisitType practiceOptions={practiceOptions} />;
}

function NewVisitType({ practiceOptions }: { practiceOptions: { value: string; label: string }[] }) {
  const save = useSaveForm({ checks: forNew, defaultValues: visitTypeFields(null, practiceOptions[0]?.value ?? '') });
  const onSubmit = save.submit(
    (body) => api('POST /api/admin/visit-types', { body }),
    () => ({ open: '/admin/visit-types?created=1' }),
  );
  return <VisitTypeFieldset save={save} onSubmit={onSubmit} visitType={null} practiceOptions={practiceOptions} />;
}

function EditVisitType({ visitType }: { visitType: AdminVisitType }) {
  const save = useSaveForm({ checks: forEdit, defaultValues: visitTypeFields(visitType, '') });
  const onSubmit = save.submit(
    (body) => api('PATCH /api/admin/visit-types/{id}', { params: { id: visitType.id }, body }),
    () => ({ say: 'Changes saved.' }),
  );
  return <VisitTypeFieldset save={save} onSubmit={onSubmit} visitType={visitType} practiceOptions={[]} />;
}

function VisitTypeFieldset({
  save: { register, formRef, error, message, saved, pending },
  onSubmit,
  visitType,
  practiceOptions,
}: {
  save: SaveFormView<VisitTypeFields>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  visitType: AdminVisitType | null;
  practiceOptions: { value: string; label: string }[];
}) {
  const initial = visitTypeFields(visitType, practiceOptions[0]?.value ?? '');
  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      aria-label={visitType ? 'Edit visit type' : 'New visit type'}
    >
      <p className="form-error" role="alert">
        {message}
      </p>
      <div role="status">{saved && <p className="notice notice-success">{saved}</p>}</div>
      {!visitType && (
        <SelectField
          label="Offered by"
          options={practiceOptions}
          defaultValue={initial.practiceId}
          error={error('practiceId', 'Practice')}
          {...register('practiceId')}
        />
      )}
      <FormField
        label="Name"
        defaultValue={initial.name}
        required
        maxLength={120}
        error={error('name', 'Name')}
        {...register('name')}
      />
      <div className="field">
        <label htmlFor="description">Description (optional)</label>
        <textarea id="description" rows={3} maxLength={2000} defaultValue={initial.description} {...register('description')} />
      </div>
      <SelectField
        label="Where"
        defaultValue={initial.modality}
        options={[
          { value: 'IN_CLINIC', label: 'In clinic' },
          { value: 'VIRTUAL', label: 'Video visit' },
        ]}
        error={error('modality', 'Where')}
        {...register('modality')}
      />
      <div className="date-pair">
        <FormField
          label="Price (dollars)"
          inputMode="decimal"
          defaultValue={initial.price}
          error={error('priceCents', 'Price', DOLLARS)}
          {...register('price')}
        />
        <FormField
          label="Currency"
          defaultValue={initial.currency}
          maxLength={3}
          error={error('currency', 'Currency')}
          {...register('currency')}
        />
      </div>
      {WHOLE.map((f) => (
        <FormField
          key={f.name}
          label={f.label}
          hint={f.hint}
          inputMode="numeric"
          defaultValue={initial[f.name]}
          error={error(f.name, f.label, 'must be a whole number')}
          {...register(f.name)}
        />
      ))}
      <FormField
        label="Late cancellation fee (dollars)"
        hint="Not more than the price. 0 = no fee."
        inputMode="decimal"
        defaultValue={initial.lateFee}
        error={error('lateCancellationFeeCents', 'The fee', DOLLARS)}
        {...register('lateFee')}
      />
      <div className="checkbox-group">
        <label>
          <input type="checkbox" defaultChecked={initial.patientMayBookSeries} {...register('patientMayBookSeries')} /> Patients
          may book a series of these themselves
        </label>
        <label>
          <input type="checkbox" defaultChecked={initial.active} {...register('active')} /> Offered for booking (active)
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
