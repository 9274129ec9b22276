'use client';

// A live microphone level, so people see that they can be heard before they join.
import { useEffect, useState } from 'react';
import type { LocalAudioTrack } from 'livekit-client';

export function MicLevelMeter({ track, id }: { track: LocalAudioTrack | null; id: string }) {
  const [level, setLevel] = useState(0);

  useEffect(() => {
    if (!track) {
      setLevel(0);
      return;
    }
    const AudioContextClass = window.AudioContext;
    if (!AudioContextClass) return;
    const context = new AudioContextClass();
    const analyser = context.createAnalyser();
    analyser.fftSize = 512;
    const source = context.createMediaStreamSource(new MediaStream([track.mediaStreamTrack]));
    source.connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    let frame = 0;
    let last = 0;
    const tick = (now: number) => {
      frame = requestAnimationFrame(tick);
      if (now - last < 100) return; // ten updates a second are plenty for the eye
      last = now;
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const s of samples) sum += s * s;
      // RMS on a rough log scale: speech at a normal distance fills about two thirds.
      const rms = Math.sqrt(sum / samples.length);
      setLevel(Math.min(1, Math.max(0, (20 * Math.log10(rms + 1e-6) + 60) / 50)));
    };
    frame = requestAnimationFrame(tick);
    // A browser may start the context suspended until the person interacts with the page.
    const resume = () => {
      void context.resume().catch(() => {});
    };
    resume();
    window.addEventListener('pointerdown', resume, { once: true });
    window.addEventListener('keydown', resume, { once: true });
    return () => {
      window.removeEventListener('pointerdown', resume);
      window.removeEventListener('keydown', resume);
      cancelAnimationFrame(frame);
      source.disconnect();
      void context.close().catch(() => {});
    };
  }, [track]);

  return (
    <div className="mic-meter">
      <label htmlFor={id}>Microphone level</label>
      <meter id={id} min={0} max={1} low={0.15} high={0.9} optimum={0.5} value={level}>
        {Math.round(level * 100)}%
      </meter>
    </div>
  );
}
