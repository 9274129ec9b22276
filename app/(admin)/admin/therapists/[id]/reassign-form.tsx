'use client';

// Give one upcoming visit to a colleague at the same time; the database refuses if they are busy.
import { useRouter } from 'next/navigation';
import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { api } from '@/app/_components/api-client';
import { lazyResolver } from '@/app/_components/forms/lazy-resolver';
import type { ReassignInput } from '@/lib/staff/schemas';

const { resolver, preload } = lazyResolver<{ therapistId: string }, ReassignInput>(() =>
  import('./therapist-schema').then((m) => m.reassignResolver),
);

export function ReassignForm({
  appointmentId,
  colleagues,
  describedBy,
}: {
  appointmentId: string;
  colleagues: { id: string; name: string }[];
  describedBy: string;
}) {
  const id = useId();
  const router = useRouter();
  const first = colleagues[0]?.id ?? '';
  const { register, handleSubmit, formState } = useForm({ resolver, defaultValues: { therapistId: first } });
  useEffect(preload, []);
  const [error, setError] = useState('');

  const onSubmit = handleSubmit(async (body) => {
    setError('');
    const res = await api('POST /api/admin/appointments/{id}/reassign', { params: { id: appointmentId }, body });
    if (!res.ok) {
      setError(
        res.code === 'SLOT_TAKEN' ? `${res.message} Choose someone else, or call the patient to move the visit.` : res.message,
      );
      return;
    }
    router.refresh();
  });

  if (colleagues.length === 0)
    return <p className="muted">No other active therapist in this practice to take it: call the patient.</p>;
  return (
    <form className="inline-panel" onSubmit={(e) => void onSubmit(e)} aria-describedby={describedBy}>
      <div className="field">
        <label htmlFor={`${id}-therapist`}>Reassign to</label>
        <select id={`${id}-therapist`} defaultValue={first} {...register('therapistId')}>
          {colleagues.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <p className="form-error" role="alert">
        {error}
      </p>
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? 'Reassigning…' : 'Reassign'}
        </button>
      </div>
    </form>
  );
}
