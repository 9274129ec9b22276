import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { listOwnPayments } from '@/lib/payments/list-payments';
import { ownPaymentsQuery, type PaymentView } from '@/lib/payments/schemas';
import { firstValues, type SearchParams } from '@/app/_components/search-params';
import { Pager } from '@/app/_components/pager';
import { formatMoney } from '@/app/_components/format';
import { LocalTime } from '@/app/_components/local-time';
import { PAYMENT_STATUS_LABEL, paymentLine } from '@/app/_components/payment-text';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Payments and receipts' };

function PaymentItem({ payment: p }: { payment: PaymentView }) {
  const money = (cents: number) => formatMoney(cents, p.currency);
  const headingId = `payment-${p.id}`;
  return (
    <li className="card" aria-labelledby={headingId} data-testid="payment-item">
      <div className="appointment-heading">
        <h2 id={headingId} className="h3">
          {p.appointment.visitTypeName}, <LocalTime iso={p.appointment.start} />
        </h2>
        <span className="badge">{PAYMENT_STATUS_LABEL[p.status]}</span>
      </div>
      <dl className="details">
        <div>
          <dt>Receipt no.</dt>
          <dd data-testid="receipt-number">{p.receiptNumber ?? 'Not numbered'}</dd>
        </div>
        <div>
          <dt>With</dt>
          <dd>{p.appointment.therapistName}</dd>
        </div>
        <div>
          <dt>Amount</dt>
          <dd className="amount">{money(p.amountCents)}</dd>
        </div>
        {p.refundedCents > 0 && (
          <div>
            <dt>Refunded</dt>
            <dd className="amount">
              {money(p.refundedCents)} ({p.refunds.length} refund{p.refunds.length === 1 ? '' : 's'})
            </dd>
          </div>
        )}
        {p.feeCents > 0 && (
          <div>
            <dt>{p.feeReason === 'NO_SHOW' ? 'Missed visit fee' : 'Late cancellation fee'}</dt>
            <dd className="amount">
              {money(p.feeCents)} {p.method === 'CARD' ? '(kept from the refund)' : '(owed, billed by the clinic)'}
            </dd>
          </div>
        )}
        <div>
          <dt>{p.method === 'CARD' ? 'Paid' : 'Billed to'}</dt>
          <dd>
            {p.method === 'CARD' ? (
              <>
                Card (Stripe)
                {p.paidAt && (
                  <>
                    , <LocalTime iso={p.paidAt} />
                  </>
                )}
              </>
            ) : (
              (p.insurancePayer ?? 'Insurance')
            )}
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{paymentLine(p)}</dd>
        </div>
      </dl>
      <p>
        <Link href={`/patient/payments/${p.id}`} aria-describedby={headingId}>
          View receipt {p.receiptNumber}
        </Link>
      </p>
    </li>
  );
}

export default async function PaymentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // The layout guards too, but pages and layouts render in parallel: the page checks for itself.
  const [user, raw] = await Promise.all([requireRole('PATIENT', '/patient/payments'), searchParams]);
  // An invalid page number shows the first page.
  const parsed = ownPaymentsQuery.safeParse({ page: firstValues(raw).page });
  const { payments, total, page, pageSize } = await listOwnPayments(user, { page: parsed.success ? parsed.data.page : 1 });
  const first = (page - 1) * pageSize + 1;
  return (
    <div className="stack">
      <div>
        <h1>Payments and receipts</h1>
        <p className="lead">
          What you paid for your visits or billed to your insurance, newest first, with refunds and fees under the cancellation
          policy. Each has a receipt to print or download.
        </p>
        <p>
          <Link href="/patient/appointments">Back to your appointments</Link>
        </p>
      </div>
      {total === 0 ? (
        <p className="empty">No payments yet. When you pay for a visit, its receipt shows here.</p>
      ) : (
        <p role="status" data-testid="payments-count">
          {payments.length === 0
            ? `${total} payment${total === 1 ? '' : 's'}; this page is past the last one.`
            : `Showing ${first}–${first + payments.length - 1} of ${total} payment${total === 1 ? '' : 's'}.`}
        </p>
      )}
      {payments.length > 0 && (
        <ul className="payment-list bare">
          {payments.map((p) => (
            <PaymentItem key={p.id} payment={p} />
          ))}
        </ul>
      )}
      <Pager
        path="/patient/payments"
        params={{}}
        page={page}
        pageSize={pageSize}
        total={total}
        label="Payments"
        noun="payments"
      />
    </div>
  );
}
