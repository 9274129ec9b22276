// Plain formatting shared by server and client components. Nothing here depends on a time zone.

export function formatMoney(cents: number, currency = 'USD'): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(cents / 100);
}

function hours(n: number): string {
  return n === 1 ? '1 hour' : `${n} hours`;
}

/** "Free cancellation until 24 hours before; later cancellations cost $50.00." */
export function cancellationPolicy(freeCancellationHours: number, lateCancellationFeeCents: number, currency = 'USD'): string {
  if (freeCancellationHours <= 0 || lateCancellationFeeCents <= 0) return 'Free cancellation at any time before the visit.';
  return `Free cancellation until ${hours(freeCancellationHours)} before; later cancellations cost ${formatMoney(lateCancellationFeeCents, currency)}.`;
}

export const MODALITY_LABEL = { IN_CLINIC: 'In clinic', VIRTUAL: 'Video visit' } as const;

export const STATUS_LABEL = {
  HELD: 'Held',
  BOOKED: 'Booked',
  COMPLETED: 'Completed',
  NO_SHOW: 'Missed',
  CANCELLED: 'Cancelled',
} as const;
