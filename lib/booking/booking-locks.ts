// Transaction-level advisory locks taken before a write that creates or moves an active visit.
// Without them, one patient booking one time with several therapists at once deadlocks in
// Postgres: each INSERT passes one exclusion constraint (its therapist) and then waits on the
// other's uncommitted row in the second (the patient), while the other waits on it.
// Every such transaction locks in ONE order, so no two can wait on each other:
//   1. the appointment row being changed (SELECT … FOR UPDATE, by the caller, if any),
//   2. the caller's Idempotency-Key, 3. the patients, 4. the therapists (each sorted).
// Locks are held until commit or rollback. See docs/decisions/016-contention.md.
import { createHash } from 'node:crypto';
import type { Prisma } from '../db';

export interface BookingScope {
  /** The caller and their Idempotency-Key: two requests with one key run one after the other. */
  idempotency?: { createdById: string; key: string } | null;
  patientIds: string[];
  therapistIds: string[];
}

/** A signed 64-bit key for pg_advisory_xact_lock, from a namespaced id (no cross-namespace clashes). */
function lockKey(namespace: string, id: string): string {
  return createHash('sha256').update(`rehabit:${namespace}:${id}`).digest().readBigInt64BE(0).toString();
}

export function bookingLockKeys(scope: BookingScope): string[] {
  const sorted = (ids: string[]) => [...new Set(ids)].sort();
  return [
    ...(scope.idempotency ? [lockKey('idempotency', `${scope.idempotency.createdById}:${scope.idempotency.key}`)] : []),
    ...sorted(scope.patientIds).map((id) => lockKey('patient', id)),
    ...sorted(scope.therapistIds).map((id) => lockKey('therapist', id)),
  ];
}

export async function lockBookingScope(tx: Prisma.TransactionClient, scope: BookingScope): Promise<void> {
  const keys = bookingLockKeys(scope);
  if (keys.length === 0) return;
  // One round trip; the function (migration 20261205110000) takes them one by one, in this order
  // (a single SELECT over the keys would not promise it).
  await tx.$executeRaw`SELECT rehabit_advisory_xact_lock_in_order(${keys}::bigint[])`;
}
