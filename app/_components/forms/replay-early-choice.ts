// A controlled radio group or select that the server renders can be changed before React hydrates
// (a slow phone, a busy page). React keeps what the browser shows but never learns of it: the
// page's state stays "nothing chosen", the next render undoes the choice, and clicking the same
// radio again fires no change (React's value tracker already saw it checked). Once, after
// hydration, this hands such a choice to the component as if it had just been made.
import type { RefObject } from 'react';
import { useReplayOnce } from './replay-early-value';

/** What the browser shows as chosen inside `root`: the checked radio, else the first select's value. */
export function shownChoice(root: HTMLElement): string | null {
  const radio = root.querySelector<HTMLInputElement>('input[type="radio"]:checked');
  if (radio) return radio.value;
  const select = root.querySelector('select');
  return select ? select.value : null;
}

export function useReplayEarlyChoice(
  root: RefObject<HTMLElement | null>,
  current: string,
  onChoice: (value: string) => void,
): void {
  useReplayOnce(() => {
    const shown = root.current ? shownChoice(root.current) : null;
    if (shown !== null && shown !== current) onChoice(shown);
  });
}
