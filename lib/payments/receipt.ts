// What a receipt says: the clinic (name, address, phone), the patient, the visit, the amount, the
// refunds and the cancellation fee, and how it was paid. One shape for the printable page, the PDF
// and the email.
import type { Prisma } from '../db';

const clinicSelect = {
  name: true,
  addressLine1: true,
  addressLine2: true,
  city: true,
  state: true,
  zip: true,
  phone: true,
  timezone: true,
} satisfies Prisma.ClinicSelect;

/** A payment's own fields, as the payments lists and the receipt both show them. */
export const paymentFieldsSelect = {
  id: true,
  receiptNumber: true,
  method: true,
  status: true,
  amountCents: true,
  refundedCents: true,
  currency: true,
  feeCents: true,
  feeReason: true,
  insurancePayer: true,
  insuranceMemberId: true,
  paidAt: true,
  createdAt: true,
} satisfies Prisma.PaymentSelect;

export const receiptSelect = {
  ...paymentFieldsSelect,
  refunds: {
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, amountCents: true, reason: true, createdAt: true },
  },
  appointment: {
    select: {
      startsAt: true,
      modality: true,
      status: true,
      visitType: { select: { name: true } },
      clinic: { select: clinicSelect },
      therapist: {
        select: {
          credentials: true,
          user: { select: { name: true } },
          clinic: { select: clinicSelect },
          practice: {
            select: {
              id: true,
              name: true,
              // A virtual visit has no clinic: the practice's first open clinic stands on the receipt.
              clinics: { where: { active: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: 1, select: clinicSelect },
            },
          },
        },
      },
      patient: { select: { id: true, timezone: true, user: { select: { name: true, email: true } } } },
    },
  },
} satisfies Prisma.PaymentSelect;
type ReceiptRow = Prisma.PaymentGetPayload<{ select: typeof receiptSelect }>;

export interface Receipt {
  paymentId: string;
  /** Null only for a payment paid before numbers existed and not migrated (never in practice). */
  receiptNumber: string | null;
  status: ReceiptRow['status'];
  method: ReceiptRow['method'];
  currency: string;
  amountCents: number;
  refundedCents: number;
  /** The cancellation-policy fee: kept from a card refund, or owed on an insurance claim. */
  feeCents: number;
  feeReason: ReceiptRow['feeReason'];
  /** "Card, paid online through Stripe" or "Billed to Aetna, member ID ••••4567". */
  methodSummary: string;
  paidAt: Date | null;
  issuedAt: Date;
  refunds: { id: string; amountCents: number; reason: string; createdAt: Date }[];
  practice: { id: string; name: string };
  clinic: {
    name: string;
    addressLines: string[];
    phone: string;
    timezone: string;
  } | null;
  patient: { id: string; name: string; email: string; timezone: string };
  visit: { typeName: string; startsAt: Date; virtual: boolean; therapist: string; status: ReceiptRow['appointment']['status'] };
}

function maskMemberId(id: string | null): string {
  if (!id) return 'not given';
  return id.length <= 4 ? id : `••••${id.slice(-4)}`;
}

export function toReceipt(p: ReceiptRow): Receipt {
  const a = p.appointment;
  const clinic = a.clinic ?? a.therapist.clinic ?? a.therapist.practice.clinics[0] ?? null;
  return {
    paymentId: p.id,
    receiptNumber: p.receiptNumber,
    status: p.status,
    method: p.method,
    currency: p.currency,
    amountCents: p.amountCents,
    refundedCents: p.refundedCents,
    feeCents: p.feeCents,
    feeReason: p.feeReason,
    methodSummary:
      p.method === 'CARD'
        ? 'Card, paid online through Stripe'
        : `Billed to ${p.insurancePayer ?? 'insurance'}, member ID ${maskMemberId(p.insuranceMemberId)}`,
    paidAt: p.paidAt,
    issuedAt: p.paidAt ?? p.createdAt,
    refunds: p.refunds,
    practice: { id: a.therapist.practice.id, name: a.therapist.practice.name },
    clinic: clinic && {
      name: clinic.name,
      addressLines: [
        clinic.addressLine1,
        ...(clinic.addressLine2 ? [clinic.addressLine2] : []),
        `${clinic.city}, ${clinic.state} ${clinic.zip}`,
      ],
      phone: clinic.phone,
      timezone: clinic.timezone,
    },
    patient: { id: a.patient.id, name: a.patient.user.name, email: a.patient.user.email, timezone: a.patient.timezone },
    visit: {
      typeName: a.visitType.name,
      startsAt: a.startsAt,
      virtual: a.modality === 'VIRTUAL',
      therapist: `${a.therapist.user.name}, ${a.therapist.credentials}`,
      status: a.status,
    },
  };
}

export function formatReceiptMoney(cents: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100);
}

export const FEE_REASON_TEXT = { LATE_CANCELLATION: 'Late cancellation fee', NO_SHOW: 'Missed visit fee' } as const;

/** The lines every form of the receipt shows, in order: [label, value]. */
export function receiptLines(r: Receipt): [string, string][] {
  const money = (c: number) => formatReceiptMoney(c, r.currency);
  const lines: [string, string][] = [[r.method === 'CARD' ? 'Amount paid' : 'Visit price', money(r.amountCents)]];
  for (const refund of r.refunds) lines.push([`Refund (${refund.reason})`, `-${money(refund.amountCents)}`]);
  if (r.refundedCents > 0) lines.push(['Total refunded', money(r.refundedCents)]);
  if (r.feeCents > 0 && r.feeReason) {
    lines.push([
      `${FEE_REASON_TEXT[r.feeReason]}${r.method === 'CARD' ? ' (kept from the refund)' : ' (owed, billed by the clinic)'}`,
      money(r.feeCents),
    ]);
  }
  if (r.method === 'CARD') lines.push(['Net paid', money(r.amountCents - r.refundedCents)]);
  return lines;
}
