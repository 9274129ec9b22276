'use client';

// Flags waiting for the therapist, each with an Acknowledge button.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api } from '@/app/_components/api-client';
import { LocalTime } from '@/app/_components/local-time';
import type { FlagView } from '@/lib/flags/schemas';

export function FlagList({ flags, showPatient = true }: { flags: FlagView[]; showPatient?: boolean }) {
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  async function acknowledge(flag: FlagView) {
    setBusy(flag.id);
    const res = await api('POST /api/flags/{id}/acknowledge', { params: { id: flag.id } });
    setBusy(null);
    setMessage(res.ok ? `Acknowledged: ${flag.label} for ${flag.patient.name}.` : res.message);
    if (res.ok) router.refresh();
  }

  return (
    <>
      <p className="sr-only" role="status">
        {message}
      </p>
      {flags.length === 0 ? (
        <p className="empty">No flags to review.</p>
      ) : (
        <ul className="flag-list bare">
          {flags.map((f) => (
            <li key={f.id} className={`flag flag-${f.kind.toLowerCase()}${f.acknowledgedAt ? ' flag-done' : ''}`}>
              <div>
                <p className="flag-title">
                  <strong>{f.label}</strong>
                  {showPatient && (
                    <>
                      {' '}
                      · <Link href={`/therapist/patients/${f.patient.id}`}>{f.patient.name}</Link>
                    </>
                  )}
                </p>
                <p className="flag-detail">{f.detail}</p>
                <p className="muted flag-when">
                  Raised <LocalTime iso={f.raisedAt} withZone={false} />
                  {f.acknowledgedAt && <> · acknowledged</>}
                </p>
              </div>
              {!f.acknowledgedAt && (
                <button
                  type="button"
                  className="button-secondary button-small"
                  disabled={busy === f.id}
                  onClick={() => acknowledge(f)}
                >
                  Acknowledge
                  <span className="sr-only">
                    {' '}
                    {f.label} for {f.patient.name}
                  </span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
