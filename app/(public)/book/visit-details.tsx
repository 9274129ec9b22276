// What, when, where, with whom, the price and the cancellation policy of the chosen visit.
import { cancellationPolicy, formatMoney } from '@/app/_components/format';
import { formatDateTime, useViewerZone } from '@/app/_components/local-time';
import type { ChosenVisit } from './book-visit';

export function VisitDetails({ visit }: { visit: ChosenVisit }) {
  const zone = useViewerZone();
  const { visitType, clinic } = visit;
  const when = zone ? `${formatDateTime(visit.start)} (${zone})` : `${formatDateTime(visit.start, 'UTC')} (UTC)`;
  return (
    <dl className="details">
      <div>
        <dt>What</dt>
        <dd>
          {visitType.name} ({visitType.durationMinutes} min)
        </dd>
      </div>
      <div>
        <dt>When</dt>
        <dd>{when}</dd>
      </div>
      <div>
        <dt>Where</dt>
        <dd>
          {visitType.modality === 'VIRTUAL' || !clinic ? (
            'Video visit from your browser'
          ) : (
            <>
              {clinic.name}
              <br />
              {clinic.addressLine1}
              {clinic.addressLine2 ? `, ${clinic.addressLine2}` : ''}
              <br />
              {clinic.city}, {clinic.state} {clinic.zip}
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>With</dt>
        <dd>{visit.therapistName ?? 'Your therapist'}</dd>
      </div>
      <div>
        <dt>Price</dt>
        <dd>{formatMoney(visitType.priceCents, visitType.currency)}</dd>
      </div>
      <div>
        <dt>Cancellation</dt>
        <dd>{cancellationPolicy(visitType.freeCancellationHours, visitType.lateCancellationFeeCents, visitType.currency)}</dd>
      </div>
    </dl>
  );
}
