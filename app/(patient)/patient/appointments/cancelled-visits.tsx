// Cancelled visits stay on the record, folded away under a <details> (a native disclosure:
// keyboard and screen readers work with no script): when each was cancelled, by whom, and the
// cancellation fee if the policy charged one.
import type { CancelledVisit } from '@/lib/booking/list-cancelled-visits';
import { formatMoney } from '@/app/_components/format';
import { LocalTime } from '@/app/_components/local-time';

function feeLine(fee: NonNullable<CancelledVisit['fee']>): string {
  const amount = formatMoney(fee.cents, fee.currency.toUpperCase());
  return fee.method === 'CARD'
    ? `${amount} late-cancellation fee, kept from your refund`
    : `${amount} late-cancellation fee, owed to the clinic`;
}

export function CancelledVisits({ visits }: { visits: CancelledVisit[] }) {
  if (visits.length === 0) return null;
  return (
    <section aria-labelledby="cancelled-heading">
      <details className="disclosure">
        {/* Text, not a heading, in the summary: a summary's children are presentational to assistive tech. */}
        <summary id="cancelled-heading">Cancelled visits ({visits.length})</summary>
        <ul className="appointment-list bare">
          {visits.map((v) => (
            <li key={v.id} className="card appointment">
              <div className="appointment-heading">
                <h3 id={`cancelled-${v.id}`}>
                  {v.visitType}, <LocalTime iso={v.start} />
                </h3>
                <span className="badge">Cancelled</span>
              </div>
              <dl className="details">
                <div>
                  <dt>With</dt>
                  <dd>{v.therapist}</dd>
                </div>
                <div>
                  <dt>Where</dt>
                  <dd>{v.clinic ?? 'Video visit'}</dd>
                </div>
                <div>
                  <dt>Cancelled</dt>
                  <dd>
                    {v.cancelledAt ? <LocalTime iso={v.cancelledAt} /> : 'Date not recorded'} by{' '}
                    {v.cancelledBy === 'patient' ? 'you' : 'the clinic'}
                    {v.reason && <> · “{v.reason}”</>}
                  </dd>
                </div>
                <div>
                  <dt>Fee</dt>
                  <dd>{v.fee ? feeLine(v.fee) : 'No fee'}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
