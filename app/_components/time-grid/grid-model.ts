// Turns loaded visits, hours and time off into what the time grid draws: every position in
// minutes from the top of the visible window, every label already formatted in the zone shown.
// Runs on the server; the result is plain data for the client grid.
import {
  columnWindow,
  hourMarks,
  nowOffset,
  placeBlocks,
  placeSpan,
  visibleWallRange,
  type GridDay,
} from '@/lib/scheduling/calendar-grid';
import type { GridColumnData, GridTimeOff, GridVisit } from '@/lib/scheduling/load-grid-columns';
import type { WorkingSpan } from '@/lib/scheduling/working-spans';
import { paymentStatusLabel } from '@/app/_components/payment-text';
import { formatMoney } from '@/app/_components/format';
import type { VisitActionFacts } from '@/app/(therapist)/therapist/visit-actions';

export interface GridBlock {
  visit: GridVisit;
  top: number;
  height: number;
  bufferTop: number;
  bufferHeight: number;
  lane: number;
  lanes: number;
  time: string;
  payment: string;
  actions: VisitActionFacts | null;
}

export interface GridColumn {
  key: string;
  therapistId: string;
  date: string;
  heading: string;
  headingHref: string | null;
  isToday: boolean;
  closed: boolean;
  /** "Clocks change: 23-hour day" on a DST day. */
  clockChange: string | null;
  /** The instant at the window's top, and the window's length in minutes. */
  topInstant: number;
  height: number;
  working: { top: number; height: number; modality: WorkingSpan['modality'] }[];
  timeOff: { id: string; top: number; height: number; label: string }[];
  blocks: GridBlock[];
  now: number | null;
}

export interface GridModel {
  zone: string;
  axis: { offset: number; label: string }[];
  height: number;
  columns: GridColumn[];
}

export interface ColumnSpec {
  key: string;
  therapistId: string;
  day: GridDay;
  heading: string;
  headingHref: string | null;
  isToday: boolean;
}

const timeFormat = (zone: string) => new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: zone });

export function paymentText(v: GridVisit): string {
  // A priced visit without a payment was booked by the clinic for the patient: billed by the clinic.
  if (!v.payment) return v.priceCents === 0 ? 'No charge' : 'Billed by the clinic';
  const label = paymentStatusLabel(v.payment.status);
  return v.payment.method === 'INSURANCE' ? label : `${label} · ${formatMoney(v.payment.amountCents, v.payment.currency)}`;
}

export function buildGridModel(
  specs: readonly ColumnSpec[],
  data: GridColumnData,
  zone: string,
  now: number,
  actionsFor: (v: GridVisit) => VisitActionFacts | null = () => null,
): GridModel {
  const days = specs.map((s) => s.day);
  const spans = [...data.visits, ...[...data.working.values()].flat()];
  const range = visibleWallRange(days, spans, zone);
  const time = timeFormat(zone);
  const columns = specs.map((spec): GridColumn => {
    const { day } = spec;
    const window = columnWindow(day, range, zone);
    const shift = <T extends { top: number }>(span: T) => ({ ...span, top: span.top - window.top });
    const mine = <T extends { therapistId: string }>(rows: readonly T[]) =>
      rows.filter((r) => r.therapistId === spec.therapistId);
    const timeOff = mine(data.timeOff).flatMap((t: GridTimeOff) => {
      const span = placeSpan(day, t.start, t.end);
      return span ? [{ id: t.id, ...shift(span), label: t.reason ? `Time off: ${t.reason}` : 'Time off' }] : [];
    });
    const working = (data.working.get(spec.therapistId) ?? []).flatMap((w) => {
      const span = placeSpan(day, w.start, w.end);
      return span ? [{ ...shift(span), modality: w.modality }] : [];
    });
    const blocks = placeBlocks(day, mine(data.visits)).map((b): GridBlock => ({
      visit: b.item,
      top: b.top - window.top,
      height: b.height,
      bufferTop: b.blockTop - window.top,
      bufferHeight: b.blockHeight,
      lane: b.lane,
      lanes: b.lanes,
      time: time.formatRange(b.item.start, b.item.end),
      payment: paymentText(b.item),
      actions: actionsFor(b.item),
    }));
    const line = nowOffset(day, now);
    return {
      key: spec.key,
      therapistId: spec.therapistId,
      date: day.date,
      heading: spec.heading,
      headingHref: spec.headingHref,
      isToday: spec.isToday,
      closed: (data.closed.get(spec.therapistId) ?? []).includes(day.date),
      clockChange: day.minutes === 1440 ? null : `Clocks change: a ${day.minutes / 60}-hour day`,
      topInstant: day.start + window.top * 60_000,
      height: window.bottom - window.top,
      working,
      timeOff,
      blocks,
      now: line !== null && line >= window.top && line <= window.bottom ? line - window.top : null,
    };
  });
  // The axis follows a regular day when there is one, so it matches the columns that line up.
  const reference = specs.find((s) => s.day.minutes === 1440)?.day ?? days[0];
  const axis = reference ? axisFor(reference, range, zone) : [];
  return { zone, axis, height: Math.max(0, ...columns.map((c) => c.height)), columns };
}

function axisFor(day: GridDay, range: { from: number; to: number }, zone: string) {
  const window = columnWindow(day, range, zone);
  const label = new Intl.DateTimeFormat('en-US', { hour: 'numeric', timeZone: zone });
  return hourMarks(day, zone)
    .filter((m) => m.offset >= window.top && m.offset < window.bottom)
    .map((m) => ({ offset: m.offset - window.top, label: label.format(day.start + m.offset * 60_000) }));
}
