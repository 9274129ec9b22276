'use client';

// The therapist's list of who is in the room: the patient waiting (since when) with Admit, and
// Remove for anyone in. Asked from the server (LiveKit's own list), refreshed when the room
// changes and every few seconds.
import { useCallback, useEffect, useState } from 'react';
import { useRoomContext } from '@livekit/components-react';
import { RoomEvent } from 'livekit-client';
import { api } from '@/app/_components/api-client';
import { formatTime } from '@/app/_components/local-time';
import type { VideoParticipant } from '@/lib/video/schemas';

const REFRESH_MS = 4_000;

export function WaitingRoomPanel({
  appointmentId,
  onWaitingCount,
}: {
  appointmentId: string;
  onWaitingCount?: (waiting: number) => void;
}) {
  const room = useRoomContext();
  const [people, setPeople] = useState<VideoParticipant[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState('');

  const load = useCallback(async () => {
    const res = await api('GET /api/appointments/{id}/video-participants', { params: { id: appointmentId } });
    if (res.ok) setPeople(res.data.participants);
    else setError(res.message);
  }, [appointmentId]);

  useEffect(() => {
    void load();
    const timer = setInterval(() => {
      void load();
    }, REFRESH_MS);
    const refresh = () => {
      void load();
    };
    room
      .on(RoomEvent.ParticipantConnected, refresh)
      .on(RoomEvent.ParticipantDisconnected, refresh)
      .on(RoomEvent.ParticipantPermissionsChanged, refresh);
    return () => {
      clearInterval(timer);
      room
        .off(RoomEvent.ParticipantConnected, refresh)
        .off(RoomEvent.ParticipantDisconnected, refresh)
        .off(RoomEvent.ParticipantPermissionsChanged, refresh);
    };
  }, [room, load]);

  async function act(action: 'admit' | 'remove', identity: string) {
    setBusy(identity);
    setError('');
    const res = await api(`POST /api/appointments/{id}/video-participants/${action}`, {
      params: { id: appointmentId },
      body: { identity },
    });
    setBusy(null);
    if (!res.ok) setError(res.message);
    await load();
  }

  const waiting = people?.filter((p) => !p.admitted) ?? [];
  useEffect(() => {
    onWaitingCount?.(waiting.length);
  }, [onWaitingCount, waiting.length]);
  const inside = people?.filter((p) => p.admitted) ?? [];
  return (
    <section className="card waiting-room" aria-labelledby="waiting-room-heading">
      <h2 id="waiting-room-heading">Waiting room</h2>
      <p className="form-error" role="alert">
        {error}
      </p>
      {people === null ? (
        <p className="muted">Checking who is here…</p>
      ) : waiting.length === 0 ? (
        <p className="empty">Nobody is waiting.</p>
      ) : (
        <ul className="bare people-list">
          {waiting.map((p) => (
            <li key={p.identity}>
              <span>
                <strong>{p.name}</strong> is waiting since {formatTime(new Date(p.joinedAt))}
              </span>
              <span className="actions-inline">
                <button type="button" onClick={() => void act('admit', p.identity)} disabled={busy === p.identity}>
                  Admit<span className="visually-hidden"> {p.name}</span>
                </button>
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => void act('remove', p.identity)}
                  disabled={busy === p.identity}
                >
                  Remove<span className="visually-hidden"> {p.name}</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {inside.length > 0 && (
        <>
          <h3>In the visit</h3>
          <ul className="bare people-list">
            {inside.map((p) => (
              <li key={p.identity}>
                <span>
                  <strong>{p.name}</strong> since {formatTime(new Date(p.joinedAt))}
                </span>
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => void act('remove', p.identity)}
                  disabled={busy === p.identity}
                >
                  Remove<span className="visually-hidden"> {p.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
