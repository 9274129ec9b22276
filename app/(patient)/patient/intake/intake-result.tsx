'use client';

// What the intake means, as the server decided it: a calm, clear urgent-care message after any red
// flag (and no video visit), otherwise the suggested kind of visit and the way on to booking.
import Link from 'next/link';
import { useEffect, useRef } from 'react';

export interface SubmittedIntake {
  id: string;
  urgent: boolean;
  redFlags: string[];
  suggestedModality: 'IN_CLINIC' | 'VIRTUAL' | null;
  suggestionReasons: string[];
  oswestryScore: number | null;
}

export function IntakeResult({
  intake,
  next,
  virtualHref,
}: {
  intake: SubmittedIntake;
  next: string | null;
  virtualHref: string;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  if (intake.urgent) {
    return (
      <section className="card urgent-care" aria-labelledby="urgent-heading">
        <h2 id="urgent-heading" ref={heading} tabIndex={-1}>
          Please get medical care today
        </h2>
        <p>
          Thank you for telling us. Some of your answers, together with back pain, can be a sign of a problem that a doctor needs
          to check quickly, such as pressure on the nerves at the base of the spine, an infection or a fracture. Often it turns
          out to be less serious, but it should not wait.
        </p>
        <ul>
          <li>
            <strong>Call 911 or go to the nearest emergency department now</strong> if you have new loss of bladder or bowel
            control, numbness between your legs, leg weakness that is getting worse, or you feel very unwell.
          </li>
          <li>
            <strong>Otherwise, contact your doctor today.</strong> If you cannot reach them, go to an urgent care center.
          </li>
        </ul>
        <p>
          A video visit is not offered for now, because these signs need an in-person examination. We have saved your answers for
          your physical therapist.
        </p>
        <p>
          When a doctor has checked you and says physical therapy is right for you, you can{' '}
          <Link href="/locations">book an evaluation at a clinic</Link>.
        </p>
      </section>
    );
  }

  const clinic = intake.suggestedModality === 'IN_CLINIC';
  const continueHref = next ?? (clinic ? '/locations' : virtualHref);
  return (
    <section className="card notice-success intake-done" aria-labelledby="done-heading">
      <h2 id="done-heading" ref={heading} tabIndex={-1}>
        Thank you: your answers are saved for your therapist
      </h2>
      <p>
        <strong>We suggest {clinic ? 'an evaluation at a clinic' : 'starting with a video visit'}.</strong>{' '}
        {clinic ? '' : 'Most people with low back pain can be assessed and given a plan by video, from home.'}
      </p>
      {intake.suggestionReasons.length > 0 && (
        <ul>
          {intake.suggestionReasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {intake.oswestryScore !== null && (
        <p>Your Oswestry score today: {intake.oswestryScore} %. Your therapist will track it with you.</p>
      )}
      <div className="actions">
        <Link href={continueHref} className="button">
          Continue to booking
        </Link>
        {next && clinic && (
          <Link href="/locations" className="button button-secondary">
            Find a clinic near you
          </Link>
        )}
      </div>
    </section>
  );
}
