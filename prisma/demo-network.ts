// The demo network: three partner practices, twelve clinics in four US time zones.
// Addresses are real-looking; phone numbers use the 555-01xx range reserved for fiction.
import type { ClinicSeed } from './factories';

export interface DemoPractice {
  slug: string;
  name: string;
  brand: string;
  clinics: (ClinicSeed & { slug: string; name: string })[];
}

const WEEKDAYS = 'Mon–Fri 7:00 am–7:00 pm, Sat 8:00 am–12:00 pm';

export const DEMO_PRACTICES: DemoPractice[] = [
  {
    slug: 'harbor-pt',
    name: 'Harbor Physical Therapy',
    brand: 'Harbor PT',
    clinics: [
      {
        services: ['orthopedic-care', 'spine-care', 'dry-needling', 'myofascial-release', 'soft-tissue-mobilization'],
        slug: 'harbor-chelsea',
        name: 'Harbor PT — Chelsea',
        addressLine1: '236 W 27th St',
        addressLine2: 'Suite 400',
        city: 'New York',
        state: 'NY',
        zip: '10001',
        latitude: 40.7472,
        longitude: -73.9945,
        timezone: 'America/New_York',
        phone: '(212) 555-0142',
        hours: WEEKDAYS,
      },
      {
        slug: 'harbor-brooklyn-heights',
        name: 'Harbor PT — Brooklyn Heights',
        addressLine1: '75 Court St',
        addressLine2: 'Floor 3',
        city: 'Brooklyn',
        state: 'NY',
        zip: '11201',
        latitude: 40.6928,
        longitude: -73.9903,
        timezone: 'America/New_York',
        phone: '(718) 555-0117',
        hours: WEEKDAYS,
      },
      {
        services: ['orthopedic-care', 'spine-care', 'aquatic-therapy', 'instrument-assisted-manual-therapy'],
        slug: 'harbor-back-bay',
        name: 'Harbor PT — Back Bay',
        addressLine1: '500 Boylston St',
        addressLine2: 'Suite 210',
        city: 'Boston',
        state: 'MA',
        zip: '02116',
        latitude: 42.3502,
        longitude: -71.0726,
        timezone: 'America/New_York',
        phone: '(617) 555-0163',
        hours: 'Mon–Fri 7:00 am–6:00 pm',
      },
      {
        slug: 'harbor-center-city',
        name: 'Harbor PT — Center City',
        addressLine1: '1818 Market St',
        addressLine2: 'Suite 120',
        city: 'Philadelphia',
        state: 'PA',
        zip: '19103',
        latitude: 39.9533,
        longitude: -75.171,
        timezone: 'America/New_York',
        phone: '(215) 555-0128',
        hours: WEEKDAYS,
      },
    ],
  },
  {
    slug: 'prairie-motion',
    name: 'Prairie Motion Physical Therapy',
    brand: 'Prairie Motion',
    clinics: [
      {
        services: ['orthopedic-care', 'spine-care', 'dry-needling', 'instrument-assisted-manual-therapy'],
        slug: 'prairie-streeterville',
        name: 'Prairie Motion — Streeterville',
        addressLine1: '680 N Lake Shore Dr',
        addressLine2: 'Suite 500',
        city: 'Chicago',
        state: 'IL',
        zip: '60611',
        latitude: 41.8942,
        longitude: -87.6166,
        timezone: 'America/Chicago',
        phone: '(312) 555-0191',
        hours: WEEKDAYS,
      },
      {
        services: ['orthopedic-care', 'spine-care', 'aquatic-therapy', 'myofascial-release'],
        slug: 'prairie-evanston',
        name: 'Prairie Motion — Evanston',
        addressLine1: '1603 Orrington Ave',
        addressLine2: 'Suite 150',
        city: 'Evanston',
        state: 'IL',
        zip: '60201',
        latitude: 42.0471,
        longitude: -87.6804,
        timezone: 'America/Chicago',
        phone: '(847) 555-0134',
        hours: 'Mon–Fri 7:30 am–6:30 pm',
      },
      {
        slug: 'prairie-downtown-austin',
        name: 'Prairie Motion — Downtown Austin',
        addressLine1: '600 Congress Ave',
        addressLine2: 'Suite 300',
        city: 'Austin',
        state: 'TX',
        zip: '78701',
        latitude: 30.2689,
        longitude: -97.7426,
        timezone: 'America/Chicago',
        phone: '(512) 555-0176',
        hours: WEEKDAYS,
      },
      {
        slug: 'prairie-minneapolis',
        name: 'Prairie Motion — Minneapolis',
        addressLine1: '80 S 8th St',
        addressLine2: 'Suite 220',
        city: 'Minneapolis',
        state: 'MN',
        zip: '55402',
        latitude: 44.9752,
        longitude: -93.2712,
        timezone: 'America/Chicago',
        phone: '(612) 555-0155',
        hours: 'Mon–Fri 7:00 am–6:00 pm',
      },
    ],
  },
  {
    slug: 'summit-spine',
    name: 'Summit Spine & Sport',
    brand: 'Summit Spine & Sport',
    clinics: [
      {
        slug: 'summit-lodo',
        name: 'Summit Spine & Sport — LoDo',
        addressLine1: '1600 Wynkoop St',
        addressLine2: 'Suite 100',
        city: 'Denver',
        state: 'CO',
        zip: '80202',
        latitude: 39.753,
        longitude: -105.0,
        timezone: 'America/Denver',
        phone: '(303) 555-0149',
        hours: WEEKDAYS,
      },
      {
        services: ['orthopedic-care', 'spine-care', 'aquatic-therapy', 'soft-tissue-mobilization'],
        slug: 'summit-phoenix',
        name: 'Summit Spine & Sport — Phoenix',
        addressLine1: '2 N Central Ave',
        addressLine2: 'Suite 180',
        city: 'Phoenix',
        state: 'AZ',
        zip: '85004',
        latitude: 33.4484,
        longitude: -112.074,
        timezone: 'America/Phoenix',
        phone: '(602) 555-0112',
        hours: 'Mon–Fri 6:30 am–5:30 pm',
      },
      {
        slug: 'summit-seattle',
        name: 'Summit Spine & Sport — Seattle',
        addressLine1: '1420 5th Ave',
        addressLine2: 'Suite 200',
        city: 'Seattle',
        state: 'WA',
        zip: '98101',
        latitude: 47.6105,
        longitude: -122.3355,
        timezone: 'America/Los_Angeles',
        phone: '(206) 555-0187',
        hours: WEEKDAYS,
      },
      {
        services: ['orthopedic-care', 'spine-care', 'dry-needling', 'myofascial-release', 'instrument-assisted-manual-therapy'],
        slug: 'summit-soma',
        name: 'Summit Spine & Sport — SoMa',
        addressLine1: '1155 Market St',
        addressLine2: 'Floor 2',
        city: 'San Francisco',
        state: 'CA',
        zip: '94103',
        latitude: 37.7786,
        longitude: -122.4138,
        timezone: 'America/Los_Angeles',
        phone: '(415) 555-0168',
        hours: 'Mon–Fri 7:00 am–7:00 pm',
      },
    ],
  },
];

