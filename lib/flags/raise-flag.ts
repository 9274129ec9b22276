// Stores a flag once: the (plan, key) pair is unique, so raising the same thing twice (a job run
// again, a second high-pain log the same day) changes nothing.
import type { Prisma } from '../db';
import type { PatientFlagKind } from '../generated/prisma/enums.ts';

export interface NewFlag {
  patientId: string;
  planId: string;
  kind: PatientFlagKind;
  key: string;
  detail: string;
}

/** Inside the caller's transaction; true when the flag is new. */
export async function raiseFlag(tx: Prisma.TransactionClient, flag: NewFlag, now = new Date()): Promise<boolean> {
  const { count } = await tx.patientFlag.createMany({ data: [{ ...flag, raisedAt: now }], skipDuplicates: true });
  return count === 1;
}
