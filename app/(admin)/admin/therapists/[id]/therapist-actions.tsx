'use client';

// Assign a home clinic, send a new invitation, deactivate or reactivate.
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { SelectField } from '../../_forms/select-field';
import { api, type ApiResult } from '@/app/_components/api-client';
import { lazyResolver } from '@/app/_components/forms/lazy-resolver';
import type { UpdateTherapistInput } from '@/lib/staff/schemas';

/** The home clinic form, checked by the API's own schema (decision 034). */
const { resolver, preload } = lazyResolver<{ clinicId: string }, UpdateTherapistInput>(() =>
  import('./therapist-schema').then((m) => m.homeClinicResolver),
);

interface Props {
  therapistId: string;
  name: string;
  active: boolean;
  invitePending: boolean;
  clinicId: string | null;
  clinics: { id: string; name: string }[];
}

export function TherapistActions({ therapistId, name, active, invitePending, clinicId, clinics }: Props) {
  const router = useRouter();
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [pending, setPending] = useState(false);
  const params = { id: therapistId };
  const home = useForm({ resolver, defaultValues: { clinicId: clinicId ?? '' } });
  useEffect(preload, []);

  async function run(send: () => Promise<ApiResult<unknown>>, done: string) {
    setPending(true);
    setError('');
    setStatus('');
    const res = await send();
    setPending(false);
    if (!res.ok) {
      setError(res.message);
      return;
    }
    setStatus(done);
    router.refresh();
  }

  const assign = home.handleSubmit((body) =>
    run(() => api('PATCH /api/admin/therapists/{id}', { params, body }), 'Home clinic saved.'),
  );

  return (
    <div className="stack">
      <p className="form-error" role="alert">
        {error}
      </p>
      <div role="status">{status && <p className="notice notice-success">{status}</p>}</div>
      <form className="form" onSubmit={(e) => void assign(e)} aria-label="Home clinic">
        <SelectField
          label="Home clinic"
          defaultValue={clinicId ?? ''}
          options={[...clinics.map((c) => ({ value: c.id, label: c.name })), { value: '', label: 'None (video visits only)' }]}
          {...home.register('clinicId')}
        />
        <div className="actions">
          <button type="submit" className="button-secondary" disabled={pending}>
            Save home clinic
          </button>
        </div>
      </form>
      <div className="actions">
        {active && invitePending && (
          <button
            type="button"
            className="button-secondary"
            disabled={pending}
            onClick={() =>
              run(
                () => api('POST /api/admin/therapists/{id}/invite', { params }),
                'A new invitation was sent; earlier links no longer work.',
              )
            }
          >
            Send a new invitation
          </button>
        )}
        {active ? (
          <button
            type="button"
            disabled={pending}
            onClick={() => {
              if (window.confirm(`Deactivate ${name}? They will be signed out at once and can no longer be booked.`)) {
                void run(
                  () => api('POST /api/admin/therapists/{id}/deactivate', { params }),
                  `${name} is deactivated. Reassign their upcoming visits below.`,
                );
              }
            }}
          >
            Deactivate {name}
          </button>
        ) : (
          <button
            type="button"
            disabled={pending}
            onClick={() => run(() => api('POST /api/admin/therapists/{id}/reactivate', { params }), `${name} is active again.`)}
          >
            Reactivate {name}
          </button>
        )}
      </div>
    </div>
  );
}
