import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { loadReceipt } from '@/lib/payments/load-receipt';
import { orNotFound } from '@/app/_components/or-not-found';
import { ReceiptView } from '@/app/_components/receipt-view';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Receipt' };

export default async function AdminReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // The layout guards too; a payment of another practice is "not found" (loadReceipt's rule).
  const user = await requireRole('ADMIN', `/admin/payments/${encodeURIComponent(id)}`);
  const receipt = await orNotFound(loadReceipt(user, id));
  return (
    <div className="stack">
      <p className="receipt-back">
        <Link href="/admin/payments">Back to payments</Link>
      </p>
      <ReceiptView receipt={receipt} pdfHref={`/api/payments/${encodeURIComponent(receipt.paymentId)}/receipt`} />
    </div>
  );
}
