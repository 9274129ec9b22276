'use client';

// The call's controls, in one bar a thumb reaches on a phone: microphone and camera (each says
// its state in words and with its icon), screen share (therapist), the waiting room (therapist,
// on small screens), More (audio only, devices) and Leave. The toggles are LiveKit's own hook, so
// they follow the real track state.
import { useMediaDeviceSelect, useTrackToggle } from '@livekit/components-react';
import { Track } from 'livekit-client';
import { useState, type ReactNode } from 'react';
import { CameraIcon, ChatIcon, LeaveIcon, MicIcon, MoreIcon, PeopleIcon, ScreenIcon } from './call-icons';

function DeviceSelect({ kind, label, id }: { kind: MediaDeviceKind; label: string; id: string }) {
  const { devices, activeDeviceId, setActiveMediaDevice } = useMediaDeviceSelect({ kind });
  if (devices.length === 0) return null;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={activeDeviceId}
        onChange={(e) => {
          void setActiveMediaDevice(e.target.value);
        }}
      >
        {devices.map((d, i) => (
          <option key={d.deviceId} value={d.deviceId}>
            {d.label || `${label} ${i + 1}`}
          </option>
        ))}
      </select>
    </div>
  );
}

function Toggle({
  source,
  on,
  off,
  icon,
}: {
  source: Track.Source.Microphone | Track.Source.Camera | Track.Source.ScreenShare;
  on: string;
  off: string;
  icon: (enabled: boolean) => ReactNode;
}) {
  const { buttonProps, enabled } = useTrackToggle({
    source,
    ...(source === Track.Source.ScreenShare ? { captureOptions: { audio: false } } : {}),
  });
  return (
    <button
      {...buttonProps}
      type="button"
      className={source === Track.Source.ScreenShare ? 'call-button call-share' : 'call-button call-device'}
      data-state={enabled ? 'on' : 'off'}
    >
      {icon(enabled)}
      <span className="call-button-label">{enabled ? on : off}</span>
    </button>
  );
}

export function CallControls({
  canShareScreen,
  audioOnly,
  onAudioOnly,
  onLeave,
  waitingRoom,
  chat,
  children,
}: {
  canShareScreen: boolean;
  audioOnly: boolean;
  onAudioOnly: (on: boolean) => void;
  onLeave: () => void;
  waitingRoom?: { open: boolean; waiting: number; onToggle: () => void };
  /** On small screens the chat is a sheet opened here; on a laptop it is always beside the call. */
  chat?: { open: boolean; unread: number; onToggle: () => void };
  children?: ReactNode;
}) {
  const [moreOpen, setMoreOpen] = useState(false);
  return (
    <div className="call-controls" role="group" aria-label="Call controls">
      <Toggle source={Track.Source.Microphone} on="Mic on" off="Mic off" icon={(enabled) => <MicIcon off={!enabled} />} />
      {!audioOnly && (
        <Toggle source={Track.Source.Camera} on="Camera on" off="Camera off" icon={(enabled) => <CameraIcon off={!enabled} />} />
      )}
      {canShareScreen && <Toggle source={Track.Source.ScreenShare} on="Sharing" off="Share screen" icon={() => <ScreenIcon />} />}
      {waitingRoom && (
        <button
          type="button"
          className="call-button panel-toggle waiting-room-toggle"
          aria-expanded={waitingRoom.open}
          onClick={waitingRoom.onToggle}
        >
          <PeopleIcon />
          <span className="call-button-label">Waiting room</span>
          {waitingRoom.waiting > 0 && (
            <span className="count-badge">
              <span aria-hidden="true">{waitingRoom.waiting}</span>
              <span className="visually-hidden">{` (${waitingRoom.waiting} waiting)`}</span>
            </span>
          )}
        </button>
      )}
      {chat && (
        <button
          type="button"
          className="call-button panel-toggle chat-toggle"
          aria-expanded={chat.open}
          aria-controls="visit-chat-panel"
          onClick={chat.onToggle}
        >
          <ChatIcon />
          <span className="call-button-label">Chat</span>
          {chat.unread > 0 && (
            <span className="count-badge">
              <span aria-hidden="true">{chat.unread}</span>
              <span className="visually-hidden">{` (${chat.unread} new)`}</span>
            </span>
          )}
        </button>
      )}
      <button type="button" className="call-button" aria-expanded={moreOpen} onClick={() => setMoreOpen(!moreOpen)}>
        <MoreIcon />
        <span className="call-button-label">More</span>
      </button>
      {moreOpen && (
        <div className="call-more-body" id="call-more-body" role="group" aria-label="More call settings">
          <label className="checkbox">
            <input type="checkbox" checked={audioOnly} onChange={(e) => onAudioOnly(e.target.checked)} />
            Audio only (camera off, uses less data)
          </label>
          <DeviceSelect kind="audioinput" label="Microphone" id="call-microphone" />
          {!audioOnly && <DeviceSelect kind="videoinput" label="Camera" id="call-camera" />}
          <DeviceSelect kind="audiooutput" label="Speaker" id="call-speaker" />
        </div>
      )}
      <button type="button" className="call-button call-leave" onClick={onLeave}>
        <LeaveIcon />
        <span className="call-button-label">Leave</span>
      </button>
      {children}
    </div>
  );
}
