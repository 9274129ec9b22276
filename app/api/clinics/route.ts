import { endpoint } from '@/lib/http';
import { clinicsQuery, nearbyClinicsOutput } from '@/lib/clinics/schemas';
import { findNearbyClinics } from '@/lib/clinics/find-nearby-clinics';

export const dynamic = 'force-dynamic';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/clinics',
    tags: ['Clinics'],
    auth: 'public',
    summary:
      'Active clinics within radiusMiles (default 50, straight-line from the ZIP centroid) of a US ZIP code, nearest first, ' +
      'those with an open first visit in the next 30 days before those without (bookable: false); each with address, phone, ' +
      'hours, bookable therapists and that earliest time; plus the earliest virtual evaluation with a therapist licensed in ' +
      "the ZIP's state. Unknown ZIP → 400.",
    query: clinicsQuery,
    response: nearbyClinicsOutput,
  },
  ({ query }) => findNearbyClinics(query),
);
