import type { Prisma, PrismaClient } from '../db';
import { db } from '../db';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  patientId?: string | null;
  practiceId?: string | null;
  ip?: string | null;
  data?: Prisma.InputJsonValue;
}

type Writer = Pick<PrismaClient, 'auditEvent'> | Prisma.TransactionClient;

/** Records who did what. Pass the transaction client so the row commits with the change. */
export async function recordAuditEvent(entry: AuditEntry, client: Writer = db()): Promise<void> {
  await client.auditEvent.create({ data: entry });
}
