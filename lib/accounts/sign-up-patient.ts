import { db, Prisma } from '../db';
import { AppError } from '../errors';
import { env } from '../env';
import { hashPassword } from '../auth/password';
import { assertStrongPassword } from '../auth/password-strength';
import { addHit } from '../auth/rate-limit';
import { recordAuditEvent } from '../audit/record-audit-event';
import { enqueue } from '../jobs/enqueue';
import type { SignUpInput } from './schemas';
import type { VerifyEmailJob } from './email-verification/send-verification-link';

const HOUR = 60 * 60_000;

/** The schema already refused dates that do not exist (lib/calendar-date.ts); here the age rule. */
function parseBirthDate(value: string, now: Date): Date {
  const date = new Date(`${value}T00:00:00Z`);
  const age = (now.getTime() - date.getTime()) / (365.25 * 24 * HOUR);
  if (age < 13 || age > 120) throw new AppError('RULE_VIOLATION', 'Patients must be between 13 and 120 years old to sign up.');
  return date;
}

/**
 * Creates a patient's account and profile in one transaction, with the welcome mail's job: it asks
 * the patient to verify the address before their first booking is confirmed (decision 045).
 */
export async function signUpPatient(input: SignUpInput, ip: string, now = new Date()): Promise<{ id: string }> {
  const dateOfBirth = parseBirthDate(input.dateOfBirth, now);
  if ((await addHit(`signup:ip:${ip}`, HOUR, now)) > env().SIGNUPS_PER_HOUR_PER_IP) throw new AppError('RATE_LIMITED');
  assertStrongPassword(input.password, { email: input.email, name: input.name });
  if (input.preferredClinicId && !(await db().clinic.count({ where: { id: input.preferredClinicId, active: true } }))) {
    throw new AppError('VALIDATION_FAILED', 'Invalid body: preferredClinicId is not an open clinic.');
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await db().$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          passwordHash,
          role: 'PATIENT',
          patient: {
            create: {
              dateOfBirth,
              phone: input.phone ?? null,
              preferredClinicId: input.preferredClinicId ?? null,
              ...(input.timezone ? { timezone: input.timezone } : {}),
            },
          },
        },
        select: { id: true, patient: { select: { id: true } } },
      });
      await recordAuditEvent(
        {
          actorId: user.id,
          action: 'account.sign_up',
          entityType: 'User',
          entityId: user.id,
          patientId: user.patient?.id ?? null,
          ip,
        },
        tx,
      );
      await enqueue(tx, 'account.verify-email', { userId: user.id, kind: 'welcome' } satisfies VerifyEmailJob);
      return { id: user.id };
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') throw new AppError('EMAIL_TAKEN');
    throw err;
  }
}
