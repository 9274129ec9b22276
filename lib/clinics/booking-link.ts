// The booking flow reads its choices from the URL (type, clinic, time, with); a "Book" link opens it
// with the visit type, clinic and time already chosen.
export function bookingHref(q: { visitTypeId: string; clinicId?: string | null; start?: string | null; therapistId?: string | null }): string {
  const params = new URLSearchParams({ type: q.visitTypeId });
  if (q.clinicId) params.set('clinic', q.clinicId);
  if (q.start && q.therapistId) {
    params.set('time', q.start);
    params.set('with', q.therapistId);
  }
  return `/book?${params.toString()}`;
}
