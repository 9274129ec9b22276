// A controlled text, date or time field that the server renders can be typed into before React
// hydrates (a slow phone, a busy page). React keeps what the browser shows but its state stays
// the server's value, so the form sends (or refuses) the old one. Once, after hydration, this
// hands what was typed to the component as if it had just been entered (see replay-early-choice
// for radios and selects).
import { useEffect, useRef, type RefObject } from 'react';

export function useReplayEarlyValue(
  field: RefObject<HTMLInputElement | HTMLTextAreaElement | null>,
  current: string,
  onValue: (value: string) => void,
): void {
  const done = useRef(false);
  const latest = useRef({ current, onValue });
  latest.current = { current, onValue };
  useEffect(() => {
    if (done.current || !field.current) return;
    done.current = true;
    const shown = field.current.value;
    if (shown !== latest.current.current) latest.current.onValue(shown);
  }, [field]);
}
