'use client';

// The time grid: hours down, days (or therapists) across, visits as buttons sized by duration.
// Dragging a visit moves it (pointer events, so mouse, pen and touch alike; the server decides, and
// a refused drop leaves it where it was and says why); dragging on empty time offers to block it
// (therapists) or to book a patient into it. Every drag has a keyboard way: arrow keys on a visit
// move a preview (a live region says where), Enter moves it there, Escape cancels; or select it
// and "Move to…"; "Block time…" and "Book a patient…" in the toolbar. Below tablet width an agenda
// list replaces the grid. The page refreshes itself every few seconds so two people see each
// other's changes.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { GridBlock, GridColumn, GridModel } from './grid-model';
import { BlockTimeDialog } from './block-time-dialog';
import { BookDialog, type BookableVisitType } from './book-dialog';
import { MoveDialog } from './move-dialog';
import { NewTimeDialog } from './new-time-dialog';
import { VisitPanel } from './visit-panel';
import { reassignVisit, refusal, rescheduleVisit } from './schedule-actions';
import { SNAP_MINUTES, movedStart, offsetIn, snappedStart } from './move-target';
import { inputsOfInstant } from './zone-input';

const PX_PER_MINUTE = 1.2;
const REFRESH_MS = 5_000;
/** A press that travels less than this (px) is a click, not a drag. */
const DRAG_SLOP = 5;

type NewTime = { date: string; from: string; to: string; therapistId: string };
type Dialog = { kind: 'move' } | ({ kind: 'choose' | 'block' | 'book' } & NewTime) | null;
/** A visit on its way somewhere: the column it would land in and its new start (null: no such time). */
type Moving = { visitId: string; columnKey: string; start: number | null; shift: number; by: 'key' | 'pointer' };

