'use client';

// "Send a new link": a signed-in patient asks for a fresh verification mail. The answer is said
// in a live region; a 429's message says how long to wait, a signed-out visitor is offered sign-in.
import Link from 'next/link';
import { useState } from 'react';
import { api } from '@/app/_components/api-client';

type State =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'sent'; to: string }
  | { kind: 'failed'; message: string }
  | { kind: 'signed-out' };

export function ResendVerification({ returnTo, signInReturn }: { returnTo?: string; signInReturn: string }) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function send() {
    setState({ kind: 'sending' });
    const res = await api('POST /api/email-verification/resend', { body: returnTo ? { returnTo } : {} });
    if (res.ok) setState({ kind: 'sent', to: res.data.sentTo });
    else if (res.status === 401) setState({ kind: 'signed-out' });
    else setState({ kind: 'failed', message: res.message });
  }

  return (
    <div className="resend-verification">
      <button type="button" className="button-secondary" onClick={() => void send()} disabled={state.kind === 'sending'}>
        {state.kind === 'sending' ? 'Sending…' : 'Send a new link'}
      </button>
      <p role="status" className="muted">
        {state.kind === 'sent' && (
          <>
            A new link is on its way to <strong>{state.to}</strong>. Earlier links no longer work.
          </>
        )}
        {state.kind === 'failed' && state.message}
        {state.kind === 'signed-out' && (
          <>
            <Link href={`/signin?callbackUrl=${encodeURIComponent(signInReturn)}`}>Sign in</Link> to get a new link.
          </>
        )}
      </p>
    </div>
  );
}
