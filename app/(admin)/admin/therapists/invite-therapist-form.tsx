'use client';

// Invite a therapist: the account is created and a one-time link to set a password is emailed.
// The API's own schema checks the form before it is sent (decision 034).
import { useWatch } from 'react-hook-form';
import { FormField } from '@/app/_components/form-field';
import { api } from '@/app/_components/api-client';
import { lazyResolver } from '@/app/_components/forms/lazy-resolver';
import type { InviteTherapistInput } from '@/lib/staff/schemas';
import { SelectField } from '../_forms/select-field';
import { zoneChoices, zoneOptions } from '../_forms/fields';
import { useSaveForm } from '../_forms/use-save-form';
import { inviteFields, type InviteFields, type PracticeChoice } from './invite-fields';

export type { PracticeChoice } from './invite-fields';

const checks = lazyResolver<InviteFields, InviteTherapistInput>(() => import('./invite-schema').then((m) => m.inviteResolver));

export function InviteTherapistForm({ practices }: { practices: PracticeChoice[] }) {
  const initial = inviteFields(practices[0]);
  const { form, formRef, register, error, message, saved, pending, submit } = useSaveForm({
    checks,
    defaultValues: initial,
    refusal: (res) => (res.code === 'EMAIL_TAKEN' ? 'An account with this email already exists.' : undefined),
  });
  const [practiceId, timezone] = useWatch({ control: form.control, name: ['practiceId', 'timezone'] });
  const practiceOf = (id: string) => practices.find((p) => p.id === id);
  const clinics = practiceOf(practiceId)?.clinics ?? [];

  const onSubmit = submit(
    (body) => api('POST /api/admin/therapists', { body }),
    (sent) => {
      // A fresh form for the next invitation, in the same practice and zone.
      form.reset(inviteFields(practiceOf(practiceId), timezone));
      return { say: `Invitation sent to ${sent.email}. The link to set a password works for 72 hours.` };
    },
  );

  return (
    <form ref={formRef} className="form" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="invite-heading">
      <p className="form-error" role="alert">
        {message}
      </p>
      <div role="status">{saved && <p className="notice notice-success">{saved}</p>}</div>
      <FormField
        idPrefix="invite-"
        label="Full name"
        autoComplete="off"
        required
        error={error('name', 'Name')}
        {...register('name')}
      />
      <FormField
        idPrefix="invite-"
        label="Email"
        type="email"
        autoComplete="off"
        required
        error={error('email', 'Email')}
        {...register('email')}
      />
      {practices.length > 1 && (
        <SelectField
          idPrefix="invite-"
          label="Practice"
          defaultValue={initial.practiceId}
          options={practices.map((p) => ({ value: p.id, label: p.name }))}
          error={error('practiceId', 'Practice')}
          {...register('practiceId', {
            onChange: (e: { target: { value: string } }) => {
              const first = practiceOf(e.target.value)?.clinics[0];
              form.setValue('clinicId', first?.id ?? '');
              if (first) form.setValue('timezone', first.timezone);
            },
          })}
        />
      )}
      <SelectField
        idPrefix="invite-"
        label="Home clinic"
        // Another practice's clinics: a new select, showing its first clinic.
        key={practiceId}
        defaultValue={clinics[0]?.id ?? ''}
        options={[...clinics.map((c) => ({ value: c.id, label: c.name })), { value: '', label: 'None (video visits only)' }]}
        error={error('clinicId', 'Clinic')}
        {...register('clinicId', {
          onChange: (e: { target: { value: string } }) => {
            const zone = clinics.find((c) => c.id === e.target.value)?.timezone;
            if (zone) form.setValue('timezone', zone);
          },
        })}
      />
      <SelectField
        idPrefix="invite-"
        label="Time zone of their working hours"
        // A zone outside the usual list adds an option: a new select, so it shows as chosen.
        key={zoneChoices(timezone)[0]}
        defaultValue={timezone}
        options={zoneOptions(timezone)}
        error={error('timezone', 'Time zone')}
        {...register('timezone')}
      />
      <FormField
        idPrefix="invite-"
        label="Credentials"
        defaultValue={initial.credentials}
        maxLength={60}
        error={error('credentials', 'Credentials')}
        {...register('credentials')}
      />
      <div className="checkbox-group">
        <label>
          <input type="checkbox" {...register('offersVirtual')} /> Offers video visits
        </label>
      </div>
      <div className="actions">
        <button type="submit" disabled={pending || !practiceId}>
          {pending ? 'Sending…' : 'Send invitation'}
        </button>
      </div>
    </form>
  );
}