export interface DemoTherapist {
  n: number;
  name: string;
  clinicSlug: string;
  offersVirtual: boolean;
  specialties: string[];
  bio: string;
}

/**
 * Where each demo therapist may treat by video (decision 024): a license in their clinic's state,
 * a few in neighbouring states, and PT Compact privileges for those whose home state is in the
 * compact. Omar's California license is the one that runs out soonest.
 */
export const DEMO_LICENSES: Record<
  number,
  { state: string; kind: 'LICENSE' | 'COMPACT_PRIVILEGE'; number: string; expiresOn: string }[]
> = {
  1: [
    { state: 'NY', kind: 'LICENSE', number: '031874', expiresOn: '2028-01-31' },
    { state: 'NJ', kind: 'LICENSE', number: '40QA01982300', expiresOn: '2028-01-31' },
  ],
  2: [{ state: 'NY', kind: 'LICENSE', number: '029911', expiresOn: '2027-09-30' }],
  3: [
    { state: 'MA', kind: 'LICENSE', number: 'PT-0219384', expiresOn: '2028-06-30' },
    { state: 'NH', kind: 'LICENSE', number: '3312', expiresOn: '2027-12-31' },
    { state: 'RI', kind: 'LICENSE', number: 'PT01877', expiresOn: '2028-05-31' },
  ],
  4: [{ state: 'PA', kind: 'LICENSE', number: 'PT024411', expiresOn: '2028-12-31' }],
  5: [
    { state: 'IL', kind: 'LICENSE', number: '070.018845', expiresOn: '2028-09-30' },
    { state: 'WI', kind: 'LICENSE', number: '15022-24', expiresOn: '2027-05-31' },
    { state: 'IN', kind: 'LICENSE', number: '05011873A', expiresOn: '2028-06-30' },
  ],
  6: [
    { state: 'TX', kind: 'LICENSE', number: '1289034', expiresOn: '2028-03-31' },
    { state: 'OK', kind: 'COMPACT_PRIVILEGE', number: 'PTC-OK-11872', expiresOn: '2028-03-31' },
    { state: 'LA', kind: 'COMPACT_PRIVILEGE', number: 'PTC-LA-20931', expiresOn: '2028-03-31' },
  ],
  7: [{ state: 'MN', kind: 'LICENSE', number: '8841', expiresOn: '2028-02-28' }],
  8: [
    { state: 'CO', kind: 'LICENSE', number: 'PTL.0017722', expiresOn: '2028-10-31' },
    { state: 'UT', kind: 'COMPACT_PRIVILEGE', number: 'PTC-UT-44021', expiresOn: '2028-10-31' },
    { state: 'MT', kind: 'COMPACT_PRIVILEGE', number: 'PTC-MT-39014', expiresOn: '2028-10-31' },
    { state: 'WY', kind: 'COMPACT_PRIVILEGE', number: 'PTC-WY-10288', expiresOn: '2028-10-31' },
  ],
  9: [{ state: 'AZ', kind: 'LICENSE', number: 'PT-012004', expiresOn: '2028-08-31' }],
  10: [
    { state: 'WA', kind: 'LICENSE', number: 'PT60712288', expiresOn: '2028-07-31' },
    { state: 'OR', kind: 'COMPACT_PRIVILEGE', number: 'PTC-OR-77310', expiresOn: '2028-07-31' },
    { state: 'CA', kind: 'LICENSE', number: 'PT 298144', expiresOn: '2027-07-31' },
  ],
};

