// The one shape a visit note leaves the server in, and the query that feeds it.
import type { Prisma } from '../db';
import type { NoteView } from './schemas';

export const noteSelect = {
  id: true,
  appointmentId: true,
  patientId: true,
  subjective: true,
  objective: true,
  assessment: true,
  plan: true,
  status: true,
  signedAt: true,
  createdAt: true,
  updatedAt: true,
  therapist: { select: { id: true, user: { select: { name: true } } } },
  addenda: {
    orderBy: { createdAt: 'asc' },
    select: { id: true, text: true, createdAt: true, author: { select: { id: true, name: true } } },
  },
} satisfies Prisma.VisitNoteSelect;

export type NoteRecord = Prisma.VisitNoteGetPayload<{ select: typeof noteSelect }>;

export function toNoteView(n: NoteRecord): NoteView {
  return {
    id: n.id,
    appointmentId: n.appointmentId,
    patientId: n.patientId,
    therapist: { id: n.therapist.id, name: n.therapist.user.name },
    subjective: n.subjective,
    objective: n.objective,
    assessment: n.assessment,
    plan: n.plan,
    status: n.status,
    signedAt: n.signedAt?.toISOString() ?? null,
    createdAt: n.createdAt.toISOString(),
    updatedAt: n.updatedAt.toISOString(),
    addenda: n.addenda.map((a) => ({ id: a.id, text: a.text, author: a.author, createdAt: a.createdAt.toISOString() })),
  };
}
