'use client';

// The message after coming back from Checkout. It says what the server knows: booked once the
// payment is confirmed to it, and until then "confirming", re-checking every few seconds (Stripe's
// event can arrive a moment after the patient is sent back).
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import type { PaymentFacts } from '@/app/_components/payment-text';

interface NoticePayment extends PaymentFacts {
  appointment: { status: string };
}

export function PaymentNotice({ kind, payment }: { kind: 'paid' | 'left-checkout'; payment: NoticePayment }) {
  const router = useRouter();
  const waiting = kind === 'paid' && payment.status === 'PENDING';
  useEffect(() => {
    if (!waiting) return;
    let tries = 0;
    const timer = setInterval(() => {
      if (++tries > 20) clearInterval(timer);
      else router.refresh();
    }, 3000);
    return () => clearInterval(timer);
  }, [waiting, router]);

  if (kind === 'paid') {
    if (payment.status === 'SUCCEEDED' && payment.appointment.status === 'BOOKED') {
      return (
        <p className="notice notice-success" role="status">
          Payment received. Your visit is booked. A confirmation email is on its way.
        </p>
      );
    }
    if (waiting)
      return (
        <p className="notice" role="status">
          We are confirming your payment with Stripe. This page updates by itself.
        </p>
      );
    if (payment.status === 'REFUNDED') {
      return (
        <p className="notice" role="status">
          Your payment arrived after the held time was released and taken, so we refunded it in full. Please pick another time.
        </p>
      );
    }
    return null;
  }
  if (payment.status === 'PENDING' && payment.appointment.status === 'HELD') {
    return (
      <p className="notice" role="status">
        Payment not completed, so the visit is not booked yet. The time stays held for a few minutes, then it is released.
      </p>
    );
  }
  return (
    <p className="notice" role="status">
      Payment cancelled. The visit was not booked and the time was released.
    </p>
  );
}
