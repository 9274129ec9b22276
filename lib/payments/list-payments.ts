// Payments as patients and admins see them: a patient only their own; a practice admin only their
// practice's (through the visit's therapist); a network admin all.
import { db, type Prisma } from '../db';
import type { SessionUser } from '../auth/roles';
import { OWN_PAYMENTS_PAGE_SIZE, PAYMENTS_PAGE_SIZE, type AdminPaymentView, type PaymentView } from './schemas';
import { PAID_OR_OWED, paymentsVisibleTo } from './payment-scope';
import { paymentFieldsSelect } from './receipt';
import { recordPhiRead } from '../audit/record-phi-read';

const paymentSelect = {
  ...paymentFieldsSelect,
  mismatchAt: true,
  mismatchAmountCents: true,
  mismatchCurrency: true,
  refunds: {
    orderBy: { createdAt: 'asc' },
    select: { id: true, amountCents: true, reason: true, stripeRefundId: true, createdAt: true },
  },
  appointment: {
    select: {
      id: true,
      startsAt: true,
      status: true,
      visitType: { select: { name: true } },
      therapist: { select: { practiceId: true, user: { select: { name: true } } } },
      patient: { select: { id: true, user: { select: { name: true, email: true } } } },
    },
  },
} satisfies Prisma.PaymentSelect;
type PaymentRecord = Prisma.PaymentGetPayload<{ select: typeof paymentSelect }>;

function toView(p: PaymentRecord): PaymentView {
  return {
    id: p.id,
    receiptNumber: p.receiptNumber,
    method: p.method,
    status: p.status,
    amountCents: p.amountCents,
    refundedCents: p.refundedCents,
    currency: p.currency,
    feeCents: p.feeCents,
    feeReason: p.feeReason,
    insurancePayer: p.insurancePayer,
    insuranceMemberId: p.insuranceMemberId,
    paidAt: p.paidAt?.toISOString() ?? null,
    createdAt: p.createdAt.toISOString(),
    appointment: {
      id: p.appointment.id,
      start: p.appointment.startsAt.toISOString(),
      status: p.appointment.status,
      visitTypeName: p.appointment.visitType.name,
      therapistName: p.appointment.therapist.user.name,
    },
    refunds: p.refunds.map((r) => ({
      id: r.id,
      amountCents: r.amountCents,
      reason: r.reason,
      sentToStripe: r.stripeRefundId !== null,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}

export interface OwnPaymentPage {
  payments: PaymentView[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * One page of what the patient paid or owes, newest first (20 a page). A checkout never completed
 * (pending, failed, expired: an abandoned or lapsed booking) is not a payment and is left out.
 */
export async function listOwnPayments(patient: SessionUser, filter: { page?: number } = {}): Promise<OwnPaymentPage> {
  const where = { AND: [paymentsVisibleTo(patient), { status: { in: [...PAID_OR_OWED] } }] };
  const { rows, ...paging } = await pageOfPayments(where, filter.page, OWN_PAYMENTS_PAGE_SIZE);
  return { payments: rows.map(toView), ...paging };
}

/** One page of payments matching `where`, newest first; id breaks ties, so none shows on two pages or none. */
async function pageOfPayments(where: Prisma.PaymentWhereInput, askedPage: number | undefined, pageSize: number) {
  const page = Math.max(1, Math.floor(askedPage ?? 1));
  const [rows, total] = await Promise.all([
    db().payment.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: paymentSelect,
    }),
    db().payment.count({ where }),
  ]);
  return { rows, total, page, pageSize };
}

/**
 * Every payment row of the patient's visits, pending checkouts included (newest 200): what the
 * appointments page needs to say "waiting for your payment" beside a held visit. Not a payments list.
 */
export async function listOwnVisitPayments(patient: SessionUser): Promise<PaymentView[]> {
  const rows = await db().payment.findMany({
    where: paymentsVisibleTo(patient),
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 200,
    select: paymentSelect,
  });
  return rows.map(toView);
}

/** Payments of patients whose name or email holds the text (the caller has refused LIKE's wildcards). */
function patientMatches(text: string | undefined): Prisma.PaymentWhereInput {
  if (!text) return {};
  return {
    appointment: {
      patient: {
        user: { OR: [{ name: { contains: text, mode: 'insensitive' } }, { email: { contains: text.toLowerCase() } }] },
      },
    },
  };
}

export interface AdminPaymentPage {
  payments: AdminPaymentView[];
  total: number;
  page: number;
  pageSize: number;
}

/** One page of the admin's payments, newest first (25 a page unless asked otherwise), with the total. */
export async function listPracticePayments(
  admin: SessionUser,
  filter: {
    patient?: string;
    status?: PaymentRecord['status'];
    method?: PaymentRecord['method'];
    page?: number;
    pageSize?: number;
  } = {},
): Promise<AdminPaymentPage> {
  const pageSize = Math.min(100, Math.max(1, Math.floor(filter.pageSize ?? PAYMENTS_PAGE_SIZE)));
  const where: Prisma.PaymentWhereInput = {
    AND: [
      paymentsVisibleTo(admin),
      patientMatches(filter.patient),
      filter.status ? { status: filter.status } : {},
      filter.method ? { method: filter.method } : {},
    ],
  };
  const { rows, total, page } = await pageOfPayments(where, filter.page, pageSize);
  // Names, emails and insurance member ids of the patients shown: a PHI read (decision 013), one row
  // per request naming every patient on the page, with the search that found them.
  await recordPhiRead(admin, {
    action: 'payment.list',
    entityType: 'Payment',
    patientIds: rows.map((r) => r.appointment.patient.id),
    practiceId: admin.practiceId,
    ...(filter.patient ? { data: { patientSearch: filter.patient } } : {}),
  });
  return { payments: rows.map(toAdminView), total, page, pageSize };
}

function toAdminView(p: PaymentRecord): AdminPaymentView {
  return {
    ...toView(p),
    patient: { id: p.appointment.patient.id, name: p.appointment.patient.user.name, email: p.appointment.patient.user.email },
    practiceId: p.appointment.therapist.practiceId,
    mismatch: p.mismatchAt
      ? { at: p.mismatchAt.toISOString(), amountCents: p.mismatchAmountCents, currency: p.mismatchCurrency }
      : null,
  };
}

export async function findPracticePayment(admin: SessionUser, id: string): Promise<AdminPaymentView | null> {
  const rows = await db().payment.findMany({ where: { AND: [{ id }, paymentsVisibleTo(admin)] }, select: paymentSelect });
  const p = rows[0];
  return p ? toAdminView(p) : null;
}
