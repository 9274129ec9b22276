'use client';

// Microphone, camera, devices, screen share (therapist), audio only and leave, as LiveKit's own
// toggles (they follow the real track state; aria-pressed = on) styled to the app.
import { TrackToggle, useMediaDeviceSelect } from '@livekit/components-react';
import { Track } from 'livekit-client';
import type { ReactNode } from 'react';

function DeviceSelect({ kind, label, id }: { kind: MediaDeviceKind; label: string; id: string }) {
  const { devices, activeDeviceId, setActiveMediaDevice } = useMediaDeviceSelect({ kind });
  if (devices.length === 0) return null;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={activeDeviceId} onChange={(e) => { void setActiveMediaDevice(e.target.value); }}>
        {devices.map((d, i) => <option key={d.deviceId} value={d.deviceId}>{d.label || `${label} ${i + 1}`}</option>)}
      </select>
    </div>
  );
}

export function CallControls({ canShareScreen, audioOnly, onAudioOnly, onLeave, children }: {
  canShareScreen: boolean; audioOnly: boolean; onAudioOnly: (on: boolean) => void; onLeave: () => void; children?: ReactNode;
}) {
  return (
    <div className="call-controls" role="group" aria-label="Call controls">
      <TrackToggle source={Track.Source.Microphone} showIcon={false} className="button-secondary">
        Microphone
      </TrackToggle>
      {!audioOnly && (
        <TrackToggle source={Track.Source.Camera} showIcon={false} className="button-secondary">
          Camera
        </TrackToggle>
      )}
      {canShareScreen && (
        <TrackToggle source={Track.Source.ScreenShare} showIcon={false} className="button-secondary" captureOptions={{ audio: false }}>
          Share screen
        </TrackToggle>
      )}
      <button type="button" className="button-secondary" aria-pressed={audioOnly} onClick={() => onAudioOnly(!audioOnly)}>
        Audio only
      </button>
      <details className="device-menu">
        <summary>Devices</summary>
        <div className="device-menu-body">
          <DeviceSelect kind="audioinput" label="Microphone" id="call-microphone" />
          {!audioOnly && <DeviceSelect kind="videoinput" label="Camera" id="call-camera" />}
          <DeviceSelect kind="audiooutput" label="Speaker" id="call-speaker" />
        </div>
      </details>
      <button type="button" className="button-secondary" onClick={onLeave}>Leave</button>
      {children}
    </div>
  );
}
