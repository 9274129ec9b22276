'use client';

// The join token for this visit (asked for when the check opens, and again for each rejoin: being
// let in once changes what a new token grants) and a connection check
// against the video server with it: /rtc/validate checks the token without entering the room.
import { useEffect, useState } from 'react';
import { api } from '@/app/_components/api-client';

export interface JoinToken {
  token: string;
  url: string;
  room: string;
  identity: string;
  expiresAt: string;
}
export type TokenState =
  { status: 'loading' } | { status: 'ready'; grant: JoinToken } | { status: 'refused'; code: string; message: string };

export function useJoinToken(appointmentId: string, attempt = 0): TokenState {
  const [state, setState] = useState<TokenState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    api('POST /api/appointments/{id}/video-token', {
      params: { id: appointmentId },
      signal: controller.signal,
    })
      .then((res) =>
        setState(res.ok ? { status: 'ready', grant: res.data } : { status: 'refused', code: res.code, message: res.message }),
      )
      .catch(() => {}); // aborted: the page moved on
    return () => controller.abort();
  }, [appointmentId, attempt]);
  return state;
}

export type ConnectionCheck =
  { status: 'idle' | 'checking' } | { status: 'ok'; ms: number } | { status: 'failed'; reason: string };

export function useConnectionCheck(grant: JoinToken | null): ConnectionCheck {
  const [check, setCheck] = useState<ConnectionCheck>({ status: 'idle' });
  useEffect(() => {
    if (!grant) return;
    if (typeof RTCPeerConnection === 'undefined') {
      setCheck({
        status: 'failed',
        reason: 'This browser cannot make video calls. Please use a current Chrome, Edge, Firefox or Safari.',
      });
      return;
    }
    const controller = new AbortController();
    setCheck({ status: 'checking' });
    const started = performance.now();
    const url = `${grant.url.replace(/^ws/, 'http').replace(/\/$/, '')}/rtc/validate?access_token=${encodeURIComponent(grant.token)}`;
    fetch(url, { signal: controller.signal, cache: 'no-store' })
      .then((res) =>
        setCheck(
          res.ok
            ? { status: 'ok', ms: Math.round(performance.now() - started) }
            : { status: 'failed', reason: `The video service refused the connection (${res.status}).` },
        ),
      )
      .catch(() => {
        if (!controller.signal.aborted) {
          setCheck({
            status: 'failed',
            reason: 'We could not reach the video service. Check your internet connection; a work network may block video calls.',
          });
        }
      });
    return () => controller.abort();
  }, [grant]);
  return check;
}
