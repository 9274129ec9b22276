'use client';

// Moving a visit on the grid, two ways to the same routes: with a pointer (mouse, pen or finger:
// pointer events with capture, since touch screens fire no HTML5 drag and drop) and with arrow
// keys (a preview moves; a live region, the grid's status line, says where; Enter moves it there,
// Escape cancels). Nothing moves before the server says yes: a refused move never moved.
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { GridBlock, GridColumn, GridModel } from './grid-model';
import { reassignVisit, refusal, rescheduleVisit } from './schedule-actions';
import { SNAP_MINUTES, movedStart, snappedStart } from './move-target';
import { inputsOfInstant } from './zone-input';

/** A press that travels less than this (px) is a click, not a drag. */
const DRAG_SLOP = 5;

/** A visit on its way somewhere: the column it would land in and its new start (null: no such time). */
export type Moving = { visitId: string; columnKey: string; start: number | null; shift: number; by: 'key' | 'pointer' };

interface Drag {
  block: GridBlock;
  column: GridColumn;
  pointerId: number;
  x: number;
  y: number;
  grab: number;
}

export interface MoveUi {
  /** Says something in the status line (a live region). */
  say: (text: string) => void;
  /** Shows why a move was refused (an alert). */
  refuse: (text: string) => void;
  select: (visitId: string) => void;
  /** A move the server accepted: say so and reload the grid. */
  done: (text: string) => void;
}

