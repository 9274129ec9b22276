'use client';

// Test camera, microphone and connection any day, long before a visit: the same preview, level
// meter and plain messages as the check before joining, and a real connection to the video
// service (a room of one's own, never a visit). Nothing is recorded or sent to anyone.
import { useState } from 'react';
import './visit-room.css';
import { CameraPreview } from './camera-preview';
import { MicLevelMeter } from './mic-level-meter';
import { CAMERA_PROBLEM, DevicePicker, MICROPHONE_PROBLEM } from './pre-join-check';
import { useDeviceTestConnection } from './use-device-test-connection';
import { useLocalPreview } from './use-local-preview';

function Result({ label, state }: { label: string; state: { status: string; ms?: number; reason?: string } }) {
  const text =
    state.status === 'ok'
      ? `works (${state.ms} ms)`
      : state.status === 'failed'
        ? state.reason
        : state.status === 'checking'
          ? 'checking…'
          : 'waiting…';
  return (
    <li className={`connection-check connection-${state.status}`}>
      <strong>{label}:</strong> {text}
    </li>
  );
}

export function DeviceTest() {
  const [attempt, setAttempt] = useState(0);
  const preview = useLocalPreview(true, true);
  const connection = useDeviceTestConnection(attempt);
  const problems = [
    preview.videoProblem ? CAMERA_PROBLEM[preview.videoProblem] : null,
    preview.audioProblem ? MICROPHONE_PROBLEM[preview.audioProblem] : null,
  ].filter((p): p is string => p !== null);
  const allGood =
    !preview.starting &&
    problems.length === 0 &&
    preview.video !== null &&
    preview.audio !== null &&
    connection.join.status === 'ok';

  return (
    <div className="stack">
      <div className="device-test-grid">
        <section className="card" aria-labelledby="device-camera-heading">
          <h2 id="device-camera-heading">Camera</h2>
          <div className="prejoin-preview">
            <CameraPreview track={preview.video} />
          </div>
          <DevicePicker
            id="camera-picker"
            label="Camera"
            devices={preview.cameras}
            value={preview.cameraId}
            onChange={preview.setCamera}
          />
        </section>
        <section className="card" aria-labelledby="device-microphone-heading">
          <h2 id="device-microphone-heading">Microphone</h2>
          <DevicePicker
            id="microphone-picker"
            label="Microphone"
            devices={preview.microphones}
            value={preview.microphoneId}
            onChange={preview.setMicrophone}
          />
          <p className="muted">Say something: the bar moves when your microphone hears you.</p>
          <MicLevelMeter id="device-test-mic-level" track={preview.audio} />
        </section>
      </div>
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
      <section className="card" aria-labelledby="device-connection-heading">
        <h2 id="device-connection-heading">Connection</h2>
        <div role="status" aria-label="Connection test">
          <ul className="bare">
            <Result label="Video service" state={connection.reach} />
            <Result label="Call connection" state={connection.join} />
          </ul>
        </div>
        {connection.refused && (
          <p className="form-error" role="alert">
            {connection.refused}
          </p>
        )}
        <div className="actions">
          <button type="button" className="button-secondary" onClick={() => setAttempt((n) => n + 1)}>
            Test the connection again
          </button>
        </div>
      </section>
      <p className={allGood ? 'notice notice-success' : 'muted'} role="status" aria-label="Summary">
        {allGood
          ? 'All set: your camera, microphone and connection work for a video visit.'
          : 'When the camera shows you, the microphone bar moves and both connection checks say "works", you are ready.'}
      </p>
    </div>
  );
}
