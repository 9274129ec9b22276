'use client';

// One's own camera before joining (and while waiting), mirrored like a mirror.
import { useEffect, useRef } from 'react';
import type { LocalVideoTrack } from 'livekit-client';

export function CameraPreview({ track }: { track: LocalVideoTrack | null }) {
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const el = video.current;
    if (!track || !el) return;
    track.attach(el);
    return () => {
      track.detach(el);
    };
  }, [track]);
  return track ? (
    <video ref={video} className="self-view" muted playsInline autoPlay aria-label="Your camera preview" />
  ) : (
    <div className="video-placeholder" role="img" aria-label="Camera off">
      Camera off
    </div>
  );
}
