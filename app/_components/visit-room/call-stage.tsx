'use client';

// What both people see once in the room, laid out like a phone call: the other person fills the
// stage (or the therapist's shared screen does, with their camera small beside it), oneself small
// in a corner that can be moved, the call timer on top, and every remote voice playing.
import type { ReactNode } from 'react';
import { isTrackReference, RoomAudioRenderer, useLocalParticipant, useTracks, VideoTrack } from '@livekit/components-react';
import { Track } from 'livekit-client';
import { CallTimer, ConnectionQualityBadge } from './call-status';
import { Avatar, MutedBadge, RemoteTile } from './remote-tile';
import { SelfView } from './self-view';

function later(a: Date | undefined, b: Date | undefined): Date | undefined {
  if (!a || !b) return undefined;
  return a > b ? a : b;
}

export function CallStage({
  otherName,
  selfName,
  audioOnly,
  banner,
}: {
  otherName: string;
  selfName: string;
  audioOnly: boolean;
  banner?: ReactNode;
}) {
  const { localParticipant } = useLocalParticipant();
  const tracks = useTracks(
    [
      { source: Track.Source.Camera, withPlaceholder: true },
      { source: Track.Source.ScreenShare, withPlaceholder: false },
    ],
    { onlySubscribed: false },
  );
  const remote = tracks.filter((t) => !t.participant.isLocal);
  const remoteCamera = remote.find((t) => t.source === Track.Source.Camera);
  const remoteScreen = remote.find((t) => t.source === Track.Source.ScreenShare && isTrackReference(t));
  const localCamera = tracks.find((t) => t.participant.isLocal && t.source === Track.Source.Camera && isTrackReference(t));
  const sharing = tracks.some((t) => t.participant.isLocal && t.source === Track.Source.ScreenShare && isTrackReference(t));
  const other = remoteCamera?.participant;
  // A patient still in the waiting room is in the room but may not publish: not "camera off".
  const waitingToBeLetIn = other?.permissions?.canPublish === false;

  return (
    <div className="call-stage">
      <RoomAudioRenderer />
      <div className="call-topbar">
        <span className="call-title">Video visit with {otherName}</span>
        <CallTimer since={later(localParticipant.joinedAt, other?.joinedAt)} />
      </div>
      {banner && <div className="call-banner">{banner}</div>}
      {!other && (
        <p className="video-placeholder stage-main" role="status">
          Waiting for {otherName} to join…
        </p>
      )}
      {other && waitingToBeLetIn && (
        <p className="video-placeholder stage-main" role="status">
          {otherName} is in the waiting room. Let them in from the waiting room.
        </p>
      )}
      {other && remoteScreen && isTrackReference(remoteScreen) && (
        <figure className="video-tile stage-main" aria-label={`Screen shared by ${otherName}`}>
          <VideoTrack trackRef={remoteScreen} className="screen-video" />
          <figcaption>
            <span className="tile-name">{otherName}&rsquo;s screen</span>
          </figcaption>
        </figure>
      )}
      {other && !waitingToBeLetIn && (
        <RemoteTile
          trackRef={remoteCamera}
          participant={other}
          name={otherName}
          audioOnly={audioOnly}
          label={`Video from ${otherName}`}
          className={remoteScreen ? 'stage-side' : 'stage-main'}
        />
      )}
      <SelfView
        caption={
          <>
            <span className="tile-name">You{sharing ? ' (sharing your screen)' : ''}</span>
            <MutedBadge participant={localParticipant} />
            <ConnectionQualityBadge participant={localParticipant} whose="Your" />
          </>
        }
      >
        {localCamera && isTrackReference(localCamera) && !localCamera.publication.isMuted ? (
          <VideoTrack trackRef={localCamera} className="self-view" />
        ) : (
          <Avatar name={selfName} note="Your camera is off" />
        )}
      </SelfView>
    </div>
  );
}
