'use client';

// Open or edit a clinic. Coordinates place it on the clinic locator; the zone is the one its
// visits are shown in.
import type { FormEvent } from 'react';
import { FormField } from '@/app/_components/form-field';
import { SelectField } from '../_forms/select-field';
import { api } from '@/app/_components/api-client';
import { fieldMessage, zoneChoices, type FieldErrors } from '../_forms/fields';
import { useSaveForm } from '../_forms/use-save-form';
import { formText } from '@/app/_components/form-text';
import { CLINIC_SERVICES, sortServices } from '@/lib/clinics/services';

export interface ClinicValues {
  id: string;
  slug: string;
  name: string;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  state: string;
  zip: string;
  latitude: number;
  longitude: number;
  timezone: string;
  phone: string;
  hours: string;
  services: string[];
}

const TEXT_FIELDS: { name: keyof ClinicValues; label: string; hint?: string; optional?: boolean; autoComplete?: string }[] = [
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
  const { errors, message, saved, pending, refuseLocally, save } = useSaveForm();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const text = (key: string) => formText(form, key).trim();
    const number = (key: string) => (text(key) === '' ? Number.NaN : Number(text(key)));
    const body = {
      name: text('name'),
      addressLine1: text('addressLine1'),
      addressLine2: text('addressLine2') || null,
      city: text('city'),
      state: text('state'),
      zip: text('zip'),
      latitude: number('latitude'),
      longitude: number('longitude'),
      timezone: text('timezone'),
      phone: text('phone'),
      hours: text('hours'),
      services: sortServices(form.getAll('services').filter((v): v is string => typeof v === 'string')),
      ...(text('slug') ? { slug: text('slug') } : {}),
    };
    const local: FieldErrors = {};
    for (const key of ['latitude', 'longitude'] as const) if (!Number.isFinite(body[key])) local[key] = 'must be a number';
    if (refuseLocally(formEl, local)) return;
    await save(
      formEl,
      () =>
        clinic
          ? api('PATCH /api/admin/clinics/{id}', { params: { id: clinic.id }, body })
          : api('POST /api/admin/clinics', { body: { ...body, practiceId: text('practiceId') } }),
      clinic ? null : (created) => `/admin/clinics/${created.id}?created=1`,
    );
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-label={clinic ? 'Edit clinic' : 'New clinic'}>
      <p className="form-error" role="alert">
        {message}
      </p>
      <div role="status">{saved && <p className="notice notice-success">{saved}</p>}</div>
      {!clinic && practices.length > 0 && (
        <SelectField
          name="practiceId"
          label="Practice"
          options={practices.map((p) => ({ value: p.id, label: p.name }))}
          error={fieldMessage(errors, 'practiceId', 'Practice')}
        />
      )}
      {TEXT_FIELDS.map((f) => (
        <FormField
          key={f.name}
          name={f.name}
          label={f.optional ? `${f.label} (optional)` : f.label}
          hint={f.hint}
          defaultValue={clinic ? String(clinic[f.name] ?? '') : ''}
          autoComplete={f.autoComplete ?? 'off'}
          required={!f.optional}
          error={fieldMessage(errors, f.name, f.label)}
        />
      ))}
      <FormField
        name="slug"
        label={clinic ? 'URL name (slug)' : 'URL name (slug, optional)'}
        hint="Lower-case letters, digits and dashes. Made from the name when left empty."
        defaultValue={clinic?.slug ?? ''}
        autoComplete="off"
        error={fieldMessage(errors, 'slug', 'URL name')}
      />
      <div className="date-pair">
        <FormField
          name="latitude"
          label="Latitude"
          inputMode="decimal"
          hint="-90 to 90"
          defaultValue={clinic ? String(clinic.latitude) : ''}
          required
          error={fieldMessage(errors, 'latitude', 'Latitude')}
        />
        <FormField
          name="longitude"
          label="Longitude"
          inputMode="decimal"
          hint="-180 to 180"
          defaultValue={clinic ? String(clinic.longitude) : ''}
          required
          error={fieldMessage(errors, 'longitude', 'Longitude')}
        />
      </div>
      <fieldset className="checkbox-group" aria-describedby={errors.services ? 'services-error' : 'services-hint'}>
        <legend>Services offered in person</legend>
        <p id="services-hint" className="hint">
          Patients can filter the clinic locator by these; the clinic&rsquo;s page lists them.
        </p>
        {CLINIC_SERVICES.map(([slug, label]) => (
          <label key={slug}>
            <input type="checkbox" name="services" value={slug} defaultChecked={clinic?.services.includes(slug) ?? false} />{' '}
            {label}
          </label>
        ))}
        {errors.services && (
          <p id="services-error" className="field-error">
            {fieldMessage(errors, 'services', 'Services')}
          </p>
        )}
      </fieldset>
      <SelectField
        name="timezone"
        label="Time zone"
        defaultValue={clinic?.timezone ?? 'America/New_York'}
        options={zoneChoices(clinic?.timezone).map((z) => ({ value: z, label: z.replace('_', ' ') }))}
        error={fieldMessage(errors, 'timezone', 'Time zone')}
      />
      <div className="actions">
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : clinic ? 'Save changes' : 'Open clinic'}
        </button>
      </div>
    </form>
  );
}
