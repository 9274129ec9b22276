'use client';

// After "End visit": who was there and when (from the video server's own reports), how long
// both were on, and the two ways to close the visit (the existing status endpoint).
import Link from 'next/link';
import { useState } from 'react';
import { api } from '@/app/_components/api-client';
import { formatTime } from '@/app/_components/local-time';
import type { VideoSummary } from '@/lib/video/schemas';

function duration(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const m = Math.round(seconds / 60);
  return m === 1 ? '1 minute' : `${m} minutes`;
}

export function VisitSummary({
  appointmentId,
  summary,
  patientName,
  closable,
}: {
  appointmentId: string;
  summary: VideoSummary;
  patientName: string;
  closable: boolean;
}) {
  const [closed, setClosed] = useState<'COMPLETED' | 'NO_SHOW' | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState('');

  async function close(status: 'COMPLETED' | 'NO_SHOW') {
    setPending(true);
    setError('');
    const res = await api('POST /api/appointments/{id}/status', {
      params: { id: appointmentId },
      body: { status },
    });
    setPending(false);
    if (res.ok) setClosed(status);
    else setError(res.message);
  }

  return (
    <section className="card visit-summary" aria-labelledby="visit-summary-heading">
      <h2 id="visit-summary-heading">Visit ended</h2>
      <h3>Attendance</h3>
      {summary.attendance.length === 0 ? (
        <p className="empty">Nobody joined the video room.</p>
      ) : (
        <ul className="bare attendance-list">
          {summary.attendance.map((r) => (
            <li key={`${r.role}-${r.joinedAt}`}>
              <strong>{r.name}</strong> ({r.role === 'PATIENT' ? 'patient' : 'therapist'}) joined at{' '}
              {formatTime(new Date(r.joinedAt))}
              {r.leftAt ? `, left at ${formatTime(new Date(r.leftAt))}` : ', still connected'}
            </li>
          ))}
        </ul>
      )}
      {summary.videoSeconds !== null && <p>Together on video: {duration(summary.videoSeconds)}.</p>}
      {!summary.patientJoined && <p className="notice">{patientName} did not join the video room.</p>}
      <p className="form-error" role="alert">
        {error}
      </p>
      {closed ? (
        <p className="notice notice-success" role="status">
          Marked {closed === 'COMPLETED' ? 'completed' : 'a no-show'}. <Link href="/therapist">Back to your schedule</Link>
        </p>
      ) : (
        closable && (
          <div className="actions">
            <button type="button" onClick={() => void close('COMPLETED')} disabled={pending}>
              Mark completed
            </button>
            <button type="button" className="button-secondary" onClick={() => void close('NO_SHOW')} disabled={pending}>
              Mark no-show
            </button>
          </div>
        )
      )}
    </section>
  );
}
