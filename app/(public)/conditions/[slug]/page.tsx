import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/app/_components/json-ld';
import { findCondition, serviceLinks, type ConditionPage } from '@/lib/content/conditions';
import { siteUrl } from '@/lib/content/site-url';
import { findFirstVisitType } from '@/lib/clinics/earliest-slots';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const condition = findCondition((await params).slug);
  if (!condition) return { title: 'Condition not found' };
  return {
    title: condition.title,
    description: condition.description,
    openGraph: { title: condition.title, description: condition.description, type: 'article' },
  };
}

function structuredData(c: ConditionPage) {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: c.title,
    description: c.description,
    url: siteUrl(`/conditions/${c.slug}`),
    dateModified: c.updatedOn,
    ...(c.review ? { lastReviewed: c.review.on, reviewedBy: { '@type': 'Person', name: c.review.by } } : {}),
    audience: { '@type': 'PeopleAudience', audienceType: 'Patient' },
    citation: c.sources.map((s) => ({ '@type': 'CreativeWork', name: s.name, url: s.url })),
    about: {
      '@type': 'MedicalCondition',
      name: c.name,
      associatedAnatomy: { '@type': 'AnatomicalStructure', name: 'Lumbar spine' },
      possibleTreatment: { '@type': 'PhysicalTherapy', name: 'Physical therapy: strengthening, stretching and hands-on therapy' },
      differentialDiagnosis: c.causes.map((cause) => ({
        '@type': 'DDxElement',
        diagnosis: { '@type': 'MedicalCondition', name: cause.name, description: cause.summary },
        distinguishingSign: cause.symptoms.map((s) => ({ '@type': 'MedicalSymptom', name: s })),
      })),
    },
  };
}

function CallToAction({ virtualHref }: { virtualHref: string }) {
  return (
    <div className="actions">
      <Link href="/locations" className="button">
        Book an evaluation near you
      </Link>
      <Link href={virtualHref} className="button button-secondary">
        Start with a virtual visit
      </Link>
    </div>
  );
}

export default async function ConditionPageView({ params }: Props) {
  const condition = findCondition((await params).slug);
  if (!condition) notFound();
  const virtual = await findFirstVisitType('VIRTUAL');
  const virtualHref = virtual ? `/book?type=${encodeURIComponent(virtual.id)}` : '/book';
  return (
    <article className="stack condition-page" aria-labelledby="condition-heading">
      <JsonLd data={structuredData(condition)} />
      <header>
        <p className="muted">
          <Link href="/conditions">Conditions we treat</Link>
        </p>
        <h1 id="condition-heading">{condition.name}</h1>
        {condition.intro.map((p) => (
          <p key={p} className="lead">
            {p}
          </p>
        ))}
        <CallToAction virtualHref={virtualHref} />
      </header>

      <section className="card" aria-labelledby="why-heading">
        <h2 id="why-heading">{condition.whyItHappens.heading}</h2>
        {condition.whyItHappens.paragraphs.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </section>

      <section aria-labelledby="causes-heading" className="stack">
        <h2 id="causes-heading">Common causes</h2>
        {condition.causes.map((cause) => (
          <section key={cause.slug} id={cause.slug} className="card" aria-labelledby={`${cause.slug}-heading`}>
            <h3 id={`${cause.slug}-heading`}>{cause.name}</h3>
            <p>{cause.summary}</p>
            <h4>Symptoms</h4>
            <ul>
              {cause.symptoms.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
            <h4>What physical therapy does</h4>
            <dl className="details">
              <div>
                <dt>Strengthening exercises</dt>
                <dd>{cause.therapy.strengthening}</dd>
              </div>
              <div>
                <dt>Stretching routines</dt>
                <dd>{cause.therapy.stretching}</dd>
              </div>
              <div>
                <dt>Hands-on therapy</dt>
                <dd>{cause.therapy.handsOn}</dd>
              </div>
            </dl>
            <h4 id={`${cause.slug}-services`}>Treatments for this at our clinics</h4>
            <ul className="plain-list" aria-labelledby={`${cause.slug}-services`}>
              {serviceLinks(cause).map((link) => (
                <li key={link.href}>
                  <Link href={link.href}>{link.label}</Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>

      <section className="card urgent-signs" aria-labelledby="urgent-heading">
        <h2 id="urgent-heading">When to see a doctor urgently</h2>
        <p>
          Get medical care the same day (call 911 or go to an emergency department if the symptoms are severe or came on suddenly)
          if you have back pain with any of these:
        </p>
        <ul>
          {condition.seeADoctorUrgently.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        <p>See a doctor within a few days, before starting physical therapy, if you have:</p>
        <ul>
          {condition.seeADoctorSoon.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="selfcare-heading">
        <h2 id="selfcare-heading">What you can do tonight</h2>
        <ul>
          {condition.selfCare.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="cta-heading" className="card">
        <h2 id="cta-heading">Get a plan from a physical therapist</h2>
        <p>
          A licensed physical therapist will ask about your pain, test how you move, explain what is going on and give you a plan
          of exercises. Most people can start with a video visit; if your therapist needs to examine you in person, we will book
          you at a clinic.
        </p>
        <CallToAction virtualHref={virtualHref} />
      </section>

      <footer className="muted small">
        <p>
          This page is general information, not a diagnosis. Written by Rehabit in plain language and checked against{' '}
          {condition.sources.map((s, i) => (
            <span key={s.url}>
              {i > 0 ? ' and ' : ''}
              <a href={s.url}>{s.name}</a>
            </span>
          ))}
          . {condition.review ? `Clinically reviewed by ${condition.review.by} on ${condition.review.on}.` : ''} Last updated{' '}
          <time dateTime={condition.updatedOn}>
            {new Date(`${condition.updatedOn}T12:00:00Z`).toLocaleDateString('en-US', {
              month: 'long',
              day: 'numeric',
              year: 'numeric',
              timeZone: 'UTC',
            })}
          </time>
          .
        </p>
      </footer>
    </article>
  );
}
