// The counts the staff lists show (open flags per patient, exercises in a plan's current version,
// addenda per note, therapists per practice) agree with the rows they count. They are read by
// loading the few ids of each item shown, not by Prisma's `_count`, which groups the whole table
// (decision 047, update "Counting the whole table").
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/roles';
import { seedDemo } from '@/prisma/seed';
import { listPractices } from '@/lib/clinics/list-practices';
import { listPatientNotes } from '@/lib/notes/list-patient-notes';
import { listPatientPlans } from './list-patient-plans';
import { listTreatedPatients } from './list-treated-patients';

const session = (email: string) =>
  db().user.findUniqueOrThrow({
    where: { email },
    select: { id: true, email: true, name: true, role: true, practiceId: true },
  }) as Promise<SessionUser>;

let maya: SessionUser;
beforeAll(async () => {
  await seedDemo(db());
  maya = await session('therapist1@rehabit.test');
}, 120_000);

describe('counts on the staff lists', () => {
  it('open flags per patient: acknowledged ones drop out', async () => {
    const flagged = await db().patientFlag.findFirstOrThrow({
      where: { acknowledgedAt: null, plan: { therapist: { userId: maya.id } } },
      select: { id: true, patientId: true, planId: true },
    });
    // A second open flag on the same plan, then one of the two acknowledged.
    const extra = await db().patientFlag.create({
      data: { patientId: flagged.patientId, planId: flagged.planId, kind: 'HIGH_PAIN', key: 'count-test', detail: 'Count test.' },
    });
    const open = async () => (await listTreatedPatients(maya)).find((p) => p.id === flagged.patientId)?.openFlags;
    const before = await db().patientFlag.count({ where: { patientId: flagged.patientId, acknowledgedAt: null } });
    expect(before).toBeGreaterThanOrEqual(2);
    expect(await open()).toBe(before);
    await db().patientFlag.update({ where: { id: extra.id }, data: { acknowledgedAt: new Date() } });
    expect(await open()).toBe(before - 1);
  });

  it("exercises in each plan's current version, and addenda per note", async () => {
    const plan = await db().exercisePlan.findFirstOrThrow({
      where: { therapist: { userId: maya.id } },
      select: { patientId: true },
    });
    const plans = await listPatientPlans(maya, plan.patientId);
    expect(plans.length).toBeGreaterThan(0);
    for (const p of plans) {
      const current = await db().exercisePlanVersion.findFirstOrThrow({
        where: { planId: p.id },
        orderBy: { version: 'desc' },
        select: { _count: { select: { items: true } } },
      });
      expect(p.exerciseCount).toBe(current._count.items);
    }
    // The demo has no notes: one signed note on Maya's visit with this patient.
    const visit = await db().appointment.findFirstOrThrow({
      where: { patientId: plan.patientId, therapist: { userId: maya.id }, note: null },
      select: { id: true, therapistId: true },
    });
    await db().visitNote.create({
      data: {
        appointmentId: visit.id,
        patientId: plan.patientId,
        therapistId: visit.therapistId,
        assessment: 'Improving.',
        status: 'SIGNED',
        signedAt: new Date(),
      },
    });
    const first = (await listPatientNotes(maya, plan.patientId)).find((n) => n.appointmentId === visit.id);
    if (!first) throw new Error('the new note is listed');
    await db().visitNoteAddendum.createMany({
      data: [1, 2].map((k) => ({ noteId: first.id, authorId: maya.id, text: `Addendum ${k}.` })),
    });
    const notes = await listPatientNotes(maya, plan.patientId);
    expect(notes.find((n) => n.id === first.id)?.addenda).toBe(first.addenda + 2);
    for (const n of notes) {
      expect(n.addenda).toBe(await db().visitNoteAddendum.count({ where: { noteId: n.id } }));
    }
  });

  it('therapists per practice', async () => {
    const admin = await session('admin@rehabit.test');
    const practices = await listPractices(admin);
    expect(practices.length).toBeGreaterThan(1);
    for (const p of practices) {
      expect(p.therapistCount).toBe(await db().therapist.count({ where: { practiceId: p.id } }));
    }
    expect(practices.some((p) => p.therapistCount > 0)).toBe(true);
  });
});
