'use client';

// Small facts shown over the video: how long the call has run, and how good each person's
// connection is (LiveKit's own estimate), in words for screen readers and when it is bad.
import { useEffect, useState } from 'react';
import { useConnectionQualityIndicator } from '@livekit/components-react';
import { ConnectionQuality, type Participant } from 'livekit-client';

const QUALITY: Record<ConnectionQuality, { words: string; bars: number }> = {
  [ConnectionQuality.Excellent]: { words: 'excellent', bars: 3 },
  [ConnectionQuality.Good]: { words: 'good', bars: 2 },
  [ConnectionQuality.Poor]: { words: 'poor', bars: 1 },
  [ConnectionQuality.Lost]: { words: 'lost', bars: 0 },
  [ConnectionQuality.Unknown]: { words: 'being measured', bars: 0 },
};

export function ConnectionQualityBadge({ participant, whose }: { participant: Participant; whose: string }) {
  const { quality } = useConnectionQualityIndicator({ participant });
  const { words, bars } = QUALITY[quality];
  const weak = quality === ConnectionQuality.Poor || quality === ConnectionQuality.Lost;
  return (
    <span className={`quality-badge${weak ? ' quality-weak' : ''}`} data-quality={quality}>
      <span className="quality-bars" aria-hidden="true">
        {[1, 2, 3].map((n) => (
          <span key={n} className={n <= bars ? 'bar-on' : 'bar-off'} />
        ))}
      </span>
      <span className={weak ? undefined : 'visually-hidden'}>{`${whose} connection ${words}`}</span>
    </span>
  );
}

function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Time since both people were in the room (the later of the two joins). */
export function CallTimer({ since }: { since: Date | undefined }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (!since) return null;
  const seconds = Math.max(0, Math.floor((now - since.getTime()) / 1000));
  return (
    <span className="call-timer" role="timer" aria-label="Time in call">
      {clock(seconds)}
    </span>
  );
}
