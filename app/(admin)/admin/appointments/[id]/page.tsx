import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/guards';
import { findAdminAppointment } from '@/lib/admin/find-admin-appointment';
import { formatMoney, MODALITY_LABEL, STATUS_LABEL } from '@/app/_components/format';
import { LocalTime } from '@/app/_components/local-time';
import { PAYMENT_STATUS_LABEL, paymentLine } from '@/app/_components/payment-text';
import { SignedNote } from '@/app/_components/visit-note/signed-note';
import { formatInZone } from '../../_forms/zoned';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Appointment' };

// Read-only: admins look, only the treating therapist writes or amends the note.
export default async function AdminAppointmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireRole('ADMIN', `/admin/appointments/${id}`);
  const a = await findAdminAppointment(user, id);
  if (!a) notFound();
  const p = a.payment;
  return (
    <div className="stack">
      <div>
        <p>
          <Link href="/admin/appointments">Back to appointments</Link>
        </p>
        <h1>
          {a.visitTypeName}: {a.patient.name}
        </h1>
        <p className="lead">
          {formatInZone(a.start, a.timezone)} · {STATUS_LABEL[a.status]}
        </p>
      </div>
      <section aria-labelledby="visit-heading" className="card">
        <h2 id="visit-heading">Visit</h2>
        <dl className="details">
          <div>
            <dt>When</dt>
            <dd>
              {formatInZone(a.start, a.timezone)} to {formatInZone(a.end, a.timezone)}
              <span className="muted small"> (where the visit happens: {a.timezone})</span>
            </dd>
          </div>
          <div>
            <dt>Where</dt>
            <dd>{a.clinic?.name ?? MODALITY_LABEL[a.modality]}</dd>
          </div>
          <div>
            <dt>Patient</dt>
            <dd>
              {a.patient.name} ({a.patient.email}
              {a.patient.phone && `, ${a.patient.phone}`})
            </dd>
          </div>
          <div>
            <dt>Therapist</dt>
            <dd>{a.therapist.name}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>
              {STATUS_LABEL[a.status]}
              {a.checkedInAt && <>, checked in {formatInZone(a.checkedInAt, a.timezone)}</>}
              {a.cancelledAt && (
                <>
                  , cancelled {formatInZone(a.cancelledAt, a.timezone)}
                  {a.cancelReason && ` (${a.cancelReason})`}
                </>
              )}
            </dd>
          </div>
          <div>
            <dt>Payment</dt>
            <dd>
              {p ? (
                <>
                  {PAYMENT_STATUS_LABEL[p.status]},{' '}
                  <span className="amount">{formatMoney(p.amountCents, p.currency.toUpperCase())}</span>
                  {p.refundedCents > 0 && <>, {formatMoney(p.refundedCents, p.currency.toUpperCase())} refunded</>}.{' '}
                  {paymentLine(p)}
                </>
              ) : a.priceCents === 0 ? (
                'Free visit'
              ) : (
                'No payment recorded'
              )}
            </dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="note-heading" className="card">
        <h2 id="note-heading">Visit note</h2>
        {a.note === null && <p className="empty">No note has been started for this visit.</p>}
        {a.note?.status === 'DRAFT' && (
          <div className="notice" data-testid="draft-note">
            <p>
              <strong>Draft — not signed.</strong> {a.note.therapistName} started it <LocalTime iso={a.note.startedAt} /> and last
              saved it <LocalTime iso={a.note.lastSavedAt} />.
            </p>
            <p>
              A draft is the therapist&rsquo;s working copy and not yet part of the record, so its text appears here only once it
              is signed.
            </p>
          </div>
        )}
        {a.note?.status === 'SIGNED' && <SignedNote note={a.note.note} />}
      </section>
    </div>
  );
}