export const DEMO_THERAPISTS: DemoTherapist[] = [
  {
    n: 1,
    name: 'Maya Chen',
    clinicSlug: 'harbor-chelsea',
    offersVirtual: true,
    specialties: ['Low back pain', 'Sciatica', 'Disc herniation'],
    bio: 'Spine specialist who helps people with back and leg pain get back to work and sleep.',
  },
  {
    n: 2,
    name: 'Daniel Okafor',
    clinicSlug: 'harbor-brooklyn-heights',
    offersVirtual: false,
    specialties: ['Sports injuries', 'Muscle strains'],
    bio: 'Works with runners and weekend athletes on strains and return to sport.',
  },
  {
    n: 3,
    name: 'Priya Raman',
    clinicSlug: 'harbor-back-bay',
    offersVirtual: true,
    specialties: ['Osteoarthritis', 'Older adults', 'Balance'],
    bio: 'Helps older adults with arthritis stay strong and move with confidence.',
  },
  {
    n: 4,
    name: 'Luis Herrera',
    clinicSlug: 'harbor-center-city',
    offersVirtual: false,
    specialties: ['Post-surgical rehab', 'Spine'],
    bio: 'Guides recovery after spine and hip surgery.',
  },
  {
    n: 5,
    name: 'Hannah Brooks',
    clinicSlug: 'prairie-streeterville',
    offersVirtual: true,
    specialties: ['Low back pain', 'Pregnancy-related pain'],
    bio: 'Treats back and pelvic pain during and after pregnancy.',
  },
  {
    n: 6,
    name: 'Marcus Webb',
    clinicSlug: 'prairie-downtown-austin',
    offersVirtual: true,
    specialties: ['Sciatica', 'Manual therapy'],
    bio: 'Combines hands-on care with a clear home program.',
  },
  {
    n: 7,
    name: 'Sofia Lindqvist',
    clinicSlug: 'prairie-minneapolis',
    offersVirtual: false,
    specialties: ['Muscle strains', 'Ergonomics'],
    bio: 'Helps desk workers fix the habits behind recurring back pain.',
  },
  {
    n: 8,
    name: 'Aiden Nakamura',
    clinicSlug: 'summit-lodo',
    offersVirtual: true,
    specialties: ['Disc herniation', 'Sports injuries'],
    bio: 'Former collegiate athlete focused on disc-related back pain.',
  },
  {
    n: 9,
    name: 'Grace Whitfield',
    clinicSlug: 'summit-phoenix',
    offersVirtual: false,
    specialties: ['Osteoarthritis', 'Aquatic therapy'],
    bio: 'Uses pool and land exercise for arthritic backs and hips.',
  },
  {
    n: 10,
    name: 'Omar Haddad',
    clinicSlug: 'summit-seattle',
    offersVirtual: true,
    specialties: ['Low back pain', 'Chronic pain'],
    bio: 'Helps people with long-standing pain build activity step by step.',
  },
];

