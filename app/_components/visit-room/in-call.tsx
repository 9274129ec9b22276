'use client';

// Inside the room. A patient first waits without permission to publish or subscribe; the moment
// the therapist admits them (ParticipantPermissionsChanged) the tracks from the pre-join check
// are published and the call appears, without a reload. Reconnects are LiveKit's own; we say so.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useConnectionState, useLocalParticipantPermissions, useRoomContext } from '@livekit/components-react';
import { ConnectionState, RoomEvent, Track, type LocalAudioTrack, type LocalVideoTrack, type Room } from 'livekit-client';
import { api } from '@/app/_components/api-client';
import { CallControls } from './call-controls';
import { CallStage } from './call-stage';
import { CameraPreview } from './camera-preview';
import { VisitChat } from './visit-chat';
import { WaitingRoomPanel } from './waiting-room-panel';

/** The longest our own publish waits for the other person's video (see the publish effect). */
const PUBLISH_HOLD_MS = 1_500;

/** Whether someone in the room has a camera on whose video this page does not show yet (no frame). */
function awaitingOtherCamera(room: Room): boolean {
  return [...room.remoteParticipants.values()].some((p) => {
    const camera = p.getTrackPublication(Track.Source.Camera);
    if (camera === undefined || !camera.isDesired || camera.isMuted) return false;
    const shown = camera.track?.attachedElements.some((el) => el.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA);
    return !shown;
  });
}

export interface HandedTracks {
  audio: LocalAudioTrack | null;
  video: LocalVideoTrack | null;
}

