// A controlled field that the server renders can be typed into before React hydrates (a slow
// phone, a busy page; Playwright fills right after `goto`). React keeps what the browser shows but
// its state stays the server's value, so the form sends (or refuses) the old one. Once, after
// hydration, these hand what the browser shows to the component as if it had just been entered:
// text, textarea, date, time and number fields here, checkboxes too; radios and selects in
// replay-early-choice. A number field passes `String(state)` and parses in `onValue`.
import { useEffect, useRef, type RefObject } from 'react';

/** Runs `replay` once, after hydration, with the latest render's values (the one shared helper). */
export function useReplayOnce(replay: () => void): void {
  const done = useRef(false);
  const latest = useRef(replay);
  latest.current = replay;
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    latest.current();
  }, []);
}

export function useReplayEarlyValue(
  field: RefObject<HTMLInputElement | HTMLTextAreaElement | null>,
  current: string,
  onValue: (value: string) => void,
): void {
  useReplayOnce(() => {
    const shown = field.current?.value;
    if (shown !== undefined && shown !== current) onValue(shown);
  });
}

export function useReplayEarlyChecked(
  box: RefObject<HTMLInputElement | null>,
  current: boolean,
  onChecked: (checked: boolean) => void,
): void {
  useReplayOnce(() => {
    const shown = box.current?.checked;
    if (shown !== undefined && shown !== current) onChecked(shown);
  });
}
