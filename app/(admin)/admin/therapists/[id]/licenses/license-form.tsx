'use client';

// Add a license or compact privilege, or edit one (renew: new number or expiry; or correct its
// state or kind). The server decides; its per-field messages sit under the fields.
import type { FormEvent } from 'react';
import { api } from '@/app/_components/api-client';
import { FormField } from '@/app/_components/form-field';
import { formText } from '@/app/_components/form-text';
import { US_STATES } from '@/lib/licensure/us-states';
import { SelectField } from '../../../_forms/select-field';
import { fieldMessage } from '../../../_forms/fields';
import { useSaveForm } from '../../../_forms/use-save-form';
import { KIND_LABEL } from './kind-label';

export interface LicenseValues {
  id: string;
  state: string;
  stateName: string;
  number: string;
  kind: 'LICENSE' | 'COMPACT_PRIVILEGE';
  expiresOn: string;
}

const STATE_OPTIONS = Object.entries(US_STATES).map(([code, name]) => ({ value: code, label: `${name} (${code})` }));

export function LicenseForm({ therapistId, license }: { therapistId: string; license: LicenseValues | null }) {
  const { errors, message, saved, pending, save } = useSaveForm();
  const idPrefix = license ? `license-${license.id}-` : 'new-license-';

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const body = {
      state: formText(form, 'state'),
      kind: formText(form, 'kind') === 'COMPACT_PRIVILEGE' ? ('COMPACT_PRIVILEGE' as const) : ('LICENSE' as const),
      number: formText(form, 'number').trim(),
      expiresOn: formText(form, 'expiresOn'),
    };
    await save(
      formEl,
      () =>
        license
          ? api('PATCH /api/admin/therapists/{id}/licenses/{licenseId}', {
              params: { id: therapistId, licenseId: license.id },
              body,
            })
          : api('POST /api/admin/therapists/{id}/licenses', { params: { id: therapistId }, body }),
      license ? null : (added) => `/admin/therapists/${encodeURIComponent(therapistId)}/licenses?added=${added.id}`,
    );
  }

  const label = license ? `Edit ${license.stateName} ${KIND_LABEL[license.kind].toLowerCase()}` : 'Add a license';
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-label={label}>
      <p className="form-error" role="alert">
        {message}
      </p>
      <div role="status">{saved && <p className="notice notice-success">{saved}</p>}</div>
      <SelectField
        idPrefix={idPrefix}
        name="state"
        label="State"
        defaultValue={license?.state ?? ''}
        options={[{ value: '', label: 'Choose a state' }, ...STATE_OPTIONS]}
        error={fieldMessage(errors, 'state', 'State')}
      />
      <SelectField
        idPrefix={idPrefix}
        name="kind"
        label="Kind"
        hint="A compact privilege is valid only while the therapist holds an unexpired state license."
        defaultValue={license?.kind ?? 'LICENSE'}
        options={[
          { value: 'LICENSE', label: KIND_LABEL.LICENSE },
          { value: 'COMPACT_PRIVILEGE', label: KIND_LABEL.COMPACT_PRIVILEGE },
        ]}
        error={fieldMessage(errors, 'kind', 'Kind')}
      />
      <FormField
        idPrefix={idPrefix}
        name="number"
        label="License number"
        defaultValue={license?.number ?? ''}
        autoComplete="off"
        required
        error={fieldMessage(errors, 'number', 'License number')}
      />
      <FormField
        idPrefix={idPrefix}
        name="expiresOn"
        type="date"
        label="Valid through"
        hint="The last day it is valid."
        defaultValue={license?.expiresOn ?? ''}
        required
        error={fieldMessage(errors, 'expiresOn', 'The date')}
      />
      <div className="actions">
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : license ? 'Save license' : 'Add license'}
        </button>
      </div>
    </form>
  );
}
