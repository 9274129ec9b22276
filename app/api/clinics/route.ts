import { endpoint } from '@/lib/http';
import { clinicsQuery, nearbyClinicsOutput } from '@/lib/clinics/schemas';
import { findNearbyClinics } from '@/lib/clinics/find-nearby-clinics';

export const dynamic = 'force-dynamic';

export const GET = endpoint({
  method: 'GET', path: '/api/clinics', tags: ['Clinics'], auth: 'public',
  summary: 'Active clinics nearest a US ZIP code (straight-line miles from the ZIP centroid, optionally within radiusMiles), '
    + 'each with address, phone, hours, therapists and the earliest open first visit in the next 30 days; '
    + 'plus the earliest video visit. Unknown ZIP → 400.',
  query: clinicsQuery,
  response: nearbyClinicsOutput,
}, ({ query }) => findNearbyClinics(query));
