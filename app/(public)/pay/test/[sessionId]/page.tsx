import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/guards';
import { findTestCheckout } from '@/lib/payments/finish-test-checkout';
import { localCheckout } from '@/lib/payments/stripe-client';
import { formatMoney } from '@/app/_components/format';
import { LocalTime } from '@/app/_components/local-time';
import { TestCheckoutActions } from './test-checkout-actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Test payment (no real money)', robots: { index: false } };

/**
 * Stands in for Stripe's hosted Checkout in local development and tests. Exists only while
 * PAYMENTS_LOCAL_CHECKOUT=true (refused with a live key); everywhere else it is a 404.
 */
export default async function TestCheckoutPage({ params }: { params: Promise<{ sessionId: string }> }) {
  if (!localCheckout()) notFound();
  const { sessionId } = await params;
  const user = await requireRole('PATIENT', `/pay/test/${encodeURIComponent(sessionId)}`);
  const payment = await findTestCheckout(user, sessionId);
  if (!payment) notFound();
  const a = payment.appointment;
  return (
    <div className="stack">
      <p className="test-banner" role="note">
        <strong>Test payment — no real money moves.</strong> This page stands in for Stripe Checkout on this development machine
        (PAYMENTS_LOCAL_CHECKOUT=true). Its buttons make the server send the same signed event Stripe would send.
      </p>
      <h1>Pay for your visit</h1>
      <section className="card" aria-labelledby="checkout-summary">
        <h2 id="checkout-summary">{a.visitType.name}</h2>
        <dl className="details">
          <div>
            <dt>When</dt>
            <dd>
              <LocalTime iso={a.startsAt.toISOString()} />
            </dd>
          </div>
          <div>
            <dt>With</dt>
            <dd>{a.therapist.user.name}</dd>
          </div>
          <div>
            <dt>Amount</dt>
            <dd className="amount">{formatMoney(payment.amountCents, payment.currency)}</dd>
          </div>
          <div>
            <dt>Session</dt>
            <dd>
              <code>{sessionId}</code>
            </dd>
          </div>
          {a.holdExpiresAt && payment.status === 'PENDING' && (
            <div>
              <dt>Held until</dt>
              <dd>
                <LocalTime iso={a.holdExpiresAt.toISOString()} />
              </dd>
            </div>
          )}
        </dl>
        {payment.status === 'PENDING' ? (
          <TestCheckoutActions sessionId={sessionId} amount={formatMoney(payment.amountCents, payment.currency)} />
        ) : (
          <p className="notice">This checkout is closed ({payment.status.toLowerCase()}).</p>
        )}
      </section>
    </div>
  );
}
