import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { JsonLd } from '@/app/_components/json-ld';
import { findClinicPage as loadClinicPage } from '@/lib/clinics/find-clinic-page';
import { siteUrl } from '@/lib/content/site-url';
import { ClinicCard } from '../../locations/clinic-card';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };
// Metadata and page render in one request: load (and compute the earliest slot) once.
const findClinicPage = cache((slug: string) => loadClinicPage(slug));
type ClinicPage = NonNullable<Awaited<ReturnType<typeof loadClinicPage>>>['clinic'];

const describe = (c: ClinicPage) =>
  `Physical therapy for low back pain at ${c.name}, ${c.addressLine1}, ${c.city}, ${c.state}. ` +
  'See open times for a first evaluation and book online.';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findClinicPage((await params).slug);
  if (!found) return { title: 'Clinic not found' };
  const title = `${found.clinic.name}: physical therapy in ${found.clinic.city}, ${found.clinic.state}`;
  return { title, description: describe(found.clinic), openGraph: { title, description: describe(found.clinic) } };
}

function structuredData(c: ClinicPage) {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    name: c.name,
    description: describe(c),
    url: siteUrl(`/clinics/${c.slug}`),
    telephone: c.phone,
    medicalSpecialty: 'https://schema.org/Physiotherapy',
    availableService: { '@type': 'PhysicalTherapy', name: 'Physical therapy for low back pain' },
    parentOrganization: { '@type': 'MedicalOrganization', name: c.practiceName },
    address: {
      '@type': 'PostalAddress',
      streetAddress: [c.addressLine1, c.addressLine2].filter(Boolean).join(', '),
      addressLocality: c.city,
      addressRegion: c.state,
      postalCode: c.zip,
      addressCountry: 'US',
    },
    geo: { '@type': 'GeoCoordinates', latitude: c.latitude, longitude: c.longitude },
    employee: c.therapists.map((t) => ({ '@type': 'Person', name: t.name, jobTitle: `Physical therapist (${t.credentials})` })),
  };
}

export default async function ClinicPageView({ params }: Props) {
  const found = await findClinicPage((await params).slug);
  if (!found) notFound();
  const { clinic, evaluationVisitType } = found;
  return (
    <div className="stack">
      <JsonLd data={structuredData(clinic)} />
      <div>
        <p className="muted">
          <Link href="/locations">All clinics</Link>
        </p>
        <h1>{clinic.name}</h1>
        <p className="lead">
          Physical therapy for low back pain in {clinic.city}, {clinic.state}. Part of {clinic.practiceName}.
        </p>
      </div>
      <ClinicCard clinic={clinic} evaluation={evaluationVisitType} />
      {clinic.therapists.length > 0 && (
        <section aria-labelledby="team-heading">
          <h2 id="team-heading">Our therapists</h2>
          <ul className="grid bare">
            {clinic.therapists.map((t) => (
              <li key={t.id} className="card">
                <h3>
                  {t.name}, {t.credentials}
                </h3>
                {t.specialties.length > 0 && <p className="muted">{t.specialties.join(' · ')}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        Not sure it is the right place to start? Read about{' '}
        <Link href="/conditions/low-back-pain">low back pain that is worse lying down</Link>.
      </p>
    </div>
  );
}
