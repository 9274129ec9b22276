import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { getOffer } from '@/lib/waitlist/accept-offer';
import { LocalTime } from '@/app/_components/local-time';
import { AcceptOffer, HeldUntil, OfferExpired } from './offer-actions';
import { orNotFound } from '@/app/_components/or-not-found';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'An earlier time for you' };

// Opened from the waitlist email: the freed time is held for this patient until expiresAt.
export default async function WaitlistOfferPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const here = `/waitlist/offers/${encodeURIComponent(token)}`;
  // The layout guards too, but pages and layouts render in parallel: the page checks for itself.
  const user = await requireRole('PATIENT', here);
  const offer = await orNotFound(getOffer(user, token));
  const a = offer.appointment;
  const state = offer.acceptedAt ? 'booked' : offer.expiresAt <= new Date() || a.status !== 'HELD' ? 'expired' : 'open';

  return (
    <div className="stack">
      <div>
        <h1>
          {state === 'booked'
            ? 'This visit is booked'
            : state === 'expired'
              ? 'This offer has expired'
              : 'An earlier time is available'}
        </h1>
        {state === 'open' && (
          <p className="lead">
            A time opened up from the waitlist. Held for you until <HeldUntil iso={offer.expiresAt.toISOString()} />.
          </p>
        )}
      </div>
      <section className="card" aria-labelledby="offer-visit-heading">
        <h2 id="offer-visit-heading">
          {a.visitType.name}, <LocalTime iso={a.startsAt.toISOString()} />
        </h2>
        <dl className="details">
          <div>
            <dt>With</dt>
            <dd>{a.therapist.user.name}</dd>
          </div>
          <div>
            <dt>Where</dt>
            <dd>
              {a.clinic
                ? `${a.clinic.name}, ${a.clinic.addressLine1}, ${a.clinic.city}, ${a.clinic.state} ${a.clinic.zip}`
                : 'Video visit from your browser'}
            </dd>
          </div>
          <div>
            <dt>Length</dt>
            <dd>{a.visitType.durationMinutes} min</dd>
          </div>
        </dl>
        {state === 'open' && <AcceptOffer token={token} returnTo={here} />}
        {state === 'booked' && (
          <p>
            <Link href="/patient/appointments">See your appointments</Link>
          </p>
        )}
        {state === 'expired' && <OfferExpired />}
      </section>
    </div>
  );
}
