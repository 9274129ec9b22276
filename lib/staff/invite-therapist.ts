// An admin invites a therapist: the account is created without a password, and a one-time link
// to choose one is emailed. Until then the therapist cannot sign in by password (a magic link
// still works, as for any active account).
import { db, Prisma } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { sendPasswordSetup } from '../notify/send-password-setup';
import { assertClinicOfPractice, assertMayCreateIn } from '../admin/practice-scope';
import { newSetupToken } from './password-setup-token';
import type { InviteTherapistInput } from './schemas';

export async function inviteTherapist(admin: SessionUser, input: InviteTherapistInput, now = new Date()) {
  await assertMayCreateIn(admin, input.practiceId);
  if (input.clinicId) await assertClinicOfPractice(input.clinicId, input.practiceId);
  const setup = newSetupToken(now);
  try {
    const created = await db().$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          role: 'THERAPIST',
          therapist: {
            create: {
              practiceId: input.practiceId,
              clinicId: input.clinicId,
              timezone: input.timezone,
              offersVirtual: input.offersVirtual,
              credentials: input.credentials,
            },
          },
          passwordSetupTokens: { create: { tokenHash: setup.tokenHash, expiresAt: setup.expiresAt } },
        },
        select: { id: true, email: true, name: true, therapist: { select: { id: true, practice: { select: { name: true } } } } },
      });
      await recordAuditEvent(
        {
          actorId: admin.id,
          action: 'therapist.invite',
          entityType: 'User',
          entityId: user.id,
          practiceId: input.practiceId,
          data: { clinicId: input.clinicId },
        },
        tx,
      );
      return user;
    });
    await sendPasswordSetup(created.email, created.name, setup.token, setup.expiresAt, created.therapist!.practice.name);
    return {
      userId: created.id,
      therapistId: created.therapist!.id,
      email: created.email,
      name: created.name,
      inviteExpiresAt: setup.expiresAt.toISOString(),
    };
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') throw new AppError('EMAIL_TAKEN');
    throw err;
  }
}