export const DEMO_PATIENTS = [
  { n: 1, name: 'Jordan Miller', dateOfBirth: '1982-03-14', phone: '(212) 555-0190', clinicSlug: 'harbor-chelsea' },
  { n: 2, name: 'Alex Rivera', dateOfBirth: '1975-11-02', phone: '(312) 555-0104', clinicSlug: 'prairie-streeterville' },
  { n: 3, name: 'Sam Patel', dateOfBirth: '1990-07-21', phone: '(303) 555-0120', clinicSlug: 'summit-lodo' },
  { n: 4, name: 'Taylor Brooks', dateOfBirth: '1968-01-30', phone: null, clinicSlug: null },
];

export const DEMO_VISIT_TYPES = [
  {
    slug: 'initial-evaluation',
    name: 'Initial evaluation',
    durationMinutes: 60,
    priceCents: 15000,
    modality: 'IN_CLINIC' as const,
    bufferAfterMinutes: 15,
    lateCancellationFeeCents: 5000,
    description: 'A full assessment with a physical therapist: history, movement and strength tests, a diagnosis and a plan.',
  },
  {
    slug: 'follow-up',
    name: 'Follow-up',
    durationMinutes: 30,
    priceCents: 9000,
    modality: 'IN_CLINIC' as const,
    patientMayBookSeries: true,
    lateCancellationFeeCents: 4000,
    description: 'Hands-on treatment and progression of your exercise plan at the clinic.',
  },
  {
    slug: 'virtual-initial-evaluation',
    name: 'Virtual initial evaluation',
    durationMinutes: 60,
    priceCents: 12000,
    modality: 'VIRTUAL' as const,
    bufferAfterMinutes: 15,
    lateCancellationFeeCents: 5000,
    description:
      'Your first visit by video, for people not close to a clinic: history, guided movement tests, a diagnosis and a home plan. ' +
      'Only with a therapist licensed in the state you are in during the visit.',
  },
  {
    slug: 'virtual-follow-up',
    name: 'Virtual follow-up',
    durationMinutes: 30,
    priceCents: 7500,
    modality: 'VIRTUAL' as const,
    patientMayBookSeries: true,
    minNoticeMinutes: 120,
    lateCancellationFeeCents: 3000,
    description: 'A video visit from home: review your exercises, adjust the plan, answer questions.',
  },
];
