// An admin adds a therapist or another admin. Staff get no password: they sign in with an
// emailed link (the welcome mail says how) and can never be created by self sign-up.
import { db, Prisma } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { sendWelcomeToStaff } from '../notify/send-welcome-to-staff';
import type { CreateStaffInput } from './schemas';

function assertMayManage(admin: SessionUser, practiceId: string | null): void {
  // A practice admin manages only their own practice; only a network admin creates network admins.
  if (admin.practiceId !== null && admin.practiceId !== practiceId) throw new AppError('FORBIDDEN');
}

export async function createStaffAccount(admin: SessionUser, input: CreateStaffInput) {
  assertMayManage(admin, input.practiceId);
  if (input.practiceId && !(await db().practice.count({ where: { id: input.practiceId } }))) {
    throw new AppError('VALIDATION_FAILED', 'Invalid body: practiceId does not exist.');
  }
  if (
    input.role === 'THERAPIST' &&
    input.clinicId &&
    !(await db().clinic.count({ where: { id: input.clinicId, practiceId: input.practiceId } }))
  ) {
    throw new AppError('VALIDATION_FAILED', 'Invalid body: clinicId is not a clinic of that practice.');
  }
  try {
    const user = await db().$transaction(async (tx) => {
      const created = await tx.user.create({
        data:
          input.role === 'THERAPIST'
            ? {
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
              }
            : { email: input.email, name: input.name, role: 'ADMIN', practiceId: input.practiceId },
        select: { id: true, email: true, name: true, role: true },
      });
      await recordAuditEvent(
        {
          actorId: admin.id,
          action: 'account.create_staff',
          entityType: 'User',
          entityId: created.id,
          practiceId: input.practiceId,
          data: { role: input.role },
        },
        tx,
      );
      return created;
    });
    await sendWelcomeToStaff(user.email, user.name);
    return user;
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') throw new AppError('EMAIL_TAKEN');
    throw err;
  }
}
