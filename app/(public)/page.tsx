import { PageLink } from '@/app/_components/page-link';

export default function LandingPage() {
  return (
    <div className="stack">
      <section className="hero" aria-labelledby="hero-heading">
        <h1 id="hero-heading">Physical therapy for low back pain, near you or from home</h1>
        <p className="lead">
          Rehabit connects you with licensed physical therapists at partner clinics across the country. See a therapist in person,
          or have a video visit from your browser: no app to install.
        </p>
        <div className="actions">
          <PageLink href="/book" className="button">
            Book a visit
          </PageLink>
          <PageLink href="/signup" className="button button-secondary">
            Create an account
          </PageLink>
          <PageLink href="/signin" className="button button-secondary">
            Sign in
          </PageLink>
        </div>
      </section>

      <section className="card" aria-labelledby="conditions-heading">
        <h2 id="conditions-heading">Who it is for</h2>
        <p>Adults with low back pain, including:</p>
        <ul>
          <li>Sciatica: pain that runs from the back down one leg</li>
          <li>Muscle strains and ligament sprains</li>
          <li>Osteoarthritis of the spine</li>
          <li>Disc herniation (a &ldquo;slipped&rdquo; or bulging disc)</li>
        </ul>
        <p>
          Read about <PageLink href="/conditions/low-back-pain">low back pain that is worse lying down</PageLink>, or{' '}
          <PageLink href="/locations">find a clinic near you</PageLink>.
        </p>
      </section>

      <section aria-labelledby="how-heading">
        <h2 id="how-heading">How it works</h2>
        <ol className="grid bare">
          <li className="card">
            <h3>1. Book a time</h3>
            <p>Pick a clinic near you or a virtual visit, then choose an open slot that suits you.</p>
          </li>
          <li className="card">
            <h3>2. Pay online</h3>
            <p>Pay for the visit when you book, so there is nothing to sort out on the day.</p>
          </li>
          <li className="card">
            <h3>3. Meet your therapist</h3>
            <p>Come to the clinic, or join the video visit straight from your browser.</p>
          </li>
          <li className="card">
            <h3>4. Do your exercises</h3>
            <p>
              Follow the exercise plan your therapist sets, and note how each session went and how your pain is changing, so your
              therapist can adjust the plan.
            </p>
          </li>
        </ol>
      </section>

      <section className="card" aria-labelledby="staff-heading">
        <h2 id="staff-heading">For therapists and clinic admins</h2>
        <p>
          Therapists set their availability, see the day&rsquo;s schedule, write visit notes and build exercise plans. Clinic
          admins manage their clinics, therapists and the kinds of visits they offer. Staff accounts are set up by an admin:
          choose &ldquo;Email me a sign-in link&rdquo; and use the address your welcome email was sent to.
        </p>
        <p>
          <PageLink href="/signin">Sign in as staff</PageLink>
        </p>
      </section>
    </div>
  );
}
