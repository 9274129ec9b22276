'use client';

// Remove a license after a confirmation. Video visits it covered stay booked; the page then lists
// them as not covered, so the admin can reassign them.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api } from '@/app/_components/api-client';

export function RemoveLicenseButton({
  therapistId,
  licenseId,
  label,
}: {
  therapistId: string;
  licenseId: string;
  label: string;
}) {
  const router = useRouter();
  const [error, setError] = useState('');
  const [pending, setPending] = useState(false);

  async function remove() {
    if (!window.confirm(`Remove the ${label}? Booked video visits it covers stay booked and will need another therapist.`))
      return;
    setPending(true);
    setError('');
    const res = await api('DELETE /api/admin/therapists/{id}/licenses/{licenseId}', {
      params: { id: therapistId, licenseId },
    });
    setPending(false);
    if (!res.ok) {
      setError(res.message);
      return;
    }
    router.refresh();
  }

  return (
    <div className="stack">
      <p className="form-error" role="alert">
        {error}
      </p>
      <div className="actions">
        <button type="button" className="button-secondary" onClick={remove} disabled={pending}>
          {pending ? 'Removing…' : `Remove the ${label}`}
        </button>
      </div>
    </div>
  );
}