export function InCall({
  role,
  appointmentId,
  otherName,
  selfName,
  tracks,
  audioOnly,
  onAudioOnly,
  onLeave,
  endControl,
}: {
  role: 'PATIENT' | 'THERAPIST';
  appointmentId: string;
  otherName: string;
  selfName: string;
  tracks: HandedTracks;
  audioOnly: boolean;
  onAudioOnly: (on: boolean) => void;
  onLeave: () => void;
  endControl?: ReactNode;
}) {
  const room = useRoomContext();
  const state = useConnectionState();
  const permissions = useLocalParticipantPermissions();
  const admitted = role === 'THERAPIST' || permissions?.canSubscribe === true;
  const canPublish = permissions?.canPublish === true;
  const published = useRef(false);
  const [problem, setProblem] = useState('');
  // On a phone the waiting room (therapist) and the chat are sheets over the call, one at a time.
  const [panel, setPanel] = useState<'waiting' | 'chat' | null>(null);
  const [waiting, setWaiting] = useState(0);
  const [unread, setUnread] = useState(0);
  const [chatFocus, setChatFocus] = useState(0);
  const panelRef = useRef(panel);
  panelRef.current = panel;
  const onIncoming = useCallback(() => {
    if (panelRef.current !== 'chat') setUnread((n) => n + 1);
  }, []);
  function toggle(which: 'waiting' | 'chat') {
    const next = panel === which ? null : which;
    setPanel(next);
    if (next === 'chat') {
      setUnread(0);
      setChatFocus((n) => n + 1);
    }
  }
  const screen = useRef<HTMLElement>(null);
  // On a laptop the call sits in the page under its heading: bring all of it, controls included, into view.
  useEffect(() => {
    if (admitted) screen.current?.scrollIntoView({ block: 'start' });
  }, [admitted]);

  // In the waiting room: the server tells the therapist's page at once, as soon as the room has
  // answered the join (LiveKit itself would pass on a participant who publishes nothing only on its
  // next 3-second tick). It grants nothing; if it fails, the therapist's list still finds us.
  useEffect(() => {
    if (role !== 'PATIENT') return;
    const announce = () => {
      if (room.localParticipant.permissions?.canSubscribe) return;
      void api('POST /api/appointments/{id}/video-waiting', { params: { id: appointmentId } });
    };
    if (room.localParticipant.sid) announce();
    room.on(RoomEvent.SignalConnected, announce);
    return () => {
      room.off(RoomEvent.SignalConnected, announce);
    };
  }, [role, room, appointmentId]);

  useEffect(() => {
    if (!canPublish || published.current || state !== ConnectionState.Connected) return;
    const local = room.localParticipant;
    const publish = () => {
      if (published.current) return;
      published.current = true;
      stopWaiting();
      // The microphone, then the camera; not both at once: on a busy machine the camera's encoders
      // and negotiation, started together with the subscription to the therapist, held back the
      // therapist's first frame by ~400 ms (bench:video (b), decision 035).
      void (async () => {
        if (tracks.audio) await local.publishTrack(tracks.audio, { source: Track.Source.Microphone });
        if (tracks.video && !audioOnly) await local.publishTrack(tracks.video, { source: Track.Source.Camera, simulcast: true });
      })().catch(() => setProblem('Your camera or microphone could not be shared. Use the buttons below to try again.'));
    };
    // The other person's video first: our own publish is a negotiation on the same peer connection
    // and starts the camera's encoders, which delayed the subscription to their video by 200–400 ms
    // and then their first frame by ~500 ms when they ran together (decision 035, join18). So we
    // publish once their video shows a frame (checked every 50 ms), at once when there is no camera
    // to wait for or we show no video (audio only), and after PUBLISH_HOLD_MS at the latest.
    const check = () => {
      if (audioOnly || !awaitingOtherCamera(room)) publish();
    };
    const poll = setInterval(check, 50);
    const timer = setTimeout(publish, PUBLISH_HOLD_MS);
    function stopWaiting() {
      clearInterval(poll);
      clearTimeout(timer);
    }
    check();
    return stopWaiting;
  }, [canPublish, state, room, tracks, audioOnly]);

  // Audio only: the camera goes off, and remote video is no longer shown (nor sent: below).
  useEffect(() => {
    if (audioOnly && published.current) void room.localParticipant.setCameraEnabled(false);
  }, [audioOnly, room]);

  const notices = (
    <>
      {state === ConnectionState.Reconnecting || state === ConnectionState.SignalReconnecting ? (
        <p className="notice" role="status">
          The connection dropped. Reconnecting…
        </p>
      ) : state === ConnectionState.Connecting ? (
        <p className="notice" role="status">
          Connecting…
        </p>
      ) : null}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </>
  );

  // Audio only: remote video is not shown and, without adaptive stream (see visit-room.tsx), we
  // tell the server not to send it either.
  useEffect(() => {
    if (!audioOnly) return;
    const setVideo = (on: boolean) => {
      for (const p of room.remoteParticipants.values()) for (const pub of p.videoTrackPublications.values()) pub.setEnabled(on);
    };
    const off = () => setVideo(false);
    off();
    room.on(RoomEvent.TrackSubscribed, off);
    return () => {
      room.off(RoomEvent.TrackSubscribed, off);
      setVideo(true);
    };
  }, [audioOnly, room]);

  // The call view is mounted (hidden) already in the waiting room, so the therapist's Admit only
  // shows it: the React work of mounting the stage and controls is done while waiting, not
  // between the permission push and the therapist's video (decision 035, join18). Hidden, it shows
  // and receives nothing: a waiting patient may not subscribe (the server's grant, 025).
  return (
    <>
      {!admitted && (
        <div className="in-call">
          {notices}
          <WaitingState otherName={otherName} preview={audioOnly ? null : tracks.video} onLeave={onLeave} />
        </div>
      )}
      <div className="in-call call-layout with-side" data-panel-open={panel ?? undefined} hidden={!admitted}>
        <section className="call-screen" ref={screen} aria-label={`Video visit with ${otherName}`}>
          <CallStage otherName={otherName} selfName={selfName} audioOnly={audioOnly} banner={admitted ? notices : null} />
          <CallControls
            canShareScreen={role === 'THERAPIST'}
            audioOnly={audioOnly}
            onAudioOnly={onAudioOnly}
            onLeave={onLeave}
            waitingRoom={
              role === 'THERAPIST' ? { open: panel === 'waiting', waiting, onToggle: () => toggle('waiting') } : undefined
            }
            chat={{ open: panel === 'chat', unread, onToggle: () => toggle('chat') }}
          >
            {endControl}
          </CallControls>
        </section>
        {admitted && (
          <div className="call-side">
            {role === 'THERAPIST' && (
              <div className="side-panel" data-side="waiting">
                <WaitingRoomPanel appointmentId={appointmentId} onWaitingCount={setWaiting} />
              </div>
            )}
            <div className="side-panel" data-side="chat" id="visit-chat-panel">
              <VisitChat appointmentId={appointmentId} role={role} onIncoming={onIncoming} focusRequest={chatFocus} />
            </div>
          </div>
        )}
      </div>
    </>
  );
}

function WaitingState({
  otherName,
  preview,
  onLeave,
}: {
  otherName: string;
  preview: LocalVideoTrack | null;
  onLeave: () => void;
}) {
  return (
    <>
      <section className="card waiting-state" aria-labelledby="waiting-heading">
        <div role="status">
          <h2 id="waiting-heading">Your therapist will let you in shortly</h2>
        </div>
        <p>You are in the waiting room. {otherName} can see that you are here; the call starts as soon as they let you in.</p>
        <div className="prejoin-preview">
          <CameraPreview track={preview} />
        </div>
      </section>
      <div className="actions">
        <button type="button" className="button-secondary" onClick={onLeave}>
          Leave
        </button>
      </div>
    </>
  );
}
