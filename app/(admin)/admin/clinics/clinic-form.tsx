'use client';

// Open or edit a clinic. Coordinates place it on the clinic locator; the zone is the one its
// visits are shown in. Checked by the API's own schema before it is sent (decision 034).
import type { FormEvent } from 'react';
import { FormField } from '@/app/_components/form-field';
import { api } from '@/app/_components/api-client';
import { lazyResolver } from '@/app/_components/forms/lazy-resolver';
import type { CreateClinicInput, UpdateClinicInput } from '@/lib/clinics/clinic-admin-schemas';
import { CLINIC_SERVICES } from '@/lib/clinics/services';
import { SelectField } from '../_forms/select-field';
import { zoneOptions } from '../_forms/fields';
import { useSaveForm, type SaveFormView } from '../_forms/use-save-form';
import { clinicFields, type ClinicFields, type ClinicTextField, type ClinicValues } from './clinic-fields';

export type { ClinicValues } from './clinic-fields';

const forNew = lazyResolver<ClinicFields, CreateClinicInput>(() => import('./clinic-schema').then((m) => m.newClinicResolver));
const forEdit = lazyResolver<ClinicFields, UpdateClinicInput>(() => import('./clinic-schema').then((m) => m.clinicResolver));

const TEXT_FIELDS: { name: ClinicTextField; label: string; hint?: string; optional?: boolean; autoComplete?: string }[] = [
  { name: 'name', label: 'Name' },
  { name: 'addressLine1', label: 'Street address', autoComplete: 'address-line1' },
  { name: 'addressLine2', label: 'Suite or floor', optional: true, autoComplete: 'address-line2' },
  { name: 'city', label: 'City', autoComplete: 'address-level2' },
  { name: 'state', label: 'State', hint: 'Two letters, such as IL.', autoComplete: 'address-level1' },
  { name: 'zip', label: 'ZIP code', hint: '5 digits.', autoComplete: 'postal-code' },
  { name: 'phone', label: 'Phone', autoComplete: 'tel' },
  { name: 'hours', label: 'Opening hours', hint: 'As patients should read it, e.g. Mon–Fri 7:00 am–7:00 pm.' },
];

export function ClinicForm({ clinic, practices }: { clinic: ClinicValues | null; practices: { id: string; name: string }[] }) {
  return clinic ? <EditClinic clinic={clinic} /> : <NewClinic practices={practices} />;
}

function NewClinic({ practices }: { practices: { id: string; name: string }[] }) {
  const save = useSaveForm({ checks: forNew, defaultValues: clinicFields(null, practices) });
  const onSubmit = save.submit(
    (body) => api('POST /api/admin/clinics', { body }),
    (created) => ({ open: `/admin/clinics/${created.id}?created=1` }),
  );
  return <ClinicFieldset save={save} onSubmit={onSubmit} clinic={null} practices={practices} />;
}

function EditClinic({ clinic }: { clinic: ClinicValues }) {
  const save = useSaveForm({ checks: forEdit, defaultValues: clinicFields(clinic, []) });
  const onSubmit = save.submit(
    (body) => api('PATCH /api/admin/clinics/{id}', { params: { id: clinic.id }, body }),
    () => ({ say: 'Changes saved.' }),
  );
  return <ClinicFieldset save={save} onSubmit={onSubmit} clinic={clinic} practices={[]} />;
}

function ClinicFieldset({
  save: { register, formRef, error, message, saved, pending },
  onSubmit,
  clinic,
  practices,
}: {
  save: SaveFormView<ClinicFields>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  clinic: ClinicValues | null;
  practices: { id: string; name: string }[];
}) {
  const initial = clinicFields(clinic, practices);
  const servicesError = error('services', 'Services');
  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      aria-label={clinic ? 'Edit clinic' : 'New clinic'}
    >
      <p className="form-error" role="alert">
        {message}
      </p>
      <div role="status">{saved && <p className="notice notice-success">{saved}</p>}</div>
      {!clinic && practices.length > 0 && (
        <SelectField
          label="Practice"
          options={practices.map((p) => ({ value: p.id, label: p.name }))}
          defaultValue={initial.practiceId}
          error={error('practiceId', 'Practice')}
          {...register('practiceId')}
        />
      )}
      {TEXT_FIELDS.map((f) => (
        <FormField
          key={f.name}
          label={f.optional ? `${f.label} (optional)` : f.label}
          hint={f.hint}
          defaultValue={initial[f.name]}
          autoComplete={f.autoComplete ?? 'off'}
          required={!f.optional}
          error={error(f.name, f.label)}
          {...register(f.name)}
        />
      ))}
      <FormField
        label={clinic ? 'URL name (slug)' : 'URL name (slug, optional)'}
        hint="Lower-case letters, digits and dashes. Made from the name when left empty."
        defaultValue={initial.slug}
        autoComplete="off"
        error={error('slug', 'URL name')}
        {...register('slug')}
      />
      <div className="date-pair">
        <FormField
          label="Latitude"
          inputMode="decimal"
          hint="-90 to 90"
          defaultValue={initial.latitude}
          required
          error={error('latitude', 'Latitude', 'must be a number')}
          {...register('latitude')}
        />
        <FormField
          label="Longitude"
          inputMode="decimal"
          hint="-180 to 180"
          defaultValue={initial.longitude}
          required
          error={error('longitude', 'Longitude', 'must be a number')}
          {...register('longitude')}
        />
      </div>
      <fieldset className="checkbox-group" aria-describedby={servicesError ? 'services-error' : 'services-hint'}>
        <legend>Services offered in person</legend>
        <p id="services-hint" className="hint">
          Patients can filter the clinic locator by these; the clinic&rsquo;s page lists them.
        </p>
        {CLINIC_SERVICES.map(([slug, label]) => (
          <label key={slug}>
            <input type="checkbox" value={slug} defaultChecked={initial.services.includes(slug)} {...register('services')} />{' '}
            {label}
          </label>
        ))}
        {servicesError && (
          <p id="services-error" className="field-error">
            {servicesError}
          </p>
        )}
      </fieldset>
      <SelectField
        label="Time zone"
        defaultValue={initial.timezone}
        options={zoneOptions(clinic?.timezone)}
        error={error('timezone', 'Time zone')}
        {...register('timezone')}
      />
      <div className="actions">
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : clinic ? 'Save changes' : 'Open clinic'}
        </button>
      </div>
    </form>
  );
}
