'use client';

// Camera and microphone for the pre-join check: acquires each on its own (so a missing camera does
// not cost the microphone), lists devices once permission is given, switches device in place, and
// says in plain words what went wrong. The tracks are later handed to the room (published as they
// are), so joining does not open the camera a second time.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  createLocalAudioTrack,
  createLocalVideoTrack,
  VideoPresets,
  type LocalAudioTrack,
  type LocalVideoTrack,
} from 'livekit-client';

export type DeviceProblem = 'denied' | 'missing' | 'busy' | 'failed';

export interface LocalPreview {
  video: LocalVideoTrack | null;
  audio: LocalAudioTrack | null;
  videoProblem: DeviceProblem | null;
  audioProblem: DeviceProblem | null;
  cameras: MediaDeviceInfo[];
  microphones: MediaDeviceInfo[];
  cameraId: string;
  microphoneId: string;
  starting: boolean;
  setCamera: (deviceId: string) => void;
  setMicrophone: (deviceId: string) => void;
  retry: () => void;
  /** Gives up ownership (the room publishes the tracks and stops them when it is done). */
  release(): { video: LocalVideoTrack | null; audio: LocalAudioTrack | null };
}

export function problemOf(err: unknown): DeviceProblem {
  const name = (err as { name?: string } | null)?.name ?? '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'denied';
  if (name === 'NotFoundError' || name === 'DevicesNotFoundError' || name === 'OverconstrainedError') return 'missing';
  if (name === 'NotReadableError' || name === 'TrackStartError' || name === 'AbortError') return 'busy';
  return 'failed';
}

async function listDevices(kind: MediaDeviceKind): Promise<MediaDeviceInfo[]> {
  const all = (await navigator.mediaDevices?.enumerateDevices?.()) ?? [];
  return all.filter((d) => d.kind === kind && d.deviceId !== '');
}

export function useLocalPreview(active: boolean, wantVideo: boolean): LocalPreview {
  const [video, setVideo] = useState<LocalVideoTrack | null>(null);
  const [audio, setAudio] = useState<LocalAudioTrack | null>(null);
  const [videoProblem, setVideoProblem] = useState<DeviceProblem | null>(null);
  const [audioProblem, setAudioProblem] = useState<DeviceProblem | null>(null);
  const [cameras, setCameras] = useState<MediaDeviceInfo[]>([]);
  const [microphones, setMicrophones] = useState<MediaDeviceInfo[]>([]);
  const [cameraId, setCameraId] = useState('');
  const [microphoneId, setMicrophoneId] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [starting, setStarting] = useState(false);
  const owned = useRef<{ video: LocalVideoTrack | null; audio: LocalAudioTrack | null }>({ video: null, audio: null });

  const refreshDevices = useCallback(async () => {
    setCameras(await listDevices('videoinput'));
    setMicrophones(await listDevices('audioinput'));
  }, []);

  // Acquire what is wanted and not yet held; stale attempts (the effect re-ran) stop what they got.
  useEffect(() => {
    if (!active) return;
    let current = true;
    setStarting(true);
    void (async () => {
      if (!owned.current.audio) {
        try {
          const track = await createLocalAudioTrack({
            deviceId: microphoneId || undefined,
            echoCancellation: true,
            noiseSuppression: true,
          });
          if (!current) {
            track.stop();
            return;
          }
          owned.current.audio = track;
          setAudio(track);
          setAudioProblem(null);
        } catch (err) {
          if (current) setAudioProblem(problemOf(err));
        }
      }
      if (wantVideo && !owned.current.video) {
        try {
          const track = await createLocalVideoTrack({
            deviceId: cameraId || undefined,
            resolution: VideoPresets.h540.resolution,
          });
          if (!current) {
            track.stop();
            return;
          }
          owned.current.video = track;
          setVideo(track);
          setVideoProblem(null);
        } catch (err) {
          if (current) setVideoProblem(problemOf(err));
        }
      }
      if (!wantVideo && owned.current.video) {
        owned.current.video.stop();
        owned.current.video = null;
        setVideo(null);
      }
      if (current) {
        await refreshDevices().catch(() => {});
        setStarting(false);
      }
    })();
    return () => {
      current = false;
    };
    // Device ids are applied in place by setCamera/setMicrophone, not by re-acquiring.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above: cameraId/microphoneId are deliberately not deps
  }, [active, wantVideo, attempt, refreshDevices]);

  // Plugging in a headset or a camera updates the pickers.
  useEffect(() => {
    const devices = navigator.mediaDevices;
    if (!active || !devices?.addEventListener) return;
    const onChange = () => {
      void refreshDevices().catch(() => {});
    };
    devices.addEventListener('devicechange', onChange);
    return () => devices.removeEventListener('devicechange', onChange);
  }, [active, refreshDevices]);

  // Whatever is still ours when the page goes away is stopped (the camera light goes off).
  useEffect(
    () => () => {
      owned.current.video?.stop();
      owned.current.audio?.stop();
    },
    [],
  );

  // The chosen device ids as reported by the tracks once they run (the browser picks a default).
  useEffect(() => {
    const id = video?.mediaStreamTrack.getSettings().deviceId;
    if (id && !cameraId) setCameraId(id);
  }, [video, cameraId]);
  useEffect(() => {
    const id = audio?.mediaStreamTrack.getSettings().deviceId;
    if (id && !microphoneId) setMicrophoneId(id);
  }, [audio, microphoneId]);

  const setCamera = useCallback((deviceId: string) => {
    setCameraId(deviceId);
    void owned.current.video
      ?.restartTrack({ deviceId, resolution: VideoPresets.h540.resolution })
      .catch((err: unknown) => setVideoProblem(problemOf(err)));
  }, []);
  const setMicrophone = useCallback((deviceId: string) => {
    setMicrophoneId(deviceId);
    void owned.current.audio?.restartTrack({ deviceId }).catch((err: unknown) => setAudioProblem(problemOf(err)));
  }, []);
  const retry = useCallback(() => {
    setVideoProblem(null);
    setAudioProblem(null);
    setAttempt((n) => n + 1);
  }, []);
  const release = useCallback(() => {
    const handed = { ...owned.current };
    owned.current = { video: null, audio: null };
    setVideo(null);
    setAudio(null);
    return handed;
  }, []);

  return {
    video,
    audio,
    videoProblem,
    audioProblem,
    cameras,
    microphones,
    cameraId,
    microphoneId,
    starting,
    setCamera,
    setMicrophone,
    retry,
    release,
  };
}
