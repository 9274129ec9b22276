'use client';

// The therapist's list of who is in the room: the patient waiting (since when) with Admit, and
// Remove for anyone in. Asked from the server (LiveKit's own list), refreshed when the room
// changes and every few seconds. Someone who connects without the grant to subscribe is shown
// waiting at once, from the room's own events (LiveKit sends each participant's permissions),
// before the server's list names them: the therapist need not wait for that round trip to let them
// in. The Admit itself stays the server's decision (it checks the identity is this visit's patient).
import { useCallback, useEffect, useState } from 'react';
import { useRoomContext } from '@livekit/components-react';
import { RoomEvent, type Participant, type RemoteParticipant } from 'livekit-client';
import { api } from '@/app/_components/api-client';
import { formatTime } from '@/app/_components/local-time';
import type { VideoParticipant } from '@/lib/video/schemas';

const REFRESH_MS = 4_000;

/** A participant the room reports as connected but not let in (no subscribe grant), as the list shows them. */
function arrivedWaiting(p: RemoteParticipant): VideoParticipant | null {
  if (!p.permissions || p.permissions.canSubscribe) return null;
  return {
    identity: p.identity,
    name: p.name || p.identity,
    role: 'PATIENT',
    joinedAt: (p.joinedAt ?? new Date()).toISOString(),
    admitted: false,
  };
}

/** The server's list, plus those the room has seen arrive that the list does not name yet. */
function withArrivals(people: VideoParticipant[] | null, arrivals: VideoParticipant[]): VideoParticipant[] | null {
  const extra = arrivals.filter((a) => !people?.some((p) => p.identity === a.identity));
  if (people === null) return extra.length > 0 ? extra : null;
  return extra.length > 0 ? [...people, ...extra] : people;
}

export function WaitingRoomPanel({
  appointmentId,
  onWaitingCount,
}: {
  appointmentId: string;
  onWaitingCount?: (waiting: number) => void;
}) {
  const room = useRoomContext();
  const [listed, setPeople] = useState<VideoParticipant[] | null>(null);
  const [arrivals, setArrivals] = useState<VideoParticipant[]>([]);
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
    const forget = (identity: string) => setArrivals((list) => list.filter((a) => a.identity !== identity));
    // Someone waiting is shown from the event: the list is asked again after the Admit (or on the
    // next tick), not now, where it would race the Admit for the server.
    const seen = (p: RemoteParticipant) => {
      const waiting = arrivedWaiting(p);
      if (waiting) setArrivals((list) => [...list.filter((a) => a.identity !== p.identity), waiting]);
      else {
        forget(p.identity);
        void load();
      }
    };
    // LiveKit announces a new participant before it has read their permissions (they are
    // undefined here); reading them fires ParticipantPermissionsChanged right after, handled below.
    const arrived = (p: RemoteParticipant) => {
      if (p.permissions) seen(p);
    };
    const left = (p: RemoteParticipant) => {
      forget(p.identity);
      void load();
    };
    const changed = (_before: unknown, p: Participant) => {
      if (!p.isLocal) seen(p as RemoteParticipant);
    };
    room
      .on(RoomEvent.ParticipantConnected, arrived)
      .on(RoomEvent.ParticipantDisconnected, left)
      .on(RoomEvent.ParticipantPermissionsChanged, changed);
    return () => {
      clearInterval(timer);
      room
        .off(RoomEvent.ParticipantConnected, arrived)
        .off(RoomEvent.ParticipantDisconnected, left)
        .off(RoomEvent.ParticipantPermissionsChanged, changed);
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
    setArrivals((list) => list.filter((a) => a.identity !== identity));
    await load();
  }

  const people = withArrivals(listed, arrivals);
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
