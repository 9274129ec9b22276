'use client';

// Give one upcoming visit to a colleague at the same time; the database refuses if they are busy.
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { api } from '@/app/_components/api-client';
import { formText } from '@/app/_components/form-text';

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
  const [error, setError] = useState('');
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const therapistId = formText(new FormData(event.currentTarget), 'therapistId');
    setPending(true);
    setError('');
    const res = await api('POST /api/admin/appointments/{id}/reassign', { params: { id: appointmentId }, body: { therapistId } });
    setPending(false);
    if (!res.ok) {
      setError(
        res.code === 'SLOT_TAKEN' ? `${res.message} Choose someone else, or call the patient to move the visit.` : res.message,
      );
      return;
    }
    router.refresh();
  }

  if (colleagues.length === 0)
    return <p className="muted">No other active therapist in this practice to take it: call the patient.</p>;
  return (
    <form className="inline-panel" onSubmit={onSubmit} aria-describedby={describedBy}>
      <div className="field">
        <label htmlFor={`${id}-therapist`}>Reassign to</label>
        <select id={`${id}-therapist`} name="therapistId">
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
        <button type="submit" disabled={pending}>
          {pending ? 'Reassigning…' : 'Reassign'}
        </button>
      </div>
    </form>
  );
}
