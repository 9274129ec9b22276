import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { listPracticePayments } from '@/lib/payments/list-payments';
import { adminPaymentsQuery, type AdminPaymentView } from '@/lib/payments/schemas';
import type { SearchParams } from '@/app/_components/search-params';
import { firstValues } from '@/app/_components/search-params';
import { Pager } from '@/app/_components/pager';
import { formatMoney } from '@/app/_components/format';
import { LocalTime } from '@/app/_components/local-time';
import { PAYMENT_STATUS_LABEL, paymentLine } from '@/app/_components/payment-text';
import { RefundForm } from './refund-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Payments' };

function PaymentCard({ payment: p }: { payment: AdminPaymentView }) {
  const money = (cents: number) => formatMoney(cents, p.currency);
  const headingId = `payment-${p.id}`;
  const refundable = p.method === 'CARD' && (p.status === 'SUCCEEDED' || p.status === 'PARTIALLY_REFUNDED');
  return (
    <li className="card" aria-labelledby={headingId}>
      <div className="appointment-heading">
        <h2 id={headingId} className="h3">
          {p.patient.name}: {p.appointment.visitTypeName}, <LocalTime iso={p.appointment.start} />
        </h2>
        <span className="badge">{PAYMENT_STATUS_LABEL[p.status]}</span>
      </div>
      <dl className="details">
        <div>
          <dt>Receipt no.</dt>
          <dd>
            {p.receiptNumber ? (
              <Link href={`/admin/payments/${p.id}`} aria-describedby={headingId}>
                {p.receiptNumber}
              </Link>
            ) : (
              'None (not paid)'
            )}
          </dd>
        </div>
        <div>
          <dt>Patient</dt>
          <dd>
            {p.patient.name} ({p.patient.email})
          </dd>
        </div>
        <div>
          <dt>Therapist</dt>
          <dd>{p.appointment.therapistName}</dd>
        </div>
        <div>
          <dt>Amount</dt>
          <dd className="amount">
            {money(p.amountCents)}
            {p.refundedCents > 0 && `, ${money(p.refundedCents)} refunded`}
          </dd>
        </div>
        {p.method === 'INSURANCE' ? (
          <div>
            <dt>Insurance</dt>
            <dd>
              {p.insurancePayer}, member ID <strong>{p.insuranceMemberId}</strong>
            </dd>
          </div>
        ) : (
          <div>
            <dt>Method</dt>
            <dd>
              Card (Stripe)
              {p.paidAt && (
                <>
                  , paid <LocalTime iso={p.paidAt} />
                </>
              )}
            </dd>
          </div>
        )}
        <div>
          <dt>Summary</dt>
          <dd>{paymentLine(p)}</dd>
        </div>
        {p.feeCents > 0 && p.method === 'INSURANCE' && (
          <div>
            <dt>Fee owed</dt>
            <dd>
              {money(p.feeCents)} ({p.feeReason === 'NO_SHOW' ? 'missed visit' : 'late cancellation'}): not charged automatically,
              bill the patient.
            </dd>
          </div>
        )}
      </dl>
      {p.mismatch && (
        <p className="notice urgent-flags" data-testid="payment-mismatch">
          <strong>Does not match:</strong> Stripe reported a completed checkout for{' '}
          {p.mismatch.amountCents !== null && p.mismatch.currency
            ? formatMoney(p.mismatch.amountCents, p.mismatch.currency)
            : 'an unknown amount'}{' '}
          instead of {money(p.amountCents)} (<LocalTime iso={p.mismatch.at} />
          ). The visit was not booked from it: check the payment in Stripe, then refund it there or book the visit by hand.
        </p>
      )}
      {p.refunds.length > 0 && (
        <ul className="plain-list" aria-label="Refunds">
          {p.refunds.map((r) => (
            <li key={r.id}>
              Refund {money(r.amountCents)}, <LocalTime iso={r.createdAt} />: {r.reason}
              {r.sentToStripe ? '' : ' (waiting for Stripe)'}
            </li>
          ))}
        </ul>
      )}
      {refundable && (
        <RefundForm
          paymentId={p.id}
          patientName={p.patient.name}
          remainingCents={p.amountCents - p.refundedCents}
          currency={p.currency}
          describedBy={headingId}
        />
      )}
    </li>
  );
}

export default async function AdminPaymentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // The layout guards too, but pages and layouts render in parallel: the page checks for itself.
  const [user, raw] = await Promise.all([requireRole('ADMIN', '/admin/payments'), searchParams]);
  // The page size is fixed here; an invalid page number shows the first page, an invalid search says why.
  const values = firstValues(raw);
  const searched = (values.patient ?? '').trim();
  const parsed = adminPaymentsQuery.safeParse({ page: values.page, ...(searched ? { patient: searched } : {}) });
  const searchProblem = parsed.success ? null : (parsed.error.issues.find((i) => i.path[0] === 'patient')?.message ?? null);
  const patient = parsed.success ? parsed.data.patient : undefined;
  const { payments, total, page, pageSize } = searchProblem
    ? { payments: [], total: 0, page: 1, pageSize: 25 }
    : await listPracticePayments(user, { page: parsed.success ? parsed.data.page : 1, ...(patient ? { patient } : {}) });
  const first = (page - 1) * pageSize + 1;
  return (
    <div className="stack">
      <div>
        <h1>Payments</h1>
        <p className="lead">
          Card payments and insurance claims {user.practiceId ? 'of your practice' : 'across the network'}, newest first.
        </p>
        <p>
          <Link href="/admin">Back to administration</Link>
        </p>
      </div>
      <form method="get" action="/admin/payments" role="search" aria-label="Payments by patient" className="search-form">
        <div className="field">
          <label htmlFor="payment-patient-search">Patient name or email</label>
          <input
            id="payment-patient-search"
            name="patient"
            type="search"
            defaultValue={searched}
            minLength={2}
            maxLength={100}
            aria-describedby={searchProblem ? 'payment-patient-search-error' : undefined}
            aria-invalid={searchProblem ? true : undefined}
          />
          {searchProblem && (
            <p id="payment-patient-search-error" className="field-error">
              The search {searchProblem} (letters, digits, @ . - and spaces work).
            </p>
          )}
        </div>
        <div className="actions">
          <button type="submit">Search</button>
          {searched && (
            <Link href="/admin/payments" className="button button-secondary">
              Show all payments
            </Link>
          )}
        </div>
      </form>
      <p role="status" data-testid="payments-count">
        {total === 0
          ? patient
            ? `No payments of a patient matching “${patient}”.`
            : searchProblem
              ? 'No search made.'
              : 'No payments yet.'
          : payments.length === 0
            ? `${total} payment${total === 1 ? '' : 's'}; this page is past the last one.`
            : `Showing ${first}–${first + payments.length - 1} of ${total} payment${total === 1 ? '' : 's'}${patient ? ` of patients matching “${patient}”` : ''}.`}
      </p>
      {payments.length > 0 && (
        <ul className="payment-list bare">
          {payments.map((p) => (
            <PaymentCard key={p.id} payment={p} />
          ))}
        </ul>
      )}
      <Pager
        path="/admin/payments"
        params={patient ? { patient } : {}}
        page={page}
        pageSize={pageSize}
        total={total}
        label="Payments"
        noun="payments"
      />
    </div>
  );
}
