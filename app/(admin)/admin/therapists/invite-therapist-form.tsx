'use client';

// Invite a therapist: the account is created and a one-time link to set a password is emailed.
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { FormField } from '@/app/_components/form-field';
import { SelectField } from '../_forms/select-field';
import { api } from '@/app/_components/api-client';
import { fieldErrors } from '@/app/_components/field-errors';
import { fieldMessage, zoneChoices, type FieldErrors } from '../_forms/fields';
import { formText } from '@/app/_components/form-text';

export interface PracticeChoice {
  id: string;
  name: string;
  clinics: { id: string; name: string; timezone: string }[];
}

export function InviteTherapistForm({ practices }: { practices: PracticeChoice[] }) {
  const router = useRouter();
  const [practiceId, setPracticeId] = useState(practices[0]?.id ?? '');
  const clinics = practices.find((p) => p.id === practiceId)?.clinics ?? [];
  const [timezone, setTimezone] = useState(clinics[0]?.timezone ?? 'America/New_York');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const [sent, setSent] = useState('');
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const value = (key: string) => formText(form, key).trim();
    const body = {
      name: value('name'),
      email: value('email'),
      practiceId,
      clinicId: value('clinicId') || null,
      timezone,
      offersVirtual: form.get('offersVirtual') === 'on',
      credentials: value('credentials') || undefined,
    };
    setPending(true);
    setMessage('');
    setSent('');
    const res = await api('POST /api/admin/therapists', { body });
    setPending(false);
    setErrors(res.ok ? {} : fieldErrors(res.details));
    if (!res.ok) {
      setMessage(res.code === 'EMAIL_TAKEN' ? 'An account with this email already exists.' : res.message);
      requestAnimationFrame(() => formEl.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setSent(`Invitation sent to ${res.data.email}. The link to set a password works for 72 hours.`);
    formEl.reset();
    router.refresh();
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="invite-heading">
      <p className="form-error" role="alert">
        {message}
      </p>
      <div role="status">{sent && <p className="notice notice-success">{sent}</p>}</div>
      <FormField
        idPrefix="invite-"
        name="name"
        label="Full name"
        autoComplete="off"
        required
        error={fieldMessage(errors, 'name', 'Name')}
      />
      <FormField
        idPrefix="invite-"
        name="email"
        label="Email"
        type="email"
        autoComplete="off"
        required
        error={fieldMessage(errors, 'email', 'Email')}
      />
      {practices.length > 1 && (
        <SelectField
          idPrefix="invite-"
          name="practiceId"
          label="Practice"
          value={practiceId}
          onChange={(e) => {
            setPracticeId(e.target.value);
            setTimezone(practices.find((p) => p.id === e.target.value)?.clinics[0]?.timezone ?? timezone);
          }}
          options={practices.map((p) => ({ value: p.id, label: p.name }))}
          error={fieldMessage(errors, 'practiceId', 'Practice')}
        />
      )}
      <SelectField
        idPrefix="invite-"
        name="clinicId"
        label="Home clinic"
        key={practiceId}
        onChange={(e) => setTimezone(clinics.find((c) => c.id === e.target.value)?.timezone ?? timezone)}
        options={[...clinics.map((c) => ({ value: c.id, label: c.name })), { value: '', label: 'None (video visits only)' }]}
        error={fieldMessage(errors, 'clinicId', 'Clinic')}
      />
      <SelectField
        idPrefix="invite-"
        name="timezone"
        label="Time zone of their working hours"
        value={timezone}
        onChange={(e) => setTimezone(e.target.value)}
        options={zoneChoices(timezone).map((z) => ({ value: z, label: z.replace('_', ' ') }))}
        error={fieldMessage(errors, 'timezone', 'Time zone')}
      />
      <FormField
        idPrefix="invite-"
        name="credentials"
        label="Credentials"
        defaultValue="PT, DPT"
        maxLength={60}
        error={fieldMessage(errors, 'credentials', 'Credentials')}
      />
      <div className="checkbox-group">
        <label>
          <input type="checkbox" name="offersVirtual" /> Offers video visits
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