export function TimeGrid({
  model,
  mode,
  therapists,
  now,
  visitTypes,
  clinicId = null,
}: {
  model: GridModel;
  mode: 'therapist' | 'frontDesk';
  therapists: { id: string; name: string }[] | null;
  now: number;
  visitTypes: readonly BookableVisitType[];
  clinicId?: string | null;
}) {
  const router = useRouter();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [moving, setMoving] = useState<Moving | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const drag = useRef<{ block: GridBlock; column: GridColumn; pointerId: number; x: number; y: number; grab: number } | null>(
    null,
  );
  const dragged = useRef(false);
  const press = useRef<{ column: GridColumn; y: number } | null>(null);
  const bodies = useRef(new Map<string, HTMLDivElement>());
  const refocus = useRef<string | null>(null);
  const busy = dialog !== null || moving !== null;

  useEffect(() => {
    const timer = setInterval(() => {
      if (!busy && document.visibilityState === 'visible') router.refresh();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [busy, router]);

  // After a move the block may be drawn in another column (a new element): focus follows it.
  useEffect(() => {
    if (!refocus.current) return;
    const el = document.querySelector<HTMLElement>(`.tg-grid [data-visit="${refocus.current}"]`);
    refocus.current = null;
    el?.focus();
  }, [model]);

  const blocks = model.columns.flatMap((c) => c.blocks);
  const selected = blocks.find((b) => b.visit.id === selectedId) ?? null;
  const columnOf = (visitId: string) => model.columns.find((c) => c.blocks.some((b) => b.visit.id === visitId));
  const therapistName = (id: string) => therapists?.find((t) => t.id === id)?.name ?? 'a colleague';
  const at = (instant: number) => {
    const { date, time } = inputsOfInstant(instant, model.zone);
    return `${date} at ${time}`;
  };
  const done = (text: string) => {
    setDialog(null);
    setError('');
    setMessage(text);
    router.refresh();
  };

  /** Moves a visit into a column at a start, through the server's rules; false when refused. */
  async function commitMove(block: GridBlock, from: GridColumn, target: GridColumn, start: number | null): Promise<void> {
    const { visit } = block;
    setMessage('');
    setError('');
    if (target.therapistId !== visit.therapistId) {
      // Across therapists' columns: the same time with a colleague (the reassign rule).
      if (start !== visit.start) {
        setError('Not moved: move the time and the therapist one at a time (a visit goes to a colleague at the same time).');
        return;
      }
      const res = await reassignVisit(visit.id, target.therapistId);
      if (!res.ok) return setError(refusal(res));
      refocus.current = visit.id;
      return done(`${visit.patient.name}’s visit moved to ${therapistName(target.therapistId)}.`);
    }
    if (start === null) return setError(`Not moved: that time does not exist in ${model.zone} (the clocks skip it).`);
    if (start === visit.start && target.key === from.key) return;
    const res = await rescheduleVisit(visit.id, start);
    if (!res.ok) return setError(refusal(res));
    refocus.current = visit.id;
    done(`${visit.patient.name}’s visit moved to ${at(start)}. The patient is emailed.`);
  }

  // ---- Pointer: press a visit, move, release over a column (mouse, pen or finger). ----
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
      column.therapistId !== d.block.visit.therapistId ? d.block.visit.start : snappedStart(column, top / PX_PER_MINUTE);
    return { column, start };
  }

  function onVisitPointerDown(event: PointerEvent<HTMLButtonElement>, block: GridBlock, column: GridColumn) {
    if (!event.isPrimary || event.button !== 0) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const grab = event.clientY - event.currentTarget.getBoundingClientRect().top;
    drag.current = { block, column, pointerId: event.pointerId, x: event.clientX, y: event.clientY, grab };
    dragged.current = false;
  }

  function onVisitPointerMove(event: PointerEvent<HTMLButtonElement>) {
    const d = drag.current;
    if (!d || d.pointerId !== event.pointerId) return;
    if (!dragged.current && Math.hypot(event.clientX - d.x, event.clientY - d.y) < DRAG_SLOP) return;
    dragged.current = true;
    const target = dropTarget(event);
    if (target)
      setMoving({ visitId: d.block.visit.id, columnKey: target.column.key, start: target.start, shift: 0, by: 'pointer' });
  }

  async function onVisitPointerUp(event: PointerEvent<HTMLButtonElement>) {
    const d = drag.current;
    if (!d || d.pointerId !== event.pointerId) return;
    const target = dragged.current ? dropTarget(event) : null;
    drag.current = null;
    setMoving(null);
    // A touch drag may end with no click at all: the flag must not swallow the next real one.
    setTimeout(() => (dragged.current = false), 0);
    if (target) await commitMove(d.block, d.column, target.column, target.start);
  }

  function onVisitPointerCancel() {
    drag.current = null;
    dragged.current = false;
    setMoving(null);
  }

  // ---- Keyboard: arrows move a preview, Enter moves the visit there, Escape cancels. ----
  function onVisitKeyDown(event: KeyboardEvent<HTMLButtonElement>, block: GridBlock) {
    const { visit } = block;
    const from = columnOf(visit.id);
    if (!from) return;
    const current = moving?.visitId === visit.id && moving.by === 'key' ? moving : null;
    if (event.key === 'Escape' && current) {
      event.preventDefault();
      setMoving(null);
      setMessage(`Move cancelled. ${visit.patient.name}’s visit stays at ${at(visit.start)}.`);
      return;
    }
    if (event.key === 'Enter' && current) {
      event.preventDefault();
      setMoving(null);
      const target = model.columns.find((c) => c.key === current.columnKey) ?? from;
      void commitMove(block, from, target, current.start);
      return;
    }
    const step = { ArrowUp: [0, -SNAP_MINUTES], ArrowDown: [0, SNAP_MINUTES], ArrowLeft: [-1, 0], ArrowRight: [1, 0] }[event.key];
    if (!step || !isMovable(visit)) return;
    event.preventDefault();
    const index = model.columns.findIndex((c) => c.key === (current?.columnKey ?? from.key));
    const target = model.columns[Math.min(model.columns.length - 1, Math.max(0, index + step[0]!))] ?? from;
    const shift = (current?.shift ?? 0) + step[1]!;
    const start = movedStart(visit.start, shift, from, target, model.zone);
    setSelectedId(visit.id);
    setError('');
    setMoving({ visitId: visit.id, columnKey: target.key, start, shift, by: 'key' });
    const where = target.therapistId !== visit.therapistId ? `${therapistName(target.therapistId)}, ` : '';
    setMessage(
      start === null
        ? `Moving ${visit.patient.name}’s visit: ${target.date} has no such time (the clocks skip it).`
        : `Moving ${visit.patient.name}’s visit to ${where}${at(start)}. Enter to move it there, Escape to cancel.`,
    );
  }

  // ---- Empty time: drag down a column to block it or book into it. ----
  function onPointerDown(event: PointerEvent<HTMLDivElement>, column: GridColumn) {
    if (event.target !== event.currentTarget) return;
    press.current = { column, y: event.clientY - event.currentTarget.getBoundingClientRect().top };
  }

  function onPointerUp(event: PointerEvent<HTMLDivElement>, column: GridColumn) {
    const started = press.current;
    press.current = null;
    if (!started || started.column.key !== column.key) return;
    const y = event.clientY - event.currentTarget.getBoundingClientRect().top;
    const a = snappedStart(column, Math.min(started.y, y) / PX_PER_MINUTE);
    const b = snappedStart(column, Math.max(started.y, y) / PX_PER_MINUTE);
    if (b - a < SNAP_MINUTES * 60_000) return;
    const from = inputsOfInstant(a, model.zone);
    const time = { date: from.date, from: from.time, to: inputsOfInstant(b, model.zone).time, therapistId: column.therapistId };
    // The front desk books; only a therapist blocks their own time.
    setDialog({ kind: mode === 'therapist' ? 'choose' : 'book', ...time });
  }

  const isMovable = (visit: GridBlock['visit']) => visit.status === 'BOOKED' && visit.start > now;

  const preview = (column: GridColumn) => {
    if (!moving || moving.columnKey !== column.key || moving.start === null) return null;
    const block = blocks.find((b) => b.visit.id === moving.visitId);
    if (!block) return null;
    return (
      <div
        className="tg-preview"
        aria-hidden="true"
        style={{
          top: `${offsetIn(column, moving.start) * PX_PER_MINUTE}px`,
          height: `${Math.max(block.height * PX_PER_MINUTE, 18)}px`,
        }}
      >
        {inputsOfInstant(moving.start, model.zone).time}
      </div>
    );
  };

  const visitButton = (block: GridBlock, column: GridColumn, inGrid: boolean) => {
    const { visit } = block;
    const virtual = visit.modality === 'VIRTUAL';
    const movable = isMovable(visit);
    return (
      <button
        type="button"
        key={visit.id}
        data-visit={visit.id}
        aria-pressed={selectedId === visit.id}
        className={`tg-visit ${virtual ? 'tg-virtual' : 'tg-in-clinic'} tg-${visit.status.toLowerCase()}`}
        style={
          inGrid
            ? {
                top: `${block.top * PX_PER_MINUTE}px`,
                height: `${Math.max(block.height * PX_PER_MINUTE, 18)}px`,
                left: `${(block.lane / block.lanes) * 100}%`,
                width: `${100 / block.lanes}%`,
              }
            : undefined
        }
        data-movable={movable || undefined}
        aria-describedby={movable ? 'tg-move-hint' : undefined}
        onPointerDown={inGrid && movable ? (e) => onVisitPointerDown(e, block, column) : undefined}
        onPointerMove={inGrid && movable ? onVisitPointerMove : undefined}
        onPointerUp={inGrid && movable ? (e) => void onVisitPointerUp(e) : undefined}
        onPointerCancel={inGrid && movable ? onVisitPointerCancel : undefined}
        onKeyDown={(e) => onVisitKeyDown(e, block)}
        onBlur={() => {
          if (moving?.visitId === visit.id && moving.by === 'key') setMoving(null);
        }}
        onClick={() => {
          // The click that ends a drag is not a selection.
          if (dragged.current) {
            dragged.current = false;
            return;
          }
          setSelectedId(visit.id);
          setMessage('');
          setError('');
        }}
      >
        <span className="tg-time">{block.time}</span> <span className="tg-patient">{visit.patient.name}</span>{' '}
        <span className="tg-type">{visit.visitType.name}</span>{' '}
        <span className={`tg-mode ${virtual ? 'modality-virtual' : 'modality-in-clinic'}`}>
          {virtual ? 'Video' : 'In clinic'}
        </span>
        {visit.status !== 'BOOKED' && (
          <>
            {' '}
            <span className="tg-status">({visit.status === 'COMPLETED' ? 'completed' : 'missed'})</span>
          </>
        )}
      </button>
    );
  };

  const heading = (column: GridColumn, id: string) => (
    <h3 id={id} className="tg-col-head">
      {column.headingHref ? <Link href={column.headingHref}>{column.heading}</Link> : column.heading}
      {column.isToday && (
        <>
          {' '}
          <span className="badge">Today</span>
        </>
      )}
      {column.closed && (
        <>
          {' '}
          <span className="badge tg-closed-badge">Closed</span>
        </>
      )}
      {column.clockChange && <span className="tg-clock-change">{column.clockChange}</span>}
    </h3>
  );

  return (
    <div className="tg" style={{ ['--tg-columns' as string]: model.columns.length }}>
      <div className="tg-toolbar">
        {mode === 'therapist' && (
          <button
            type="button"
            className="button-small button-secondary"
            onClick={() =>
              setDialog({
                kind: 'block',
                date: model.columns[0]?.date ?? inputsOfInstant(now, model.zone).date,
                from: '12:00',
                to: '13:00',
                therapistId: model.columns[0]?.therapistId ?? '',
              })
            }
          >
            Block time…
          </button>
        )}
        <button
          type="button"
          className="button-small button-secondary"
          disabled={visitTypes.length === 0}
          onClick={() =>
            setDialog({
              kind: 'book',
              date: model.columns[0]?.date ?? inputsOfInstant(now, model.zone).date,
              from: '09:00',
              to: '09:00',
              therapistId: model.columns[0]?.therapistId ?? '',
            })
          }
        >
          Book a patient…
        </button>
        <p id="tg-move-hint" className="sr-only">
          Arrow keys move this visit (
          {mode === 'therapist'
            ? 'up and down 15 minutes, left and right a day'
            : 'up and down 15 minutes, left and right to a colleague'}
          ); Enter moves it there, Escape cancels.
        </p>
        <p role="status" className="tg-message">
          {message}
        </p>
        <p role="alert" className="form-error">
          {error}
        </p>
      </div>
      <div className="tg-layout">
        <div className="tg-grid" role="group" aria-label="Time grid">
          <div className="tg-axis" aria-hidden="true" style={{ height: `${model.height * PX_PER_MINUTE}px` }}>
            {model.axis.map((m) => (
              <span key={m.offset} style={{ top: `${m.offset * PX_PER_MINUTE}px` }}>
                {m.label}
              </span>
            ))}
          </div>
          {model.columns.map((column) => (
            <section
              key={column.key}
              className={`tg-col${column.closed ? ' tg-closed' : ''}`}
              aria-labelledby={`tg-${column.key}`}
            >
              {heading(column, `tg-${column.key}`)}
              <div
                className="tg-body"
                style={{ height: `${column.height * PX_PER_MINUTE}px` }}
                ref={(el) => {
                  if (el) bodies.current.set(column.key, el);
                  else bodies.current.delete(column.key);
                }}
                onPointerDown={(e) => onPointerDown(e, column)}
                onPointerUp={(e) => onPointerUp(e, column)}
              >
                {model.axis.map((m) => (
                  <div key={m.offset} className="tg-hour" aria-hidden="true" style={{ top: `${m.offset * PX_PER_MINUTE}px` }} />
                ))}
                {column.working.map((w, i) => (
                  <div
                    key={i}
                    className={`tg-working tg-working-${w.modality === 'VIRTUAL' ? 'virtual' : 'in-clinic'}`}
                    aria-hidden="true"
                    style={{ top: `${w.top * PX_PER_MINUTE}px`, height: `${w.height * PX_PER_MINUTE}px` }}
                  />
                ))}
                {column.timeOff.map((t) => (
                  <div
                    key={t.id}
                    className="tg-off"
                    style={{ top: `${t.top * PX_PER_MINUTE}px`, height: `${t.height * PX_PER_MINUTE}px` }}
                  >
                    {t.label}
                  </div>
                ))}
                {column.blocks.map(
                  (b) =>
                    b.bufferHeight > b.height && (
                      <div
                        key={`${b.visit.id}-buffer`}
                        className="tg-buffer"
                        aria-hidden="true"
                        style={{
                          top: `${b.bufferTop * PX_PER_MINUTE}px`,
                          height: `${b.bufferHeight * PX_PER_MINUTE}px`,
                          left: `${(b.lane / b.lanes) * 100}%`,
                          width: `${100 / b.lanes}%`,
                        }}
                      />
                    ),
                )}
                {column.blocks.map((b) => visitButton(b, column, true))}
                {preview(column)}
                {column.now !== null && (
                  <div className="tg-now" style={{ top: `${column.now * PX_PER_MINUTE}px` }}>
                    <span className="sr-only">Now</span>
                  </div>
                )}
              </div>
            </section>
          ))}
        </div>
        <div className="tg-agenda">
          {model.columns.map((column) => (
            <section key={column.key} aria-labelledby={`ag-${column.key}`}>
              {heading(column, `ag-${column.key}`)}
              {column.timeOff.length > 0 && <p className="muted">{column.timeOff.map((t) => t.label).join(' · ')}</p>}
              {column.blocks.length === 0 ? (
                <p className="empty">No appointments.</p>
              ) : (
                <ul className="bare tg-agenda-list">
                  {column.blocks.map((b) => (
                    <li key={b.visit.id}>{visitButton(b, column, false)}</li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
        {selected && (
          <VisitPanel
            key={selected.visit.id}
            block={selected}
            zone={model.zone}
            mode={mode}
            now={now}
            onMove={() => setDialog({ kind: 'move' })}
            onDone={(text) => {
              setSelectedId(null);
              done(text);
            }}
            onClose={() => setSelectedId(null)}
          />
        )}
      </div>
      {dialog?.kind === 'move' && selected && (
        <MoveDialog
          visit={selected.visit}
          zone={model.zone}
          therapists={therapists}
          onDone={done}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'choose' && (
        <NewTimeDialog
          label={`${dialog.date}, ${dialog.from}–${dialog.to} (${model.zone})`}
          onBlock={() => setDialog({ ...dialog, kind: 'block' })}
          onBook={() => setDialog({ ...dialog, kind: 'book' })}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'block' && (
        <BlockTimeDialog zone={model.zone} initial={dialog} onDone={done} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'book' && (
        <BookDialog
          key={`${dialog.date}-${dialog.from}-${dialog.therapistId}`}
          zone={model.zone}
          initial={dialog}
          therapistId={dialog.therapistId}
          therapists={therapists}
          clinicId={clinicId}
          visitTypes={visitTypes}
          onDone={done}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
