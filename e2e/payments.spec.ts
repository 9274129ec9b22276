import type { Page } from '@playwright/test';
import {
  expect,
  expectAccessible,
  mailsTo,
  pickOpenDayFrom,
  showFirstDayWithTimes,
  signInWithPassword,
  test,
  verifyEmailFromCatcher,
} from './fixtures';
import { submitClearIntake } from './intake';

// A freshly signed-up patient (no demo account is disturbed) pays for a Virtual follow-up with
// Marcus Webb, whose video hours no other spec books, through the local test-payment page that
// stands in for Stripe Checkout (PAYMENTS_LOCAL_CHECKOUT=true in tests).
const THERAPIST = 'Marcus Webb';
const A_TIME = /^\d{1,2}:\d{2}\s[AP]M$/;
const PASSWORD = 'payments-e2e-password';

test.use({ timezoneId: 'America/Chicago', locale: 'en-US' });
test.describe.configure({ mode: 'serial' });

let email = '';

async function signUpAndSignIn(page: Page): Promise<void> {
  if (!email) {
    email = `payer-e2e-${Date.now()}@example.test`;
    // An address of its own, so this sign-up counts against no other spec's rate limit.
    const res = await page.request.post('/api/signup', {
      data: { name: 'Casey Payer', email, password: PASSWORD, dateOfBirth: '1987-04-02' },
      headers: { 'x-forwarded-for': '203.0.113.150' },
    });
    expect(res.status(), await res.text()).toBe(201);
    await verifyEmailFromCatcher(page.request, email); // before a first booking (decision 045)
    expect((await signInWithPassword(page.request, email, PASSWORD)).status()).toBe(200);
    // A new patient answers the intake before the first booking (see e2e/find-care.spec.ts).
    await submitClearIntake(page.request);
    return;
  }
  expect((await signInWithPassword(page.request, email, PASSWORD)).status()).toBe(200);
}

/** Picks a video time with Marcus Webb two days ahead or later and opens the confirm step; answers the time as shown. */
async function pickVirtualTime(page: Page, which: 'first' | 'last'): Promise<string> {
  await page.goto('/book');
  await page.getByRole('radio', { name: 'Virtual follow-up', exact: true }).press('Space');
  await expect(page.getByRole('radio', { name: 'Virtual follow-up', exact: true })).toBeChecked();
  // Video: only therapists licensed where the patient is (Marcus Webb holds a Texas license).
  await page.getByLabel('State', { exact: true }).selectOption('TX');
  const marcus = page.getByRole('radio', { name: THERAPIST, exact: true });
  await marcus.click();
  await expect(marcus).toBeChecked();
  const times = page.getByRole('region', { name: 'Pick a day and time' });
  await showFirstDayWithTimes(times);
  // Two days ahead at least: a visit within 24 hours gets its reminder right after the
  // confirmation, and the email check below reads the latest mail.
  await pickOpenDayFrom(times, 2);
  const slot = times.getByRole('button', { name: A_TIME })[which]();
  await slot.click();
  await expect(slot).toHaveAttribute('aria-pressed', 'true');
  const confirm = page.getByRole('region', { name: 'Confirm your visit' });
  await expect(confirm).toContainText('Virtual follow-up (30 min)');
  const when = (await confirm.getByText(/ \(America\/Chicago\)$/).textContent())!.replace(' (America/Chicago)', '');
  return when;
}

test('a patient pays for a virtual visit through the test checkout, sees it booked and gets the email', async ({ page }) => {
  test.setTimeout(120_000);
  await signUpAndSignIn(page);
  const when = await pickVirtualTime(page, 'first');

  const confirm = page.getByRole('region', { name: 'Confirm your visit' });
  await expect(confirm).toContainText('$75.00');
  // The policy, before paying.
  await expect(confirm).toContainText('Free cancellation until 24 hours before; later cancellations cost $30.00.');
  const card = confirm.getByRole('radio', { name: 'Pay $75.00 now by card' });
  await expect(card).toBeChecked();
  await expect(confirm).toContainText(
    'Cancel up to 24 hours before for a full refund; later, or if you miss the visit, we refund $75.00 minus the $30.00 fee.',
  );
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Continue to payment' }).click();

  await expect(page).toHaveURL(/\/pay\/test\/cs_\w+$/);
  await expect(page.getByRole('note')).toContainText('Test payment — no real money moves.');
  await expect(page.getByRole('heading', { level: 1, name: 'Pay for your visit' })).toBeVisible();
  await expect(page.getByText('$75.00', { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Pay $75.00 (test)' }).click();

  await expect(page).toHaveURL(/\/patient\/appointments\?paid=/);
  await expect(page.getByText('Payment received. Your visit is booked. A confirmation email is on its way.')).toBeVisible();
  const visit = page.getByRole('region', { name: 'Upcoming' }).getByRole('listitem').filter({ hasText: when });
  await expect(visit).toHaveCount(1);
  await expect(visit).toContainText('Virtual follow-up');
  await expect(visit).toContainText(THERAPIST);
  await expect(visit).toContainText('Booked');
  await expect(visit).toContainText('Paid $75.00 by card.');
  await expectAccessible(page);

  // The confirmation and the receipt go out from the app's job worker, in either order: give them a while.
  await expect
    .poll(
      async () =>
        (await mailsTo(page.request, email))
          .map((m) => m.subject)
          .filter((s) => !/welcome/i.test(s))
          .sort(),
      {
        timeout: 30_000,
        intervals: [500, 1000, 2000],
      },
    )
    .toEqual([
      expect.stringMatching(/^Booked: Virtual follow-up with Marcus Webb/),
      expect.stringMatching(/^Your receipt [A-Z0-9-]+-\d{6} from /),
    ]);

  await page.goto('/patient/payments');
  await expect(page.getByRole('heading', { level: 1, name: 'Payments and receipts' })).toBeVisible();
  const receipt = page.getByRole('listitem').filter({ hasText: 'Virtual follow-up' });
  await expect(receipt).toContainText('Paid');
  await expect(receipt).toContainText('$75.00');
  await expect(receipt).toContainText('Card (Stripe)');
  await expectAccessible(page);
});

test('cancelling on the test checkout releases the time and books nothing', async ({ page }) => {
  await signUpAndSignIn(page);
  await pickVirtualTime(page, 'last');
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await expect(page).toHaveURL(/\/pay\/test\/cs_\w+$/);
  await page.getByRole('button', { name: 'Cancel payment' }).click();
  await expect(page).toHaveURL(/\/patient\/appointments\?checkout=cancelled/);
  await expect(page.getByText('Payment cancelled. The visit was not booked and the time was released.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Upcoming' }).getByRole('listitem')).toHaveCount(1); // only the paid visit
});

test('the test checkout of someone else (or of nothing) is not found', async ({ page }) => {
  await signUpAndSignIn(page);
  const res = await page.goto('/pay/test/cs_test_not_a_real_session');
  expect(res?.status()).toBe(404);
});
