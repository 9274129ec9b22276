// "Directions" to a clinic: a maps search for its address (any maps app opens such a link), in a
// new tab, and says so to screen readers (the visible words stay in the accessible name).
export function clinicAddress(c: { addressLine1: string; city: string; state: string; zip: string }): string {
  return `${c.addressLine1}, ${c.city}, ${c.state} ${c.zip}`;
}

export function mapsSearchUrl(address: string): string {
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(address)}`;
}

export function DirectionsLink({ clinicName, address }: { clinicName: string; address: string }) {
  return (
    <a href={mapsSearchUrl(address)} target="_blank" rel="noopener noreferrer">
      Directions<span className="sr-only"> to {clinicName} (opens Google Maps in a new tab)</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}

/** The "Add to calendar" download of one booked visit (GET /api/appointments/{id}/calendar). */
export function AddToCalendarLink({ appointmentId, describedBy }: { appointmentId: string; describedBy?: string }) {
  return (
    <a
      href={`/api/appointments/${encodeURIComponent(appointmentId)}/calendar`}
      download
      className="button button-secondary"
      aria-describedby={describedBy}
    >
      Add to calendar (.ics)
    </a>
  );
}
