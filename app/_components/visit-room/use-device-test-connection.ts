'use client';

// The device test's connection check, any day: a token for a room of one's own, then the same
// reachability check as before a visit (/rtc/validate) and a real join of that room (signalling
// and the call connection), each timed, then left at once.
import { useEffect, useState } from 'react';
import { Room } from 'livekit-client';
import { api } from '@/app/_components/api-client';
import { useConnectionCheck, type ConnectionCheck, type JoinToken } from './use-join-token';

export type JoinCheck = { status: 'idle' | 'checking' } | { status: 'ok'; ms: number } | { status: 'failed'; reason: string };

export interface DeviceTestConnection {
  reach: ConnectionCheck;
  join: JoinCheck;
  /** Why no test token was given (video not set up, too many tests), or ''. */
  refused: string;
}

export function useDeviceTestConnection(attempt: number): DeviceTestConnection {
  const [grant, setGrant] = useState<JoinToken | null>(null);
  const [refused, setRefused] = useState('');
  const [join, setJoin] = useState<JoinCheck>({ status: 'idle' });
  const reach = useConnectionCheck(grant);

  useEffect(() => {
    const controller = new AbortController();
    setGrant(null);
    setRefused('');
    setJoin({ status: 'idle' });
    void api('POST /api/video/device-test-token', { signal: controller.signal })
      .then((res) => {
        if (res.ok) setGrant(res.data);
        else setRefused(res.message);
      })
      .catch(() => {}); // aborted: a new test started
    return () => controller.abort();
  }, [attempt]);

  useEffect(() => {
    if (!grant || reach.status !== 'ok') return;
    let cancelled = false;
    const room = new Room();
    setJoin({ status: 'checking' });
    const started = performance.now();
    room
      .connect(grant.url, grant.token, { autoSubscribe: false })
      .then(() => {
        if (!cancelled) setJoin({ status: 'ok', ms: Math.round(performance.now() - started) });
      })
      .catch(() => {
        if (!cancelled) {
          setJoin({
            status: 'failed',
            reason:
              'The video service answered, but a call connection could not be set up. A firewall or a work network may block video calls; try another network.',
          });
        }
      })
      .finally(() => void room.disconnect());
    return () => {
      cancelled = true;
      void room.disconnect();
    };
  }, [grant, reach.status]);

  return { reach, join, refused };
}
