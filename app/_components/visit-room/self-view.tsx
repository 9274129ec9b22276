'use client';

// One's own video, small, in a corner of the stage. It can be dragged (finger or mouse) and lands
// in the nearest corner, or moved to the next corner with its button (keyboard, switch access).
import { useRef, useState, type PointerEvent as ReactPointerEvent, type ReactNode } from 'react';

export type Corner = 'top-left' | 'top-right' | 'bottom-right' | 'bottom-left';
const CLOCKWISE: Corner[] = ['top-left', 'top-right', 'bottom-right', 'bottom-left'];

/** The corner of `stage` nearest to the centre of `tile`. Pure, for the drop. */
export function nearestCorner(
  tile: { x: number; y: number; width: number; height: number },
  stage: { x: number; y: number; width: number; height: number },
): Corner {
  const left = tile.x + tile.width / 2 < stage.x + stage.width / 2;
  const top = tile.y + tile.height / 2 < stage.y + stage.height / 2;
  return `${top ? 'top' : 'bottom'}-${left ? 'left' : 'right'}`;
}

export function nextCorner(corner: Corner): Corner {
  return CLOCKWISE[(CLOCKWISE.indexOf(corner) + 1) % CLOCKWISE.length]!;
}

interface Drag {
  pointerId: number;
  startX: number;
  startY: number;
  dx: number;
  dy: number;
}

export function SelfView({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  const [corner, setCorner] = useState<Corner>('top-right');
  const [drag, setDrag] = useState<Drag | null>(null);
  const tile = useRef<HTMLElement>(null);

  function down(e: ReactPointerEvent<HTMLElement>) {
    if (e.button !== 0 || (e.target as HTMLElement).closest('button')) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag({ pointerId: e.pointerId, startX: e.clientX, startY: e.clientY, dx: 0, dy: 0 });
  }
  function move(e: ReactPointerEvent<HTMLElement>) {
    if (drag?.pointerId !== e.pointerId) return;
    setDrag({ ...drag, dx: e.clientX - drag.startX, dy: e.clientY - drag.startY });
  }
  function up(e: ReactPointerEvent<HTMLElement>) {
    if (drag?.pointerId !== e.pointerId) return;
    const el = tile.current;
    const stage = el?.parentElement;
    if (el && stage) setCorner(nearestCorner(el.getBoundingClientRect(), stage.getBoundingClientRect()));
    setDrag(null);
  }

  return (
    <figure
      ref={tile}
      className={`video-tile self-tile${drag ? ' dragging' : ''}`}
      aria-label="Your video"
      data-corner={corner}
      style={drag ? { transform: `translate(${drag.dx}px, ${drag.dy}px)` } : undefined}
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={up}
    >
      {children}
      <figcaption>{caption}</figcaption>
      <button type="button" className="self-move" onClick={() => setCorner(nextCorner(corner))}>
        <span aria-hidden="true">⤢</span>
        <span className="visually-hidden">Move your video to another corner</span>
      </button>
    </figure>
  );
}
