'use client';

// Add a license or compact privilege, or edit one (renew: new number or expiry; or correct its
// state or kind). The API's own schema checks it before it is sent (decision 034); the server
// decides the rest (a second license of a kind in a state), its messages shown the same way.
import type { FormEvent } from 'react';
import { api } from '@/app/_components/api-client';
import { FormField } from '@/app/_components/form-field';
import { lazyResolver } from '@/app/_components/forms/lazy-resolver';
import type { LicenseInput, LicenseUpdateInput } from '@/lib/licensure/schemas';
import { US_STATES } from '@/lib/licensure/us-states';
import { SelectField } from '../../../_forms/select-field';
import { useSaveForm, type SaveFormView } from '../../../_forms/use-save-form';
import { KIND_LABEL } from './kind-label';
import { licenseFields, type LicenseFields, type LicenseValues } from './license-fields';

export type { LicenseValues } from './license-fields';

const forNew = lazyResolver<LicenseFields, LicenseInput>(() => import('./license-schema').then((m) => m.newLicenseResolver));
const forEdit = lazyResolver<LicenseFields, LicenseUpdateInput>(() => import('./license-schema').then((m) => m.licenseResolver));

const STATE_OPTIONS = Object.entries(US_STATES).map(([code, name]) => ({ value: code, label: `${name} (${code})` }));

export function LicenseForm({ therapistId, license }: { therapistId: string; license: LicenseValues | null }) {
  return license ? <EditLicense therapistId={therapistId} license={license} /> : <NewLicense therapistId={therapistId} />;
}

function NewLicense({ therapistId }: { therapistId: string }) {
  const save = useSaveForm({ checks: forNew, defaultValues: licenseFields(null) });
  const onSubmit = save.submit(
    (body) => api('POST /api/admin/therapists/{id}/licenses', { params: { id: therapistId }, body }),
    (added) => ({ open: `/admin/therapists/${encodeURIComponent(therapistId)}/licenses?added=${added.id}` }),
  );
  return <LicenseFieldset save={save} onSubmit={onSubmit} license={null} />;
}

function EditLicense({ therapistId, license }: { therapistId: string; license: LicenseValues }) {
  const save = useSaveForm({ checks: forEdit, defaultValues: licenseFields(license) });
  const onSubmit = save.submit(
    (body) =>
      api('PATCH /api/admin/therapists/{id}/licenses/{licenseId}', { params: { id: therapistId, licenseId: license.id }, body }),
    () => ({ say: 'Changes saved.' }),
  );
  return <LicenseFieldset save={save} onSubmit={onSubmit} license={license} />;
}

function LicenseFieldset({
  save: { register, formRef, error, message, saved, pending },
  onSubmit,
  license,
}: {
  save: SaveFormView<LicenseFields>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  license: LicenseValues | null;
}) {
  const idPrefix = license ? `license-${license.id}-` : 'new-license-';
  const initial = licenseFields(license);
  const label = license ? `Edit ${license.stateName} ${KIND_LABEL[license.kind].toLowerCase()}` : 'Add a license';
  return (
    <form ref={formRef} className="form" noValidate onSubmit={(e) => void onSubmit(e)} aria-label={label}>
      <p className="form-error" role="alert">
        {message}
      </p>
      <div role="status">{saved && <p className="notice notice-success">{saved}</p>}</div>
      <SelectField
        idPrefix={idPrefix}
        label="State"
        defaultValue={initial.state}
        options={[{ value: '', label: 'Choose a state' }, ...STATE_OPTIONS]}
        error={error('state', 'State')}
        {...register('state')}
      />
      <SelectField
        idPrefix={idPrefix}
        label="Kind"
        hint="A compact privilege is valid only while the therapist holds an unexpired state license."
        defaultValue={initial.kind}
        options={[
          { value: 'LICENSE', label: KIND_LABEL.LICENSE },
          { value: 'COMPACT_PRIVILEGE', label: KIND_LABEL.COMPACT_PRIVILEGE },
        ]}
        error={error('kind', 'Kind')}
        {...register('kind')}
      />
      <FormField
        idPrefix={idPrefix}
        label="License number"
        defaultValue={initial.number}
        autoComplete="off"
        required
        error={error('number', 'License number')}
        {...register('number')}
      />
      <FormField
        idPrefix={idPrefix}
        type="date"
        label="Valid through"
        hint="The last day it is valid."
        defaultValue={initial.expiresOn}
        required
        error={error('expiresOn', 'The date')}
        {...register('expiresOn')}
      />
      <div className="actions">
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : license ? 'Save license' : 'Add license'}
        </button>
      </div>
    </form>
  );
}
