'use client';

// Create, replace or turn off the private feed link. The full link exists only in the answer to
// "create": it is shown here once, in a read-only field with a copy button.
import { useRouter } from 'next/navigation';
import { useId, useRef, useState } from 'react';
import { api } from '@/app/_components/api-client';

export function CalendarFeedControls({ initiallyOn }: { initiallyOn: boolean }) {
  const id = useId();
  const router = useRouter();
  const [isOn, setIsOn] = useState(initiallyOn);
  const [url, setUrl] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);

  async function create() {
    setPending(true);
    setError('');
    setStatus('');
    const res = await api('POST /api/therapists/me/calendar-feed');
    setPending(false);
    if (!res.ok) return setError(res.message);
    setUrl(res.data.url);
    setIsOn(true);
    setStatus(res.data.replaced ? 'New link created. The old link no longer works.' : 'Link created.');
    router.refresh();
    requestAnimationFrame(() => input.current?.select());
  }

  async function turnOff() {
    setPending(true);
    setError('');
    const res = await api('DELETE /api/therapists/me/calendar-feed');
    setPending(false);
    if (!res.ok) return setError(res.message);
    setUrl('');
    setIsOn(false);
    setStatus('The feed is off. Its link no longer works.');
    router.refresh();
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied.');
    } catch {
      input.current?.select();
      setStatus('Select the link and copy it.');
    }
  }

  return (
    <div className="calendar-feed">
      {!url && (
        <p>
          {isOn
            ? 'Your feed is on. For your security the link is shown only when it is created; to see a link again, replace it (the old one stops working).'
            : 'You have no feed link yet.'}
        </p>
      )}
      {url && (
        <div className="field">
          <label htmlFor={`${id}-url`}>Your calendar link</label>
          <p id={`${id}-hint`} className="hint">
            Copy it now: it will not be shown again. Keep it private.
          </p>
          <input
            id={`${id}-url`}
            ref={input}
            value={url}
            readOnly
            aria-describedby={`${id}-hint`}
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="actions">
            <button type="button" className="button-secondary button-small" onClick={copy}>
              Copy link
            </button>
            <a className="button-secondary button-small button" href={url.replace(/^https?:/, 'webcal:')}>
              Open in my calendar app
            </a>
          </div>
        </div>
      )}
      <p className="form-error" role="alert">
        {error}
      </p>
      <div role="status">{status && <p className="notice notice-success">{status}</p>}</div>
      <div className="actions">
        <button type="button" onClick={create} disabled={pending}>
          {isOn ? 'Replace link' : 'Create link'}
        </button>
        {isOn && (
          <button type="button" className="button-secondary" onClick={turnOff} disabled={pending}>
            Turn feed off
          </button>
        )}
      </div>
    </div>
  );
}
