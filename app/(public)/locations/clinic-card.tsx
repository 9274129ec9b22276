import { PageLink } from '@/app/_components/page-link';
import { LocalTime } from '@/app/_components/local-time';
import { bookingHref } from '@/lib/clinics/booking-link';
import { SERVICE_LABEL, sortServices } from '@/lib/clinics/services';

export interface ClinicCardData {
  id: string;
  slug: string;
  name: string;
  practiceName: string;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  state: string;
  zip: string;
  phone: string;
  hours: string;
  distanceMiles?: number;
  services?: string[];
  therapists: { id: string; name: string; credentials: string }[];
  earliestSlot: { start: string; therapistId: string; therapistName: string | null; visitTypeId: string } | null;
}

/** "0.1", "3.9", "24", "2,401": a tenth of a mile only matters close by. */
const milesText = (miles: number) => (miles < 10 ? miles.toFixed(1) : Math.round(miles).toLocaleString('en-US'));

/** One clinic: where, when it is open, who works there, and the earliest first visit with a Book link. */
export function ClinicCard({
  clinic,
  evaluation,
  headingLevel = 2,
}: {
  clinic: ClinicCardData;
  evaluation: { id: string; name: string } | null;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `clinic-${clinic.slug}`;
  const slot = clinic.earliestSlot;
  return (
    <article className="card clinic-card" aria-labelledby={headingId}>
      <div className="clinic-card-head">
        <Heading id={headingId} className="h3">
          <PageLink href={`/clinics/${clinic.slug}`}>{clinic.name}</PageLink>
        </Heading>
        {clinic.distanceMiles !== undefined && (
          <span className="badge">
            {milesText(clinic.distanceMiles)} miles<span className="sr-only"> away</span>
          </span>
        )}
      </div>
      <dl className="details">
        <div>
          <dt>Address</dt>
          <dd>
            <address>
              {clinic.addressLine1}
              {clinic.addressLine2 ? `, ${clinic.addressLine2}` : ''}
              <br />
              {clinic.city}, {clinic.state} {clinic.zip}
            </address>
          </dd>
        </div>
        <div>
          <dt>Phone</dt>
          <dd>
            <a href={`tel:${clinic.phone.replace(/[^\d+]/g, '')}`}>{clinic.phone}</a>
          </dd>
        </div>
        <div>
          <dt>Hours</dt>
          <dd>
            {clinic.hours} <span className="muted">(clinic&rsquo;s local time)</span>
          </dd>
        </div>
        {clinic.services && clinic.services.length > 0 && (
          <div>
            <dt>Services</dt>
            <dd>
              {sortServices(clinic.services)
                .map((s) => SERVICE_LABEL[s])
                .join(', ')}
            </dd>
          </div>
        )}
        <div>
          <dt>Therapists</dt>
          <dd>
            {clinic.therapists.length
              ? clinic.therapists.map((t) => `${t.name}, ${t.credentials}`).join('; ')
              : 'None listed yet'}
          </dd>
        </div>
        <div>
          <dt>Earliest {evaluation?.name.toLowerCase() ?? 'first visit'}</dt>
          <dd>
            {slot ? (
              <>
                <LocalTime iso={slot.start} />
                {slot.therapistName ? ` with ${slot.therapistName}` : ''}
              </>
            ) : (
              <>
                <span className="badge">No open time in 30 days</span> Call the clinic, or join the waitlist when you book.
              </>
            )}
          </dd>
        </div>
      </dl>
      {evaluation && (
        <div className="actions">
          {slot && (
            <PageLink
              className="button"
              href={bookingHref({
                visitTypeId: slot.visitTypeId,
                clinicId: clinic.id,
                start: slot.start,
                therapistId: slot.therapistId,
              })}
            >
              Book<span className="sr-only"> the earliest time at {clinic.name}</span>
            </PageLink>
          )}
          <PageLink className="button button-secondary" href={bookingHref({ visitTypeId: evaluation.id, clinicId: clinic.id })}>
            Other times<span className="sr-only"> at {clinic.name}</span>
          </PageLink>
        </div>
      )}
    </article>
  );
}
