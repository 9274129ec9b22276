'use client';

// The draft SOAP note: four labelled sections, Save draft, and Sign after a confirmation. Saves
// name the version they started from, so a second tab cannot overwrite this one silently.
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { api } from '@/app/_components/api-client';
import { useReplayOnce } from '@/app/_components/forms/replay-early-value';
import { SOAP_SECTIONS } from '@/app/_components/visit-note/signed-note';
import type { NoteView } from '@/lib/notes/schemas';

type Sections = Record<(typeof SOAP_SECTIONS)[number]['key'], string>;

export function NoteEditor({ appointmentId, draft }: { appointmentId: string; draft: NoteView | null }) {
  const router = useRouter();
  const [text, setText] = useState<Sections>({
    subjective: draft?.subjective ?? '',
    objective: draft?.objective ?? '',
    assessment: draft?.assessment ?? '',
    plan: draft?.plan ?? '',
  });
  const [version, setVersion] = useState<string | null>(draft?.updatedAt ?? null);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState(draft ? 'Draft saved.' : '');
  const [error, setError] = useState('');
  const form = useRef<HTMLFormElement>(null);
  // Sections typed before hydration are the ones saved (see replay-early-value).
  useReplayOnce(() => {
    const shown = { ...text };
    for (const s of SOAP_SECTIONS) {
      const field = form.current?.elements.namedItem(s.key);
      if (field instanceof HTMLTextAreaElement) shown[s.key] = field.value;
    }
    if (SOAP_SECTIONS.some((s) => shown[s.key] !== text[s.key])) {
      setText(shown);
      setDirty(true);
    }
  });

  async function save(): Promise<string | null> {
    const res = await api('PUT /api/appointments/{id}/note', {
      params: { id: appointmentId },
      body: { ...text, expectedUpdatedAt: version },
    });
    if (!res.ok) {
      setError(res.message);
      return null;
    }
    setVersion(res.data.updatedAt);
    setDirty(false);
    setStatus(
      `Draft saved at ${new Date(res.data.updatedAt).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' })}.`,
    );
    return res.data.updatedAt;
  }

  async function onSave(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError('');
    await save();
    setBusy(false);
  }

  async function sign() {
    setBusy(true);
    setError('');
    const current = dirty || !version ? await save() : version;
    if (current) {
      const res = await api('POST /api/appointments/{id}/note/sign', {
        params: { id: appointmentId },
        body: { expectedUpdatedAt: current },
      });
      if (res.ok) {
        router.refresh();
        return;
      }
      setError(res.message);
    }
    setConfirming(false);
    setBusy(false);
  }

  return (
    <form ref={form} onSubmit={onSave} className="note-editor" aria-describedby="note-status">
      {SOAP_SECTIONS.map((s) => (
        <div className="field" key={s.key}>
          <label htmlFor={`note-${s.key}`}>{s.label}</label>
          <p id={`note-${s.key}-hint`} className="hint">
            {s.hint}
          </p>
          <textarea
            id={`note-${s.key}`}
            name={s.key}
            rows={4}
            maxLength={20_000}
            value={text[s.key]}
            aria-describedby={`note-${s.key}-hint`}
            onChange={(e) => {
              setText({ ...text, [s.key]: e.target.value });
              setDirty(true);
            }}
          />
        </div>
      ))}
      <p id="note-status" className="muted" role="status">
        {dirty ? 'Unsaved changes.' : status}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {confirming ? (
        <div className="inline-confirm" role="group" aria-label="Sign the note">
          <p>Sign this note? Once signed it cannot be changed; corrections are added as addenda.</p>
          <div className="actions">
            <button type="button" onClick={sign} disabled={busy}>
              Yes, sign the note
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(false)} disabled={busy}>
              Keep editing
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button type="submit" className="button-secondary" disabled={busy}>
            Save draft
          </button>
          <button type="button" onClick={() => setConfirming(true)} disabled={busy}>
            Sign…
          </button>
        </div>
      )}
    </form>
  );
}
