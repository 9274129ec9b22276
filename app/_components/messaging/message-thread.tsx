'use client';
// One conversation, kept current while it is open: it asks every few seconds for messages newer
// than the last one shown (polling: no extra service, decision 026). The two parties write; an
// admin reads. The image's type is checked by the server from its bytes; the size is checked
// here first only to spare an upload.
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '@/app/_components/api-client';
import { useReplayEarlyChoice } from '@/app/_components/forms/replay-early-choice';
import { useReplayEarlyValue } from '@/app/_components/forms/replay-early-value';
import { LocalTime } from '@/app/_components/local-time';
import type { MessageView, ThreadOutput } from '@/lib/messaging/schemas';

const POLL_MS = 5000;
const MAX_BYTES = 2 * 1024 * 1024;

export interface AskableExercise {
  planItemId: string;
  name: string;
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result.replace(/^data:[^,]*,/, '') : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

export function MessageThread({
  initial,
  viewer,
  exercises = [],
  initialExercise = '',
}: {
  initial: ThreadOutput;
  viewer: 'PATIENT' | 'THERAPIST' | 'ADMIN';
  exercises?: AskableExercise[];
  initialExercise?: string;
}) {
  const thread = { patientId: initial.patient.id, therapistId: initial.therapist.id };
  const { patientId, therapistId } = thread;
  const [messages, setMessages] = useState<MessageView[]>(initial.messages);
  const [body, setBody] = useState('');
  const [exercise, setExercise] = useState(initialExercise);
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const exerciseRef = useRef<HTMLDivElement>(null);
  useReplayEarlyValue(bodyRef, body, setBody);
  useReplayEarlyChoice(exerciseRef, exercise, setExercise);
  const other = viewer === 'PATIENT' ? initial.therapist.name : initial.patient.name;

  const merge = useCallback(
    (fresh: MessageView[]) =>
      setMessages((old) => {
        const byId = new Map(old.map((m) => [m.id, m]));
        for (const m of fresh) byId.set(m.id, m);
        return [...byId.values()].sort((a, b) => a.sentAt.localeCompare(b.sentAt));
      }),
    [],
  );

  // Asks from just before the oldest of the viewer's messages not read yet (so its receipt can
  // change), else from the newest message: new messages and receipts, not the whole thread.
  const latest = useRef(messages);
  latest.current = messages;
  useEffect(() => {
    async function poll() {
      const shown = latest.current;
      const unread = shown.find((m) => m.senderRole === viewer && !m.readAt);
      const from = unread ? new Date(Date.parse(unread.sentAt) - 1).toISOString() : shown.at(-1)?.sentAt;
      const res = await api('GET /api/conversations/{patientId}/{therapistId}/messages', {
        params: { patientId, therapistId },
        query: from ? { after: from } : {},
      }).catch(() => null);
      if (res?.ok) merge(res.data.messages);
    }
    const timer = setInterval(() => {
      void poll();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [patientId, therapistId, merge, viewer]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError('');
    const file = fileRef.current?.files?.[0];
    if (file && file.size > MAX_BYTES) {
      setError('An image must be at most 2 MB.');
      return;
    }
    setSending(true);
    const attachment = file ? await readAsBase64(file) : undefined;
    const res = await api('POST /api/conversations/{patientId}/{therapistId}/messages', {
      params: thread,
      body: { body, ...(exercise ? { planItemId: exercise } : {}), ...(attachment ? { attachment } : {}) },
    });
    setSending(false);
    if (!res.ok) {
      setError(res.message);
      return;
    }
    merge([res.data]);
    setBody('');
    setExercise('');
    if (fileRef.current) fileRef.current.value = '';
  }

  return (
    <div className="message-thread">
      {messages.length === 0 ? (
        <p className="empty">No messages yet.{viewer !== 'ADMIN' && <> Write to {other} below.</>}</p>
      ) : (
        <ol className="messages bare" aria-label={`Messages with ${other}`} aria-live="polite" tabIndex={0}>
          {messages.map((m) => {
            const mine = viewer === m.senderRole;
            return (
              <li key={m.id} className={`message ${mine ? 'message-mine' : 'message-theirs'}`}>
                <p className="message-meta">
                  <strong>{mine ? 'You' : m.senderName}</strong> · <LocalTime iso={m.sentAt} short withZone={false} />
                </p>
                {m.exercise && <p className="message-about">About: {m.exercise.name}</p>}
                <p className="message-body">{m.body}</p>
                {m.attachment && (
                  <a href={m.attachment.url} target="_blank" rel="noreferrer">
                    <img src={m.attachment.url} alt={`Image from ${mine ? 'you' : m.senderName}`} className="message-image" />
                  </a>
                )}
                {mine && <p className="message-receipt muted">{m.readAt ? 'Read' : 'Sent'}</p>}
              </li>
            );
          })}
        </ol>
      )}
      {viewer === 'ADMIN' ? (
        <p className="muted">Administrators can read this conversation but not write in it.</p>
      ) : (
        <form onSubmit={submit} className="stack message-form" noValidate>
          <div className="field">
            <label htmlFor="message-body">Message to {other}</label>
            <textarea
              ref={bodyRef}
              id="message-body"
              rows={3}
              maxLength={4000}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              required
            />
          </div>
          {exercises.length > 0 && (
            <div className="field" ref={exerciseRef}>
              <label htmlFor="message-exercise">About an exercise (optional)</label>
              <select id="message-exercise" value={exercise} onChange={(e) => setExercise(e.target.value)}>
                <option value="">No particular exercise</option>
                {exercises.map((x) => (
                  <option key={x.planItemId} value={x.planItemId}>
                    {x.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor="message-image">Image (optional)</label>
            <p id="message-image-hint" className="hint">
              A photo or screenshot: PNG, JPEG or WebP, up to 2 MB.
            </p>
            <input
              id="message-image"
              type="file"
              accept="image/png,image/jpeg,image/webp"
              ref={fileRef}
              aria-describedby="message-image-hint"
            />
          </div>
          <div className="actions">
            <button type="submit" disabled={sending || body.trim() === ''}>
              {sending ? 'Sending…' : 'Send'}
            </button>
          </div>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
