'use client';

// Times in the viewer's own zone. The server cannot know it, so it renders UTC and the browser
// swaps in local time straight after hydration (useSyncExternalStore gives the server snapshot
// during hydration, so React sees no mismatch).
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/** The browser's IANA zone, or null while rendering on the server. */
export function useViewerZone(): string | null {
  return useSyncExternalStore(
    noSubscription,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );
}

const DATE_TIME: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  month: 'long',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
};

/** "Monday, March 16, 2026 at 9:00 AM" in the given zone (the browser's when omitted). */
export function formatDateTime(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-US', { ...DATE_TIME, timeZone }).format(new Date(iso));
}

/** "9:00 AM" in the browser's zone. */
export function formatTime(date: Date): string {
  return new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' }).format(date);
}

/** Dense tables (the audit log): "Nov 25, 2026, 8:52 PM". */
const SHORT_DATE_TIME: Intl.DateTimeFormatOptions = {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
};

/** A date and time in the viewer's zone, with the zone's short name ("CDT"); `short` drops the weekday and spells the month short. */
export function LocalTime({ iso, withZone = true, short = false }: { iso: string; withZone?: boolean; short?: boolean }) {
  const zone = useViewerZone();
  const options = short ? SHORT_DATE_TIME : DATE_TIME;
  const text = zone
    ? new Intl.DateTimeFormat('en-US', { ...options, ...(withZone ? { timeZoneName: 'short' } : {}) }).format(new Date(iso))
    : short
      ? `${new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' }).format(new Date(iso))} UTC`
      : `${formatDateTime(iso, 'UTC')} UTC`;
  return <time dateTime={iso}>{text}</time>;
}
