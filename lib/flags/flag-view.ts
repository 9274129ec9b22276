import type { Prisma } from '../db';
import { FLAG_LABEL, type FlagView } from './schemas';

export const flagSelect = {
  id: true,
  kind: true,
  detail: true,
  raisedAt: true,
  acknowledgedAt: true,
  planId: true,
  patient: { select: { id: true, user: { select: { name: true } } } },
} satisfies Prisma.PatientFlagSelect;

type FlagRecord = Prisma.PatientFlagGetPayload<{ select: typeof flagSelect }>;

export function toFlagView(f: FlagRecord): FlagView {
  return {
    id: f.id,
    kind: f.kind,
    label: FLAG_LABEL[f.kind],
    detail: f.detail,
    raisedAt: f.raisedAt.toISOString(),
    acknowledgedAt: f.acknowledgedAt?.toISOString() ?? null,
    patient: { id: f.patient.id, name: f.patient.user.name },
    planId: f.planId,
  };
}
