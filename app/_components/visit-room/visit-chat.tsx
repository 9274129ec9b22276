'use client';

// The in-call chat. A line is stored with the visit first (POST …/video-chat: the therapist keeps
// it, a late joiner or a reload reads it back), then the sender rings the other side over LiveKit's
// data channel, which then reads the chat from the server. What arrives on the data channel is
// never shown: the other browser could put anything there (another sender, another line's id), so
// it is only a signal to re-read the stored chat. The therapist can share an exercise of
// the patient's plan: the message carries a link the patient opens in a new tab (the call stays).
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useRoomContext } from '@livekit/components-react';
import { RoomEvent, type RemoteParticipant } from 'livekit-client';
import { api } from '@/app/_components/api-client';
import { formatTime } from '@/app/_components/local-time';
import type { VisitChat as VisitChatData, VisitChatMessage } from '@/lib/video/schemas';

export const CHAT_TOPIC = 'visit-chat';
const MAX_LENGTH = 1000;

/** Whether a signal came in while the last read was on its way (read through a call: TypeScript
 * would otherwise keep the value it saw assigned before the await). */
function askedAgain(reading: { current: 'idle' | 'busy' | 'again' }): boolean {
  return reading.current === 'again';
}

function merge(list: VisitChatMessage[], more: VisitChatMessage[]): VisitChatMessage[] {
  const byId = new Map(list.map((m) => [m.id, m]));
  for (const m of more) byId.set(m.id, m);
  return [...byId.values()].sort((a, b) => a.sentAt.localeCompare(b.sentAt) || a.id.localeCompare(b.id));
}

export function VisitChat({
  appointmentId,
  role,
  onIncoming,
  focusRequest = 0,
}: {
  appointmentId: string;
  role: 'PATIENT' | 'THERAPIST';
  /** A message from the other side arrived (the phone's Chat button counts them while closed). */
  onIncoming?: () => void;
  /** Bumped when the chat is opened from the controls: the message field takes the focus. */
  focusRequest?: number;
}) {
  const room = useRoomContext();
  const [messages, setMessages] = useState<VisitChatMessage[]>([]);
  const [exercises, setExercises] = useState<VisitChatData['shareableExercises']>([]);
  const [loaded, setLoaded] = useState(false);
  const [text, setText] = useState('');
  const [exercise, setExercise] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState('');
  const log = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);

  // One read at a time; signals arriving meanwhile ask for one more read after it (a flood of
  // signals costs at most one read in flight and one queued).
  const reading = useRef<'idle' | 'busy' | 'again'>('idle');
  const load = useCallback(async () => {
    if (reading.current !== 'idle') {
      reading.current = 'again';
      return;
    }
    do {
      reading.current = 'busy';
      const res = await api('GET /api/appointments/{id}/video-chat', { params: { id: appointmentId } });
      if (!res.ok) setError(res.message);
      else {
        setMessages((list) => merge(list, res.data.messages));
        setExercises(res.data.shareableExercises);
        setLoaded(true);
      }
    } while (askedAgain(reading));
    reading.current = 'idle';
  }, [appointmentId]);

  useEffect(() => {
    void load();
    const onData = (_payload: Uint8Array, from?: RemoteParticipant, _kind?: unknown, topic?: string) => {
      if (topic !== CHAT_TOPIC || !from) return;
      void load();
      onIncoming?.();
    };
    // After LiveKit reconnects by itself, what was said meanwhile comes from the server.
    const onReconnected = () => void load();
    room.on(RoomEvent.DataReceived, onData).on(RoomEvent.Reconnected, onReconnected);
    return () => {
      room.off(RoomEvent.DataReceived, onData).off(RoomEvent.Reconnected, onReconnected);
    };
  }, [room, load, onIncoming]);

  // The newest line stays in view.
  useEffect(() => {
    const el = log.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [messages]);

  useEffect(() => {
    if (focusRequest > 0) input.current?.focus();
  }, [focusRequest]);

  const shared = exercises.find((x) => x.planItemId === exercise);
  const body = text.trim() || (shared ? `An exercise from your plan: ${shared.name}` : '');

  async function send(e: FormEvent) {
    e.preventDefault();
    if (!body || sending) return;
    setSending(true);
    setError('');
    const res = await api('POST /api/appointments/{id}/video-chat', {
      params: { id: appointmentId },
      body: { body, ...(shared ? { planItemId: shared.planItemId } : {}) },
    });
    setSending(false);
    if (!res.ok) return setError(res.message);
    setMessages((list) => merge(list, [res.data]));
    setText('');
    setExercise('');
    // Stored already: if the data channel fails, the other side reads it on their next load.
    void room.localParticipant
      .publishData(new TextEncoder().encode(JSON.stringify({ id: res.data.id })), { reliable: true, topic: CHAT_TOPIC })
      .catch(() =>
        setError(`Sent, but ${role === 'PATIENT' ? 'your therapist' : 'your patient'} may only see it after a reconnect.`),
      );
    input.current?.focus();
  }

  return (
    <section className="card visit-chat" aria-labelledby="visit-chat-heading">
      <h2 id="visit-chat-heading">Chat</h2>
      <div ref={log} className="chat-log" role="log" aria-label="Chat messages" tabIndex={0}>
        {messages.length === 0 ? (
          <p className="empty">{loaded ? 'No messages yet.' : 'Loading the chat…'}</p>
        ) : (
          <ol className="bare">
            {messages.map((m) => {
              const mine = m.senderRole === role;
              return (
                <li key={m.id} className={mine ? 'chat-line chat-mine' : 'chat-line'}>
                  <p className="chat-meta">
                    <strong>{mine ? 'You' : m.senderName}</strong>{' '}
                    <time dateTime={m.sentAt}>{formatTime(new Date(m.sentAt))}</time>
                  </p>
                  <p className="chat-body">{m.body}</p>
                  {m.exercise && (
                    <p className="chat-exercise">
                      {role === 'PATIENT' ? (
                        <a href={m.exercise.href} target="_blank" rel="noopener">
                          Open exercise: {m.exercise.name}
                          <span className="visually-hidden"> (opens in a new tab)</span>
                        </a>
                      ) : (
                        <>Shared exercise: {m.exercise.name}</>
                      )}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </div>
      <form className="chat-form" onSubmit={(e) => void send(e)}>
        {role === 'THERAPIST' && exercises.length > 0 && (
          <div className="field">
            <label htmlFor="chat-exercise">Share an exercise from the plan</label>
            <select id="chat-exercise" value={exercise} onChange={(e) => setExercise(e.target.value)}>
              <option value="">No exercise</option>
              {exercises.map((x) => (
                <option key={x.planItemId} value={x.planItemId}>
                  {x.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="chat-message">Message</label>
          <div className="chat-send">
            <input
              ref={input}
              id="chat-message"
              type="text"
              autoComplete="off"
              maxLength={MAX_LENGTH}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
            <button type="submit" disabled={!body || sending}>
              {sending ? 'Sending…' : 'Send'}
            </button>
          </div>
        </div>
        <p className="form-error" role="alert">
          {error}
        </p>
      </form>
    </section>
  );
}
