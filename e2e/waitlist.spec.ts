import {
  expect,
  expectAccessible,
  latestMailTo,
  showFirstDayWithTimes,
  signInWithPassword,
  test,
  verifyEmailFromCatcher,
} from './fixtures';
import { submitClearIntake } from './intake';

// patient4 (Taylor Brooks) and Omar Haddad (Summit Spine & Sport — Seattle, Mon–Fri 08–12 and
// 13–17 Pacific) appear in no other spec. A freshly signed-up patient books and cancels one of
// Omar's times, and the app's job worker offers it to the patient on the waitlist.
const PATIENT = 'patient4@rehabit.test';
const CLINIC = 'Summit Spine & Sport — Seattle';
const THERAPIST = 'Omar Haddad';
const OFFER_SUBJECT = 'An earlier appointment is available';
const DAY = 24 * 60 * 60_000;

test.use({ timezoneId: 'America/Los_Angeles', locale: 'en-US' });

test('a patient joins the waitlist, is offered a freed time by email and books it', async ({
  page,
  loginAs,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await loginAs(PATIENT);

  await test.step('join the waitlist from the booking flow', async () => {
    await page.goto('/book');
    await page.getByRole('radio', { name: 'Follow-up', exact: true }).press('Space');
    await expect(page.getByRole('radio', { name: 'Follow-up', exact: true })).toBeChecked();
    await page.getByLabel('Clinic', { exact: true }).selectOption({ label: CLINIC });
    const omar = page.getByRole('radio', { name: THERAPIST, exact: true });
    await omar.click();
    await expect(omar).toBeChecked();
    await showFirstDayWithTimes(page.getByRole('region', { name: 'Pick a day and time' }));

    const toggle = page.getByRole('button', { name: 'No time that suits you? Join the waitlist' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const until = page.getByLabel('Tell me about an earlier opening until');
    const twoWeeks = new Date(Date.now() + 14 * DAY).toLocaleDateString('en-CA', { timeZone: 'America/Los_Angeles' });
    await expect(until).toHaveValue(twoWeeks);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Add me to the waitlist' }).click();
    await expect(
      page.getByText('You’re on the waitlist. If an earlier time opens, we’ll email you and hold it for 15 minutes.'),
    ).toBeVisible();

    const { entries } = (await (await page.request.get('/api/waitlist')).json()) as { entries: { status: string }[] };
    expect(entries).toHaveLength(1);
    expect(entries[0]!.status).toBe('ACTIVE');
  });

  await test.step('another patient books one of Omar’s times and cancels it', async () => {
    const other = await playwright.request.newContext({ baseURL });
    try {
      const email = `waitlist-e2e-${Date.now()}@rehabit.test`;
      const password = 'waitlist-e2e-password';
      // An address of its own, so this sign-up counts against no other spec's rate limit.
      const signUp = await other.post('/api/signup', {
        data: { name: 'Riley Waitlist', email, password, dateOfBirth: '1985-06-15' },
        headers: { 'x-forwarded-for': '203.0.113.140' },
      });
      expect(signUp.status(), await signUp.text()).toBe(201);
      await verifyEmailFromCatcher(other, email); // before a first booking (decision 045)
      expect((await signInWithPassword(other, email, password)).status()).toBe(200);
      await submitClearIntake(other); // a new patient's intake comes before their first booking

      const { visitTypes } = (await (await other.get('/api/visit-types')).json()) as {
        visitTypes: { id: string; name: string }[];
      };
      const followUp = visitTypes.find((v) => v.name === 'Follow-up')!;
      const { therapists } = (await (await other.get('/api/therapists')).json()) as {
        therapists: { id: string; name: string; clinic: { id: string } | null }[];
      };
      const therapist = therapists.find((t) => t.name === THERAPIST)!;
      // At least a day ahead and well inside patient4's two weeks.
      const from = new Date(Date.now() + DAY + 60 * 60_000);
      const query = new URLSearchParams({
        visitTypeId: followUp.id,
        therapistId: therapist.id,
        clinicId: therapist.clinic!.id,
        from: from.toISOString(),
        to: new Date(from.getTime() + 10 * DAY).toISOString(),
      });
      const { slots } = (await (await other.get(`/api/slots?${query}`)).json()) as { slots: { start: string }[] };
      expect(slots.length).toBeGreaterThan(0);

      const booked = await other.post('/api/appointments', {
        data: {
          visitTypeId: followUp.id,
          therapistId: therapist.id,
          clinicId: therapist.clinic!.id,
          start: slots[0]!.start,
          payment: { method: 'insurance', payer: 'Aetna', memberId: 'W100200300' },
        },
      });
      expect(booked.status(), await booked.text()).toBe(201);
      const { id } = (await booked.json()) as { id: string };
      const cancelled = await other.post(`/api/appointments/${id}/cancel`, { data: { reason: 'Something came up at work.' } });
      expect(cancelled.status(), await cancelled.text()).toBe(200);
    } finally {
      await other.dispose();
    }
  });

  const offerPath = await test.step('the offer arrives by email', async () => {
    // Sent by a background job: give it a while.
    await expect
      .poll(async () => (await latestMailTo(page.request, PATIENT).catch(() => null))?.subject ?? '', {
        timeout: 40_000,
        intervals: [500, 1000, 2000],
      })
      .toContain(OFFER_SUBJECT);
    const mail = await latestMailTo(page.request, PATIENT);
    const path = /\/waitlist\/offers\/[\w-]+/.exec(mail.text)?.[0];
    expect(path, mail.text).toBeTruthy();
    return path!;
  });

  await test.step('take the held time from the offer page', async () => {
    await page.goto(offerPath);
    await expect(page.getByRole('heading', { level: 1, name: 'An earlier time is available' })).toBeVisible();
    await expect(page.getByText(/Held for you until \d{1,2}:\d{2}\s[AP]M\./)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 })).toContainText(/^Follow-up, .+ (PST|PDT)$/);
    await expect(page.getByText(THERAPIST)).toBeVisible();
    await expect(page.getByText(CLINIC, { exact: false })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Book this time' }).click();
    // Follow-up is a paid visit: the held time goes through checkout like any paid booking.
    await expect(page).toHaveURL(/\/pay\/test\/cs_\w+$/);
    await page.getByRole('button', { name: /^Pay \$[\d.]+ \(test\)$/ }).click();
    await expect(page).toHaveURL(/\/patient\/appointments\?paid=/);
    await expect(page.getByText('Payment received. Your visit is booked. A confirmation email is on its way.')).toBeVisible();
    const visit = page.getByRole('region', { name: 'Upcoming' }).getByRole('listitem').filter({ hasText: THERAPIST });
    await expect(visit).toHaveCount(1);
    await expect(visit).toContainText('Follow-up');
    await expect(visit).toContainText(CLINIC);

    // The link now says so instead of offering the time again.
    await page.goto(offerPath);
    await expect(page.getByRole('heading', { level: 1, name: 'This visit is booked' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'See your appointments' })).toHaveAttribute('href', '/patient/appointments');
  });
});

// FIXME: the (patient) layout sends a signed-out visitor to /signin?callbackUrl=/patient (it cannot
// know the path), so the offer is lost after signing in. Adding '/waitlist/:path*' to the proxy.ts
// matcher makes next-auth's middleware redirect with this path first; enable this test with that.
test('the offer link from the email brings a signed-out patient back to it after signing in', async ({ page }) => {
  await page.goto('/waitlist/offers/not-a-real-offer-token-0123');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  expect(new URL(page.url()).searchParams.get('callbackUrl')).toBe('/waitlist/offers/not-a-real-offer-token-0123');
});

test('someone else’s (or a made-up) offer link is not found', async ({ page, loginAs }) => {
  await loginAs(PATIENT);
  const res = await page.goto('/waitlist/offers/not-a-real-offer-token-0123');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});
