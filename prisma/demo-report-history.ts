// Demo visit history for the admin reports (/admin/reports): ten weeks of past visits (Mondays and
// Thursdays) ending two weeks ago, for therapists the e2e specs leave alone (3, 5, 6, 7, 8, 10),
// each with a patient of their own who cannot sign in. Mostly completed, with some no-shows and cancellations, paid by card
// (cancellations refunded, late ones keeping the fee) or billed to insurance. Deterministic: the
// same pattern every seed, relative to the day it runs.
import type { PrismaClient } from '../lib/generated/prisma/client.ts';
import { addDays, todayIn, weekStart } from '../lib/plans/calendar';
import { wallTimeToInstant } from '../lib/scheduling/zoned-time';
import { createPatient } from './factories';

const THERAPISTS = [3, 5, 6, 7, 8, 10];
const PATIENT_NAMES = ['Casey Morgan', 'Drew Parker', 'Riley Santos', 'Jamie Novak', 'Morgan Ellis', 'Avery Kim'];
const WEEKS_BACK = { from: 11, to: 2 };
const DAYS = [0, 3]; // Monday and Thursday
const MINUTE = 60_000;

type Status = 'COMPLETED' | 'NO_SHOW' | 'CANCELLED';
const statusFor = (n: number): Status => (n % 11 === 0 ? 'NO_SHOW' : n % 7 === 0 ? 'CANCELLED' : 'COMPLETED');

export async function seedDemoReportHistory(client: PrismaClient, now = new Date()): Promise<void> {
  const types = new Map(
    (
      await client.visitType.findMany({
        where: { slug: { in: ['initial-evaluation', 'follow-up', 'virtual-follow-up'] } },
      })
    ).map((v) => [v.slug, v]),
  );
  const appointments = [];
  for (const [k, n] of THERAPISTS.entries()) {
    const therapist = await client.therapist.findFirstOrThrow({
      where: { user: { email: `therapist${n}@rehabit.test` } },
      include: { clinic: true },
    });
    const zone = therapist.clinic?.timezone ?? therapist.timezone;
    const patient = await createPatient(client, {
      email: `history${k + 1}@rehabit.test`,
      name: PATIENT_NAMES[k]!,
      password: null,
      preferredClinicId: therapist.clinicId,
    });
    const thisMonday = weekStart(todayIn(zone, now));
    for (let w = WEEKS_BACK.from; w >= WEEKS_BACK.to; w--) {
      for (const [d, day] of DAYS.entries()) {
        const first = w === WEEKS_BACK.from && d === 0;
        const video = !first && therapist.offersVirtual && day === 3;
        const type = types.get(first ? 'initial-evaluation' : video ? 'virtual-follow-up' : 'follow-up')!;
        const date = addDays(thisMonday, -7 * w + day);
        const startsAt = new Date(wallTimeToInstant(date, (9 + k) * 60, zone)!);
        const endsAt = new Date(startsAt.getTime() + type.durationMinutes * MINUTE);
        const status = first ? 'COMPLETED' : statusFor(w * 2 + d + k);
        appointments.push({
          patientId: patient.patient!.id,
          therapistId: therapist.id,
          visitTypeId: type.id,
          modality: type.modality,
          clinicId: type.modality === 'IN_CLINIC' ? therapist.clinicId : null,
          startsAt,
          endsAt,
          blockStartsAt: new Date(startsAt.getTime() - type.bufferBeforeMinutes * MINUTE),
          blockEndsAt: new Date(endsAt.getTime() + type.bufferAfterMinutes * MINUTE),
          status,
          priceCents: type.priceCents,
          currency: type.currency,
          createdById: patient.id,
          createdAt: new Date(startsAt.getTime() - 5 * 86_400_000),
          ...(status === 'CANCELLED'
            ? {
                cancelledAt: new Date(startsAt.getTime() - (w % 2 ? 3 : 30) * 3_600_000),
                cancelledById: patient.id,
                cancelReason: 'Schedule conflict',
              }
            : {}),
          insured: (k + w) % 4 === 0,
          late: w % 2 === 1,
        });
      }
    }
  }
  const created = await client.appointment.createManyAndReturn({
    data: appointments.map(({ insured: _i, late: _l, ...a }) => a),
    select: {
      id: true,
      therapistId: true,
      startsAt: true,
      status: true,
      priceCents: true,
      currency: true,
      visitType: { select: { lateCancellationFeeCents: true } },
    },
  });
  // RETURNING order is not promised: match each row back to its plan by therapist and start.
  const planned = new Map(appointments.map((a) => [`${a.therapistId}|${a.startsAt.toISOString()}`, a]));
  const payments = created.map((c, i) => {
    const source = planned.get(`${c.therapistId}|${c.startsAt.toISOString()}`)!;
    const paidAt = new Date(c.startsAt.getTime() - 5 * 86_400_000);
    if (source.insured) {
      return {
        appointmentId: c.id,
        method: 'INSURANCE' as const,
        status: 'INSURANCE_CLAIM' as const,
        amountCents: c.priceCents,
        currency: c.currency,
        insurancePayer: 'Blue Cross Blue Shield',
        insuranceMemberId: `XQH${100200 + i}`,
        createdAt: paidAt,
      };
    }
    const fee = c.status === 'CANCELLED' && source.late ? c.visitType.lateCancellationFeeCents : 0;
    const refunded = c.status === 'CANCELLED' ? c.priceCents - fee : 0;
    return {
      appointmentId: c.id,
      method: 'CARD' as const,
      currency: c.currency,
      amountCents: c.priceCents,
      paidAt,
      status: refunded === 0 ? ('SUCCEEDED' as const) : fee > 0 ? ('PARTIALLY_REFUNDED' as const) : ('REFUNDED' as const),
      refundedCents: refunded,
      feeCents: fee,
      feeReason: fee > 0 ? ('LATE_CANCELLATION' as const) : null,
      stripePaymentIntentId: `pi_demo_history_${i}`,
      createdAt: paidAt,
    };
  });
  const paid = await client.payment.createManyAndReturn({
    data: payments,
    select: { id: true, refundedCents: true, appointment: { select: { cancelledAt: true } } },
  });
  await client.refund.createMany({
    data: paid
      .filter((p) => p.refundedCents > 0)
      .map((p, i) => ({
        paymentId: p.id,
        amountCents: p.refundedCents,
        reason: 'Cancelled by the patient',
        stripeRefundId: `re_demo_history_${i}`,
        createdAt: p.appointment.cancelledAt ?? undefined,
      })),
  });
}
