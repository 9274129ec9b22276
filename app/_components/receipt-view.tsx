// The printable receipt, for the patient and for their practice's admins: the clinic's details,
// the patient, the visit (its time in the viewer's zone), the amount, refunds and fees, and how it
// was paid. Print CSS (receipt.css) leaves only this on paper.
import type { Receipt } from '@/lib/payments/receipt';
import { receiptLines } from '@/lib/payments/receipt';
import { LocalTime } from './local-time';
import { PrintButton } from './print-button';
import './receipt.css';

export function ReceiptView({ receipt: r, pdfHref }: { receipt: Receipt; pdfHref: string }) {
  const lines = receiptLines(r);
  return (
    <article className="receipt card" aria-labelledby="receipt-heading">
      <header className="receipt-clinic">
        <p className="receipt-practice">{r.practice.name}</p>
        {r.clinic && (
          <address>
            {r.clinic.name}
            {r.clinic.addressLines.map((line) => (
              <span key={line}>
                <br />
                {line}
              </span>
            ))}
            <br />
            Phone <a href={`tel:${r.clinic.phone.replace(/[^\d+]/g, '')}`}>{r.clinic.phone}</a>
          </address>
        )}
      </header>
      <h1 id="receipt-heading">
        {r.method === 'CARD' ? 'Receipt' : 'Statement'} <span className="receipt-number">{r.receiptNumber}</span>
      </h1>
      <p className="muted">
        {r.method === 'CARD' ? 'Paid' : 'Insurance claim recorded'} <LocalTime iso={r.issuedAt.toISOString()} />
      </p>
      <dl className="details">
        <div>
          <dt>Receipt no.</dt>
          <dd data-testid="receipt-number">{r.receiptNumber ?? 'Not numbered'}</dd>
        </div>
        <div>
          <dt>Patient</dt>
          <dd>{r.patient.name}</dd>
        </div>
        <div>
          <dt>Visit</dt>
          <dd>
            {r.visit.typeName}
            {r.visit.virtual ? ' (video)' : ''}, <LocalTime iso={r.visit.startsAt.toISOString()} />
          </dd>
        </div>
        <div>
          <dt>Therapist</dt>
          <dd>{r.visit.therapist}</dd>
        </div>
        <div>
          <dt>Payment method</dt>
          <dd>{r.methodSummary}</dd>
        </div>
      </dl>
      <table className="receipt-lines">
        <caption className="visually-hidden">Amounts</caption>
        <tbody>
          {lines.map(([label, value], i) => (
            <tr key={`${i}-${label}`} className={label === 'Net paid' ? 'receipt-total' : undefined}>
              <th scope="row">{label}</th>
              <td className="amount">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {r.method === 'INSURANCE' && (
        <p className="muted">The clinic bills your insurer for this visit; nothing was charged online.</p>
      )}
      <div className="actions receipt-actions">
        <PrintButton />
        <a className="button button-secondary" href={pdfHref} download>
          Download PDF
        </a>
      </div>
    </article>
  );
}
