// When a virtual visit's room may be entered. Pure: the clock is an argument, and client
// components use the same rules to show or hide "Join".
export const OPENS_MINUTES_BEFORE_START = 15;
/** Visits run over; the room stays open this long after the booked end. */
export const GRACE_MINUTES_AFTER_END = 15;
/** A join token stays valid a little past the window, so a join at the last second still works. */
export const TOKEN_SECONDS_AFTER_WINDOW = 5 * 60;

const MINUTE = 60_000;

export interface VideoVisitFacts {
  modality: 'IN_CLINIC' | 'VIRTUAL';
  status: 'HELD' | 'BOOKED' | 'COMPLETED' | 'NO_SHOW' | 'CANCELLED';
  startsAt: Date;
  endsAt: Date;
  /** Set when the therapist ended the visit: its room never opens again. */
  videoEndedAt?: Date | null;
}

export interface JoinWindow {
  opensAt: Date;
  closesAt: Date;
}

export function joinWindow(visit: { startsAt: Date; endsAt: Date }): JoinWindow {
  return {
    opensAt: new Date(visit.startsAt.getTime() - OPENS_MINUTES_BEFORE_START * MINUTE),
    closesAt: new Date(visit.endsAt.getTime() + GRACE_MINUTES_AFTER_END * MINUTE),
  };
}

export type VideoAccess = 'open' | 'not-virtual' | 'not-booked' | 'too-early' | 'ended';

/** Whether the room can be entered now, or the first reason it cannot. */
export function videoAccess(visit: VideoVisitFacts, now: Date): VideoAccess {
  if (visit.modality !== 'VIRTUAL') return 'not-virtual';
  if (visit.status !== 'BOOKED') return 'not-booked';
  if (visit.videoEndedAt) return 'ended';
  const { opensAt, closesAt } = joinWindow(visit);
  if (now < opensAt) return 'too-early';
  if (now >= closesAt) return 'ended';
  return 'open';
}

/** Seconds a join token lives when minted at `now`: to the end of the window plus a margin. */
export function tokenTtlSeconds(visit: { startsAt: Date; endsAt: Date }, now: Date): number {
  const { closesAt } = joinWindow(visit);
  return Math.max(0, Math.ceil((closesAt.getTime() - now.getTime()) / 1000)) + TOKEN_SECONDS_AFTER_WINDOW;
}

/** The same question for an appointment as the API shows it (ISO strings), for pages. */
export function roomOpenNow(
  view: { modality: VideoVisitFacts['modality']; status: VideoVisitFacts['status']; start: string; end: string },
  now = new Date(),
): boolean {
  return (
    videoAccess(
      { modality: view.modality, status: view.status, startsAt: new Date(view.start), endsAt: new Date(view.end) },
      now,
    ) === 'open'
  );
}
