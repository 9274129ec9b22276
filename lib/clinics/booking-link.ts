// The booking flow reads its choices from the URL (type, clinic, state, therapist, time, with); a
// "Book" link opens it with the visit type, clinic (or the patient's state for video), therapist
// and time already chosen, on that time's week.
export function bookingHref(q: {
  visitTypeId: string;
  clinicId?: string | null;
  start?: string | null;
  therapistId?: string | null;
  patientState?: string | null;
}): string {
  const params = new URLSearchParams({ type: q.visitTypeId });
  if (q.clinicId) params.set('clinic', q.clinicId);
  if (q.patientState) params.set('state', q.patientState);
  if (q.start && q.therapistId) {
    // The therapist too: the time shown is theirs, so the page should not say "First available".
    params.set('therapist', q.therapistId);
    params.set('time', q.start);
    params.set('with', q.therapistId);
  }
  return `/book?${params.toString()}`;
}
