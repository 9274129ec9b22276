'use client';

// One virtual visit, for either side: pre-join check → room (the patient waits until admitted) →
// left or ended. The therapist also has the waiting room and "End visit", which settles
// attendance on the server and offers Mark completed / Mark no-show. Inside the room, a phone shows
// the call full screen (remote person large, oneself small and movable, controls at the thumb).
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { LiveKitRoom } from '@livekit/components-react';
import { DisconnectReason } from 'livekit-client';
import '@livekit/components-styles';
import './visit-room.css';
import type { VideoSummary } from '@/lib/video/schemas';
import { EndVisitButton } from './end-visit-button';
import { InCall, type HandedTracks } from './in-call';
import { stateName } from '@/lib/licensure/us-states';
import { PreJoinCheck } from './pre-join-check';
import { useLocalPreview } from './use-local-preview';
import { useConnectionCheck, useJoinToken } from './use-join-token';
import { VisitSummary } from './visit-summary';

export interface VisitRoomProps {
  appointmentId: string;
  role: 'PATIENT' | 'THERAPIST';
  /** The other person: the therapist for a patient, the patient for a therapist. */
  otherName: string;
  patientName: string;
  /** The person using this page, for their own tile when their camera is off. */
  selfName: string;
  homeHref: string;
  /** Video visits booked for a state: the patient confirms being there before joining. */
  patientState?: string | null;
}

type Stage =
  | { name: 'prejoin' }
  | { name: 'room'; tracks: HandedTracks }
  | { name: 'left'; reason: DisconnectReason | undefined; failed?: boolean }
  | { name: 'ended'; summary: VideoSummary };

function leftMessage(role: VisitRoomProps['role'], reason: DisconnectReason | undefined): string {
  if (reason === DisconnectReason.CLIENT_INITIATED) return 'You left the visit.';
  if (reason === DisconnectReason.ROOM_DELETED)
    return role === 'PATIENT' ? 'Your therapist ended the visit. Take care!' : 'The visit was ended.';
  if (reason === DisconnectReason.PARTICIPANT_REMOVED) return 'Your therapist removed you from the visit.';
  if (reason === DisconnectReason.DUPLICATE_IDENTITY)
    return 'You joined this visit from another window or device, so this one was disconnected.';
  return 'The connection to the visit was lost.';
}

export function VisitRoom({
  appointmentId,
  role,
  otherName,
  patientName,
  selfName,
  homeHref,
  patientState = null,
}: VisitRoomProps) {
  const [stage, setStage] = useState<Stage>({ name: 'prejoin' });
  const [inState, setInState] = useState(false);
  const [audioOnly, setAudioOnly] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const token = useJoinToken(appointmentId, attempt);
  const router = useRouter();
  const grant = token.status === 'ready' ? token.grant : null;
  const connection = useConnectionCheck(grant);
  const preview = useLocalPreview(stage.name === 'prejoin', !audioOnly);
  const ending = useRef(false);

  // Ended by the therapist (now, or while this page was open): the server renders the ended page.
  const endedByTherapist = token.status === 'refused' && token.code === 'VISIT_ENDED';
  useEffect(() => {
    if (endedByTherapist) router.refresh();
  }, [endedByTherapist, router]);

  function rejoin() {
    setAttempt((n) => n + 1);
    setStage({ name: 'prejoin' });
  }

  function join() {
    if (!grant) return;
    setStage({ name: 'room', tracks: preview.release() });
  }

  function leaveRoom(next: Stage) {
    // Tracks that were never published (left while still waiting) are ours to stop.
    if (stage.name === 'room') {
      stage.tracks.audio?.stop();
      stage.tracks.video?.stop();
    }
    setStage(next);
  }

  if (stage.name === 'ended') {
    return <VisitSummary appointmentId={appointmentId} summary={stage.summary} patientName={patientName} closable />;
  }
  if (stage.name === 'left') {
    const over = stage.reason === DisconnectReason.ROOM_DELETED || stage.reason === DisconnectReason.PARTICIPANT_REMOVED;
    return (
      <section className="card" aria-labelledby="left-heading">
        <h2 id="left-heading" tabIndex={-1}>
          {stage.failed
            ? 'We could not connect you to the visit. Check your internet connection and try again.'
            : leftMessage(role, stage.reason)}
        </h2>
        <div className="actions">
          {!over && (
            <button type="button" onClick={rejoin}>
              Rejoin
            </button>
          )}
          <Link href={homeHref} className={over ? 'button' : 'button button-secondary'}>
            Back to your dashboard
          </Link>
        </div>
      </section>
    );
  }
  if (stage.name === 'prejoin' || !grant) {
    return (
      <PreJoinCheck
        preview={preview}
        audioOnly={audioOnly}
        onAudioOnly={setAudioOnly}
        token={token}
        connection={connection}
        onJoin={join}
        joinLabel={role === 'PATIENT' ? 'Join visit' : 'Start visit'}
        location={
          role === 'PATIENT' && patientState
            ? { stateName: stateName(patientState), confirmed: inState, onConfirm: setInState }
            : null
        }
      />
    );
  }
  return (
    <LiveKitRoom
      serverUrl={grant.url}
      token={grant.token}
      connect
      audio={false}
      video={false}
      className="visit-room"
      // No adaptive stream: with it the server sends the other person's video only after the page
      // has attached it and reported it visible, a round trip plus a key frame after the
      // subscription (~170 ms of bench:video (b), decision 035). It is one person on a stage that
      // fills the screen, so the highest layer is the one adaptive stream would pick anyway; audio
      // only turns the remote video off explicitly (in-call.tsx).
      options={{ adaptiveStream: false, dynacast: true }}
      onDisconnected={(reason) => {
        if (ending.current) return;
        leaveRoom({ name: 'left', reason });
        if (reason === DisconnectReason.ROOM_DELETED && role === 'PATIENT') router.refresh();
      }}
      onError={() => {
        if (!ending.current) leaveRoom({ name: 'left', reason: undefined, failed: true });
      }}
    >
      <InCall
        role={role}
        appointmentId={appointmentId}
        otherName={otherName}
        selfName={selfName}
        tracks={stage.tracks}
        audioOnly={audioOnly}
        onAudioOnly={setAudioOnly}
        onLeave={() => leaveRoom({ name: 'left', reason: DisconnectReason.CLIENT_INITIATED })}
        endControl={
          role === 'THERAPIST' ? (
            <EndVisitButton
              appointmentId={appointmentId}
              ending={ending}
              onEnded={(summary) => leaveRoom({ name: 'ended', summary })}
            />
          ) : undefined
        }
      />
    </LiveKitRoom>
  );
}
