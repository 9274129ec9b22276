'use client';

// Before entering: see yourself, pick devices, watch the microphone move, and learn whether the
// video service can be reached — with a plain message for each thing that can go wrong.
import { CameraPreview } from './camera-preview';
import { MicLevelMeter } from './mic-level-meter';
import type { DeviceProblem, LocalPreview } from './use-local-preview';
import type { ConnectionCheck, TokenState } from './use-join-token';

export const CAMERA_PROBLEM: Record<DeviceProblem, string> = {
  denied:
    'Your browser is blocking the camera. Allow camera access for this site (the camera icon in the address bar), then press Try again — or join with audio only.',
  missing: 'No camera was found. You can join with audio only.',
  busy: 'Your camera is being used by another app. Close that app, then press Try again.',
  failed: 'Your camera could not start. Press Try again, or join with audio only.',
};
export const MICROPHONE_PROBLEM: Record<DeviceProblem, string> = {
  denied:
    'Your browser is blocking the microphone. Allow microphone access for this site, then press Try again. Without it your therapist cannot hear you.',
  missing: 'No microphone was found. Plug in a headset or a microphone, then press Try again.',
  busy: 'Your microphone is being used by another app. Close that app, then press Try again.',
  failed: 'Your microphone could not start. Press Try again.',
};

export function DevicePicker({
  id,
  label,
  devices,
  value,
  onChange,
}: {
  id: string;
  label: string;
  devices: MediaDeviceInfo[];
  value: string;
  onChange: (id: string) => void;
}) {
  if (devices.length === 0) return null;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {devices.map((d, i) => (
          <option key={d.deviceId} value={d.deviceId}>
            {d.label || `${label} ${i + 1}`}
          </option>
        ))}
      </select>
    </div>
  );
}

function connectionText(check: ConnectionCheck): string {
  if (check.status === 'ok') return `Video service reachable (${check.ms} ms).`;
  if (check.status === 'failed') return check.reason;
  return 'Checking the connection to the video service…';
}

/** A patient confirms they are in the state they gave at booking: the therapist is licensed there (decision 024). */
export interface LocationConfirm {
  stateName: string;
  confirmed: boolean;
  onConfirm: (on: boolean) => void;
}

export function PreJoinCheck({
  preview,
  audioOnly,
  onAudioOnly,
  token,
  connection,
  onJoin,
  joinLabel,
  location = null,
}: {
  preview: LocalPreview;
  audioOnly: boolean;
  onAudioOnly: (on: boolean) => void;
  token: TokenState;
  connection: ConnectionCheck;
  onJoin: () => void;
  joinLabel: string;
  location?: LocationConfirm | null;
}) {
  const problems = [
    !audioOnly && preview.videoProblem ? CAMERA_PROBLEM[preview.videoProblem] : null,
    preview.audioProblem ? MICROPHONE_PROBLEM[preview.audioProblem] : null,
  ].filter((p): p is string => p !== null);
  const canJoin = token.status === 'ready' && !preview.starting && (!location || location.confirmed);

  return (
    <section className="card prejoin" aria-labelledby="prejoin-heading">
      <h2 id="prejoin-heading">Check your camera and microphone</h2>
      <div className="prejoin-grid">
        <div className="prejoin-preview">
          <CameraPreview track={audioOnly ? null : preview.video} />
        </div>
        <div className="prejoin-controls">
          {!audioOnly && (
            <DevicePicker
              id="camera-picker"
              label="Camera"
              devices={preview.cameras}
              value={preview.cameraId}
              onChange={preview.setCamera}
            />
          )}
          <DevicePicker
            id="microphone-picker"
            label="Microphone"
            devices={preview.microphones}
            value={preview.microphoneId}
            onChange={preview.setMicrophone}
          />
          <MicLevelMeter id="prejoin-mic-level" track={preview.audio} />
          <label className="checkbox">
            <input type="checkbox" checked={audioOnly} onChange={(e) => onAudioOnly(e.target.checked)} />
            Join with audio only (camera off, uses less data)
          </label>
          {location && (
            <label className="checkbox">
              <input type="checkbox" checked={location.confirmed} onChange={(e) => location.onConfirm(e.target.checked)} />I am in{' '}
              {location.stateName} now, as I said when booking (your therapist is licensed to see you there by video)
            </label>
          )}
          <p className={`connection-check connection-${connection.status}`} role="status">
            {connectionText(connection)}
          </p>
          {problems.length > 0 && (
            <div className="form-error" role="alert">
              {problems.map((p) => (
                <p key={p}>{p}</p>
              ))}
              <button type="button" className="button-secondary" onClick={preview.retry}>
                Try again
              </button>
            </div>
          )}
          {token.status === 'refused' && (
            <p className="form-error" role="alert">
              {token.message}
            </p>
          )}
          <div className="actions">
            <button type="button" onClick={onJoin} disabled={!canJoin}>
              {token.status === 'loading' || preview.starting ? 'Getting ready…' : joinLabel}
            </button>
          </div>
        </div>
      </div>
    </section>
  );
}
