// Where a visit would go when moved on the grid, by pointer or by arrow keys: a column (a day, or
// a colleague at the front desk) and a start. Pure, so the keyboard and the pointer agree.
import type { GridColumn } from './grid-model';
import { inputsOfInstant, instantOfInputs } from './zone-input';

export const SNAP_MINUTES = 15;
const MINUTE = 60_000;

/** The snapped instant at `minutes` below a column's top. */
export function snappedStart(column: GridColumn, minutes: number): number {
  return column.topInstant + Math.round(minutes / SNAP_MINUTES) * SNAP_MINUTES * MINUTE;
}

/**
 * The start after moving `shift` minutes and into `target`: the same column keeps elapsed time;
 * another day keeps the wall time (null when that day skips it); another therapist's column is
 * the same day, so the same instant.
 */
export function movedStart(start: number, shift: number, from: GridColumn, target: GridColumn, zone: string): number | null {
  const moved = start + shift * MINUTE;
  if (target.date === from.date) return moved;
  const { time } = inputsOfInstant(moved, zone);
  return instantOfInputs(target.date, time, zone);
}

/** Minutes from a column's top to an instant (where a preview of the moved block is drawn). */
export const offsetIn = (column: GridColumn, instant: number) => (instant - column.topInstant) / MINUTE;
