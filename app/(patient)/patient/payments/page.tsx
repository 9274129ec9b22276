import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { listOwnPayments } from '@/lib/payments/list-payments';
import type { PaymentView } from '@/lib/payments/schemas';
import { formatMoney } from '@/app/_components/format';
import { LocalTime } from '@/app/_components/local-time';
import { PAYMENT_STATUS_LABEL, paymentLine } from '@/app/_components/payment-text';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Payments and receipts' };

function Receipt({ payment: p }: { payment: PaymentView }) {
  const money = (cents: number) => formatMoney(cents, p.currency);
  const headingId = `payment-${p.id}`;
  return (
    <li className="card" aria-labelledby={headingId}>
      <div className="appointment-heading">
        <h2 id={headingId} className="h3">
          {p.appointment.visitTypeName}, <LocalTime iso={p.appointment.start} />
        </h2>
        <span className="badge">{PAYMENT_STATUS_LABEL[p.status]}</span>
      </div>
      <dl className="details">
        <div>
          <dt>With</dt>
          <dd>{p.appointment.therapistName}</dd>
        </div>
        <div>
          <dt>Amount</dt>
          <dd className="amount">{money(p.amountCents)}</dd>
        </div>
        <div>
          <dt>{p.method === 'CARD' ? 'Paid by' : 'Billed to'}</dt>
          <dd>
            {p.method === 'CARD'
              ? 'Card (Stripe)'
              : `${p.insurancePayer ?? 'Insurance'}, member ID ${p.insuranceMemberId ?? '—'}`}
          </dd>
        </div>
        {p.paidAt && (
          <div>
            <dt>Paid on</dt>
            <dd>
              <LocalTime iso={p.paidAt} />
            </dd>
          </div>
        )}
        <div>
          <dt>Receipt no.</dt>
          <dd>
            <code>{p.id}</code>
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{paymentLine(p)}</dd>
        </div>
      </dl>
      {p.refunds.length > 0 && (
        <>
          <h3 className="h4">Refunds</h3>
          <ul className="plain-list">
            {p.refunds.map((r) => (
              <li key={r.id}>
                <span className="amount">{money(r.amountCents)}</span> on <LocalTime iso={r.createdAt} />: {r.reason}
                {!r.sentToStripe && ' (being sent to your card)'}
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

export default async function PaymentsPage() {
  // The layout guards too, but pages and layouts render in parallel: the page checks for itself.
  const user = await requireRole('PATIENT', '/patient/payments');
  const payments = await listOwnPayments(user);
  return (
    <div className="stack">
      <div>
        <h1>Payments and receipts</h1>
        <p className="lead">
          Every visit you paid for or billed to your insurance, with refunds and fees under the cancellation policy.
        </p>
        <p>
          <Link href="/patient/appointments">Back to your appointments</Link>
        </p>
      </div>
      {payments.length === 0 ? (
        <p className="empty">No payments yet. When you book a visit with a price, its receipt shows here.</p>
      ) : (
        <ul className="payment-list bare">
          {payments.map((p) => (
            <Receipt key={p.id} payment={p} />
          ))}
        </ul>
      )}
    </div>
  );
}