export function useVisitMove(
  model: GridModel,
  now: number,
  therapists: readonly { id: string; name: string }[] | null,
  pxPerMinute: number,
  ui: MoveUi,
) {
  const [moving, setMoving] = useState<Moving | null>(null);
  const drag = useRef<Drag | null>(null);
  const dragged = useRef(false);
  const bodies = useRef(new Map<string, HTMLDivElement>());
  const refocus = useRef<string | null>(null);

  // After a move the block may be drawn in another column (a new element): focus follows it.
  useEffect(() => {
    if (!refocus.current) return;
    const el = document.querySelector<HTMLElement>(`.tg-grid [data-visit="${refocus.current}"]`);
    refocus.current = null;
    el?.focus();
  }, [model]);

  const isMovable = (visit: GridBlock['visit']) => visit.status === 'BOOKED' && visit.start > now;
  const therapistName = (id: string) => therapists?.find((t) => t.id === id)?.name ?? 'a colleague';
  const at = (instant: number) => {
    const { date, time } = inputsOfInstant(instant, model.zone);
    return `${date} at ${time}`;
  };
  const columnOf = (visitId: string) => model.columns.find((c) => c.blocks.some((b) => b.visit.id === visitId));

  /** Moves a visit into a column at a start, through the server's rules. */
  async function commit(block: GridBlock, from: GridColumn, target: GridColumn, start: number | null): Promise<void> {
    const { visit } = block;
    ui.say('');
    ui.refuse('');
    if (target.therapistId !== visit.therapistId) {
      // Across therapists' columns: the same time with a colleague (the reassign rule).
      if (start !== visit.start) {
        ui.refuse('Not moved: move the time and the therapist one at a time (a visit goes to a colleague at the same time).');
        return;
      }
      const res = await reassignVisit(visit.id, target.therapistId);
      if (!res.ok) return ui.refuse(refusal(res));
      refocus.current = visit.id;
      return ui.done(`${visit.patient.name}’s visit moved to ${therapistName(target.therapistId)}.`);
    }
    if (start === null) return ui.refuse(`Not moved: that time does not exist in ${model.zone} (the clocks skip it).`);
    if (start === visit.start && target.key === from.key) return;
    const res = await rescheduleVisit(visit.id, start);
    if (!res.ok) return ui.refuse(refusal(res));
    refocus.current = visit.id;
    ui.done(`${visit.patient.name}’s visit moved to ${at(start)}. The patient is emailed.`);
  }

  function columnUnder(x: number): GridColumn | null {
    return (
      model.columns.find((c) => {
        const r = bodies.current.get(c.key)?.getBoundingClientRect();
        return r !== undefined && x >= r.left && x < r.right;
      }) ?? null
    );
  }

  function dropTarget(event: PointerEvent<HTMLElement>) {
    const d = drag.current;
    const column = d && columnUnder(event.clientX);
    const body = column && bodies.current.get(column.key);
    if (!d || !column || !body) return null;
    const top = event.clientY - body.getBoundingClientRect().top - d.grab;
    // Another therapist's column keeps the time (reassign); the same one takes the snapped time.
    const start =
      column.therapistId !== d.block.visit.therapistId ? d.block.visit.start : snappedStart(column, top / pxPerMinute);
    return { column, start };
  }

  function onPointerDown(event: PointerEvent<HTMLButtonElement>, block: GridBlock, column: GridColumn) {
    if (!event.isPrimary || event.button !== 0) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const grab = event.clientY - event.currentTarget.getBoundingClientRect().top;
    drag.current = { block, column, pointerId: event.pointerId, x: event.clientX, y: event.clientY, grab };
    dragged.current = false;
  }

  function onPointerMove(event: PointerEvent<HTMLButtonElement>) {
    const d = drag.current;
    if (!d || d.pointerId !== event.pointerId) return;
    if (!dragged.current && Math.hypot(event.clientX - d.x, event.clientY - d.y) < DRAG_SLOP) return;
    dragged.current = true;
    const target = dropTarget(event);
    if (target)
      setMoving({ visitId: d.block.visit.id, columnKey: target.column.key, start: target.start, shift: 0, by: 'pointer' });
  }

  async function onPointerUp(event: PointerEvent<HTMLButtonElement>) {
    const d = drag.current;
    if (!d || d.pointerId !== event.pointerId) return;
    const target = dragged.current ? dropTarget(event) : null;
    drag.current = null;
    setMoving(null);
    // A touch drag may end with no click at all: the flag must not swallow the next real one.
    setTimeout(() => (dragged.current = false), 0);
    if (target) await commit(d.block, d.column, target.column, target.start);
  }

  function onPointerCancel() {
    drag.current = null;
    dragged.current = false;
    setMoving(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, block: GridBlock) {
    const { visit } = block;
    const from = columnOf(visit.id);
    if (!from) return;
    const current = moving?.visitId === visit.id && moving.by === 'key' ? moving : null;
    if (event.key === 'Escape' && current) {
      event.preventDefault();
      setMoving(null);
      ui.say(`Move cancelled. ${visit.patient.name}’s visit stays at ${at(visit.start)}.`);
      return;
    }
    if (event.key === 'Enter' && current) {
      event.preventDefault();
      setMoving(null);
      void commit(block, from, model.columns.find((c) => c.key === current.columnKey) ?? from, current.start);
      return;
    }
    const step = { ArrowUp: [0, -SNAP_MINUTES], ArrowDown: [0, SNAP_MINUTES], ArrowLeft: [-1, 0], ArrowRight: [1, 0] }[event.key];
    if (!step || !isMovable(visit)) return;
    event.preventDefault();
    const index = model.columns.findIndex((c) => c.key === (current?.columnKey ?? from.key));
    const target = model.columns[Math.min(model.columns.length - 1, Math.max(0, index + step[0]!))] ?? from;
    const shift = (current?.shift ?? 0) + step[1]!;
    const start = movedStart(visit.start, shift, from, target, model.zone);
    ui.select(visit.id);
    ui.refuse('');
    setMoving({ visitId: visit.id, columnKey: target.key, start, shift, by: 'key' });
    const where = target.therapistId !== visit.therapistId ? `${therapistName(target.therapistId)}, ` : '';
    ui.say(
      start === null
        ? `Moving ${visit.patient.name}’s visit: ${target.date} has no such time (the clocks skip it).`
        : `Moving ${visit.patient.name}’s visit to ${where}${at(start)}. Enter to move it there, Escape to cancel.`,
    );
  }

  /** The props that make a visit button movable (in the grid by pointer; anywhere by keys). */
  function visitProps(block: GridBlock, column: GridColumn, inGrid: boolean) {
    const movable = isMovable(block.visit);
    const byPointer = inGrid && movable;
    return {
      'data-movable': movable || undefined,
      'aria-describedby': movable ? 'tg-move-hint' : undefined,
      onPointerDown: byPointer ? (e: PointerEvent<HTMLButtonElement>) => onPointerDown(e, block, column) : undefined,
      onPointerMove: byPointer ? onPointerMove : undefined,
      onPointerUp: byPointer ? (e: PointerEvent<HTMLButtonElement>) => void onPointerUp(e) : undefined,
      onPointerCancel: byPointer ? onPointerCancel : undefined,
      onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => onKeyDown(e, block),
      onBlur: () => {
        if (moving?.visitId === block.visit.id && moving.by === 'key') setMoving(null);
      },
    };
  }

  /** True (once) when this click ends a drag, which is not a selection. */
  function endsDrag(): boolean {
    if (!dragged.current) return false;
    dragged.current = false;
    return true;
  }

  /** Registers a column's body, where drops are measured. */
  const bodyRef = (key: string) => (el: HTMLDivElement | null) => {
    if (el) bodies.current.set(key, el);
    else bodies.current.delete(key);
  };

  return { moving, visitProps, endsDrag, bodyRef };
}
