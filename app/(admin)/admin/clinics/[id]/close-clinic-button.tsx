'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api } from '@/app/_components/api-client';
import { LocalTime } from '@/app/_components/local-time';

interface Blocking {
  id: string;
  start: string;
  visitTypeName: string;
  therapistName: string;
  patient: { name: string; email: string };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isBlocking = (v: unknown): v is Blocking =>
  isRecord(v) &&
  typeof v.id === 'string' &&
  typeof v.start === 'string' &&
  typeof v.visitTypeName === 'string' &&
  typeof v.therapistName === 'string' &&
  isRecord(v.patient) &&
  typeof v.patient.name === 'string' &&
  typeof v.patient.email === 'string';

/** The visits that keep the clinic open, from a refusal's details (none if it names none). */
const blockingOf = (details: unknown): Blocking[] =>
  isRecord(details) && Array.isArray(details.appointments) ? details.appointments.filter(isBlocking) : [];

export function CloseClinicButton({ clinicId, name, basedHere = 0 }: { clinicId: string; name: string; basedHere?: number }) {
  const router = useRouter();
  const [error, setError] = useState('');
  const [blocking, setBlocking] = useState<Blocking[]>([]);
  const [pending, setPending] = useState(false);

  async function close() {
    const homes =
      basedHere > 0 ? ` ${basedHere} therapist${basedHere === 1 ? '' : 's'} based here will have no home clinic.` : '';
    if (!window.confirm(`Close ${name}? It will no longer be offered for booking.${homes} This cannot be undone here.`)) return;
    setPending(true);
    setError('');
    const res = await api('POST /api/admin/clinics/{id}/close', { params: { id: clinicId } });
    setPending(false);
    if (!res.ok) {
      setError(res.message);
      setBlocking(blockingOf(res.details));
      return;
    }
    router.refresh();
  }

  return (
    <div className="stack">
      <div role="alert">
        {error && <p className="form-error">{error}</p>}
        {blocking.length > 0 && (
          <ul className="plain-list">
            {blocking.map((b) => (
              <li key={b.id}>
                {b.patient.name} ({b.patient.email}), {b.visitTypeName} with {b.therapistName}, <LocalTime iso={b.start} short />
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="actions">
        <button type="button" onClick={close} disabled={pending}>
          {pending ? 'Closing…' : `Close ${name}`}
        </button>
      </div>
    </div>
  );
}
