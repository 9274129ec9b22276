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
import { useEffect, useRef, useState, type PointerEvent } from 'react';
import type { GridBlock, GridColumn, GridModel } from './grid-model';
import { BlockTimeDialog } from './block-time-dialog';
import { BookDialog, type BookableVisitType } from './book-dialog';
import { MoveDialog } from './move-dialog';
import { NewTimeDialog } from './new-time-dialog';
import { VisitPanel } from './visit-panel';
import { SNAP_MINUTES, offsetIn, snappedStart } from './move-target';
import { useVisitMove } from './use-visit-move';
import { inputsOfInstant } from './zone-input';

const PX_PER_MINUTE = 1.2;
const REFRESH_MS = 5_000;

type NewTime = { date: string; from: string; to: string; therapistId: string };
type Dialog = { kind: 'move' } | ({ kind: 'choose' | 'block' | 'book' } & NewTime) | null;

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
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const press = useRef<{ column: GridColumn; y: number } | null>(null);
  const blocks = model.columns.flatMap((c) => c.blocks);
  const selected = blocks.find((b) => b.visit.id === selectedId) ?? null;
  const done = (text: string) => {
    setDialog(null);
    setError('');
    setMessage(text);
    router.refresh();
  };
  const { moving, visitProps, endsDrag, bodyRef } = useVisitMove(model, now, therapists, PX_PER_MINUTE, {
    say: setMessage,
    refuse: setError,
    select: setSelectedId,
    done,
  });

  const busy = dialog !== null || moving !== null;

  useEffect(() => {
    const timer = setInterval(() => {
      if (!busy && document.visibilityState === 'visible') router.refresh();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [busy, router]);

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
        {...visitProps(block, column, inGrid)}
        onClick={() => {
          // The click that ends a drag is not a selection.
          if (endsDrag()) return;
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
                ref={bodyRef(column.key)}
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
