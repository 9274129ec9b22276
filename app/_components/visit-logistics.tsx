// What a patient needs before an upcoming booked visit (decision 043): where the clinic is, with
// directions, or how to join a video visit and a link to the device test; and "Add to calendar".
// One component for the booking confirmation and the visit's own page, so they cannot drift.
import Link from 'next/link';
import { OPENS_MINUTES_BEFORE_START } from '@/lib/video/join-window';
import { AddToCalendarLink, clinicAddress, DirectionsLink } from './directions-link';

export interface LogisticsClinic {
  name: string;
  addressLine1: string;
  city: string;
  state: string;
  zip: string;
}

export function VisitLogistics({
  appointmentId,
  clinic,
  describedBy,
  headingLevel,
  shownOn,
}: {
  appointmentId: string;
  /** The visit's clinic; null for a video visit. */
  clinic: LogisticsClinic | null;
  /** The id of the heading that names the visit (for "Add to calendar"). */
  describedBy: string;
  /** Of "How to join your video visit", under the page's own headings. */
  headingLevel: 2 | 3;
  /** Where the "Join video visit" button will be: this list of appointments, or this visit's page. */
  shownOn: 'appointments' | 'visit';
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      {clinic ? (
        <dl className="details">
          <div>
            <dt>Where</dt>
            <dd>
              {clinic.name}
              <br />
              <span data-testid="clinic-address">{clinicAddress(clinic)}</span>
              <br />
              <DirectionsLink clinicName={clinic.name} address={clinicAddress(clinic)} />
            </dd>
          </div>
        </dl>
      ) : (
        <div>
          <Heading>How to join your video visit</Heading>
          <ol>
            <li>
              {shownOn === 'appointments' ? (
                <>
                  From {OPENS_MINUTES_BEFORE_START} minutes before the start, a <strong>Join video visit</strong> button appears
                  on this page and on your dashboard.
                </>
              ) : (
                <>
                  From {OPENS_MINUTES_BEFORE_START} minutes before the start, this page opens the video room by itself; a{' '}
                  <strong>Join video visit</strong> button also appears on your appointments and your dashboard.
                </>
              )}
            </li>
            <li>Use a phone, tablet or computer with a camera, in a quiet place with a good connection.</li>
            <li>
              <Link href="/patient/device-test">Test your camera and microphone</Link> any time before the visit.
            </li>
          </ol>
        </div>
      )}
      <div className="actions">
        <AddToCalendarLink appointmentId={appointmentId} describedBy={describedBy} />
      </div>
    </>
  );
}
