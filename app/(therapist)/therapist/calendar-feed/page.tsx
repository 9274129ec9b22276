import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/guards';
import { calendarFeedIsOn } from '@/lib/calendar-feed/manage-calendar-feed';
import { FEED_DAYS_AHEAD, FEED_DAYS_BACK } from '@/lib/calendar-feed/load-calendar-feed';
import { CalendarFeedControls } from './calendar-feed-controls';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Calendar feed' };

export default async function CalendarFeedPage() {
  // The layout guards too, but pages and layouts render in parallel: the page checks for itself.
  const user = await requireRole('THERAPIST', '/therapist/calendar-feed');
  const isOn = await calendarFeedIsOn(user);
  return (
    <div className="stack">
      <div>
        <h1>Calendar feed</h1>
        <p className="lead">
          See your Rehabit visits in Google Calendar, Apple Calendar or Outlook. Your calendar app subscribes to a private link
          and refreshes it on its own (usually within a few hours).
        </p>
      </div>
      <section className="card" aria-labelledby="feed-link-heading">
        <h2 id="feed-link-heading">Your private link</h2>
        <CalendarFeedControls initiallyOn={isOn} />
      </section>
      <section className="card" aria-labelledby="feed-what-heading">
        <h2 id="feed-what-heading">What the feed holds</h2>
        <ul>
          <li>
            Your booked, completed and missed visits from {FEED_DAYS_BACK} days ago to {FEED_DAYS_AHEAD} days ahead, at their
            times in your time zone.
          </li>
          <li>
            Each visit shows the visit type and the patient&rsquo;s first name and last initial only, the clinic address or
            &ldquo;Virtual visit&rdquo;, and a link back to Rehabit. No notes or contact details leave Rehabit.
          </li>
          <li>A cancelled visit disappears at the next refresh. Visits are changed in Rehabit, not in your calendar app.</li>
        </ul>
      </section>
      <section className="card" aria-labelledby="feed-how-heading">
        <h2 id="feed-how-heading">How to subscribe</h2>
        <h3>Google Calendar</h3>
        <ol className="steps">
          <li>On a computer, open Google Calendar.</li>
          <li>
            Next to &ldquo;Other calendars&rdquo;, choose <strong>+</strong>, then <strong>From URL</strong>.
          </li>
          <li>
            Paste your link and choose <strong>Add calendar</strong>.
          </li>
        </ol>
        <h3>Apple Calendar (Mac, iPhone, iPad)</h3>
        <ol className="steps">
          <li>
            On a Mac: <strong>File</strong> → <strong>New Calendar Subscription</strong>. On an iPhone or iPad: Settings →
            Calendar → Accounts → Add Account → Other → <strong>Add Subscribed Calendar</strong>.
          </li>
          <li>
            Paste your link, then choose <strong>Subscribe</strong> (or Next).
          </li>
        </ol>
        <h3>Outlook</h3>
        <ol className="steps">
          <li>
            In Outlook on the web, open Calendar and choose <strong>Add calendar</strong>.
          </li>
          <li>
            Choose <strong>Subscribe from web</strong>, paste your link, name it and choose <strong>Import</strong>.
          </li>
        </ol>
        <p>
          Anyone who has the link can see these visits. If it was shared by mistake, replace it above: the old link stops working
          at once, and you subscribe again with the new one.
        </p>
      </section>
    </div>
  );
}
