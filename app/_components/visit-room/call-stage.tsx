'use client';

// What both people see once in the room: the other person large (or the therapist's shared
// screen, with their camera beside it), oneself small, and every remote voice playing.
import { isTrackReference, RoomAudioRenderer, useTracks, VideoTrack, type TrackReferenceOrPlaceholder } from '@livekit/components-react';
import { Track } from 'livekit-client';

function RemoteTile({ trackRef, name, audioOnly, label }: {
  trackRef: TrackReferenceOrPlaceholder | undefined; name: string; audioOnly: boolean; label: string;
}) {
  const live = trackRef && isTrackReference(trackRef) && !trackRef.publication.isMuted;
  return (
    <figure className="video-tile" aria-label={label}>
      {live && !audioOnly
        ? <VideoTrack trackRef={trackRef} className="remote-video" data-remote-video="true" />
        : <div className="video-placeholder">{audioOnly ? `${name} (audio only)` : `${name}'s camera is off`}</div>}
      <figcaption>{name}</figcaption>
    </figure>
  );
}

export function CallStage({ otherName, audioOnly }: { otherName: string; audioOnly: boolean }) {
  const tracks = useTracks(
    [{ source: Track.Source.Camera, withPlaceholder: true }, { source: Track.Source.ScreenShare, withPlaceholder: false }],
    { onlySubscribed: false },
  );
  const remote = tracks.filter((t) => !t.participant.isLocal);
  const remoteCamera = remote.find((t) => t.source === Track.Source.Camera);
  const remoteScreen = remote.find((t) => t.source === Track.Source.ScreenShare && isTrackReference(t));
  const localCamera = tracks.find((t) => t.participant.isLocal && t.source === Track.Source.Camera && isTrackReference(t));
  const sharing = tracks.some((t) => t.participant.isLocal && t.source === Track.Source.ScreenShare && isTrackReference(t));
  const present = remote.length > 0;

  return (
    <div className="call-stage">
      <RoomAudioRenderer />
      {!present && <p className="video-placeholder stage-main" role="status">Waiting for {otherName} to join…</p>}
      {present && remoteScreen && isTrackReference(remoteScreen) && (
        <figure className="video-tile stage-main" aria-label={`Screen shared by ${otherName}`}>
          <VideoTrack trackRef={remoteScreen} className="screen-video" />
          <figcaption>{otherName}&rsquo;s screen</figcaption>
        </figure>
      )}
      {present && (
        <div className={remoteScreen ? 'stage-side' : 'stage-main'}>
          <RemoteTile trackRef={remoteCamera} name={otherName} audioOnly={audioOnly} label={`Video from ${otherName}`} />
        </div>
      )}
      <figure className="video-tile self-tile" aria-label="Your video">
        {localCamera && isTrackReference(localCamera) && !localCamera.publication.isMuted
          ? <VideoTrack trackRef={localCamera} className="self-view" />
          : <div className="video-placeholder">Your camera is off</div>}
        <figcaption>You{sharing ? ' (sharing your screen)' : ''}</figcaption>
      </figure>
    </div>
  );
}
