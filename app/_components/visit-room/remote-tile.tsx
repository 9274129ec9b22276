'use client';

// The other person, as large as the stage allows and never cropped (object-fit: contain). With
// their camera off: their initials and name, not a black box. Their microphone and connection
// state sit on the tile.
import { isTrackReference, useIsMuted, VideoTrack, type TrackReferenceOrPlaceholder } from '@livekit/components-react';
import { Track, type Participant } from 'livekit-client';
import { MicIcon } from './call-icons';
import { ConnectionQualityBadge } from './call-status';

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase() || '?';
}

export function Avatar({ name, note }: { name: string; note: string }) {
  return (
    <div className="avatar-placeholder">
      <span className="avatar-circle" aria-hidden="true">
        {initials(name)}
      </span>
      <span className="avatar-name">{name}</span>
      <span className="avatar-note">{note}</span>
    </div>
  );
}

export function MutedBadge({ participant }: { participant: Participant }) {
  const muted = useIsMuted({ participant, source: Track.Source.Microphone });
  if (!muted) return null;
  return (
    <span className="muted-badge">
      <MicIcon off />
      <span>Muted</span>
    </span>
  );
}

export function RemoteTile({
  trackRef,
  participant,
  name,
  audioOnly,
  label,
  className,
}: {
  trackRef: TrackReferenceOrPlaceholder | undefined;
  participant: Participant;
  name: string;
  audioOnly: boolean;
  label: string;
  className?: string;
}) {
  const live = trackRef && isTrackReference(trackRef) && !trackRef.publication.isMuted;
  return (
    <figure className={`video-tile remote-tile${className ? ` ${className}` : ''}`} aria-label={label}>
      {live && !audioOnly ? (
        <VideoTrack trackRef={trackRef} className="remote-video" data-remote-video="true" />
      ) : (
        <Avatar name={name} note={audioOnly ? 'Audio only' : 'Camera off'} />
      )}
      <figcaption>
        <span className="tile-name">{name}</span>
        <MutedBadge participant={participant} />
        <ConnectionQualityBadge participant={participant} whose={`${name}’s`} />
      </figcaption>
    </figure>
  );
}
