// A fresh Idempotency-Key for one attempt at a write (a booking, a refund): the form keeps it while
// that attempt may be retried, so the server answers a retry with what it already did.
/** randomUUID needs a secure context (HTTPS or localhost); elsewhere 16 random bytes in hex. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
