import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, latestMailTo, test } from './fixtures';

// patient2 (Alex Rivera) books here; other specs sign in as patient1. The browser sits in
// Chicago, so times show in the viewer's zone while the clinic (and Maya Chen's hours) are in New York.
const PATIENT = 'patient2@rehabit.test';
const A_TIME = /^\d{1,2}:\d{2}\s[AP]M$/;

test.use({ timezoneId: 'America/Chicago', locale: 'en-US' });

/** Follow-up at Harbor PT — Chelsea, next week (beyond the 12-hour notice), with whoever is asked for. */
async function findFollowUpTimes(page: Page, therapist: 'Maya Chen' | 'First available'): Promise<Locator> {
  await page.goto('/book');
  await page.getByRole('radio', { name: 'Follow-up', exact: true }).press('Space');
  await expect(page.getByRole('radio', { name: 'Follow-up', exact: true })).toBeChecked();
  await page.getByLabel('Clinic', { exact: true }).selectOption({ label: 'Harbor PT — Chelsea' });
  const who = page.getByRole('radio', { name: therapist, exact: true });
  // The choice goes into the URL first and the radio follows, so click and wait rather than check().
  if (therapist !== 'First available') await who.click();
  await expect(who).toBeChecked();
  const times = page.getByRole('region', { name: 'Pick a time' });
  await expect(times.getByText('Times shown in America/Chicago')).toBeVisible();
  await expect(times.getByRole('button', { name: 'Previous week' })).toBeDisabled();
  await times.getByRole('button', { name: 'Next week' }).click();
  await expect(page).toHaveURL(/week=\d{4}-\d{2}-\d{2}/);
  await expect(times.getByRole('status')).toHaveText(/^\d+ open times? this week\.$/);
  return times;
}

test.describe('a patient books, reschedules and cancels a visit', () => {
  test.describe.configure({ mode: 'serial' });

  test('books a follow-up with Maya Chen and gets a confirmation email', async ({ page, loginAs }) => {
    test.setTimeout(90_000);
    await loginAs(PATIENT);
    const times = await findFollowUpTimes(page, 'Maya Chen');
    const first = times.getByRole('button', { name: A_TIME }).first();
    const time = (await first.textContent())!.trim();
    await first.click();
    await expect(first).toHaveAttribute('aria-pressed', 'true');

    const confirm = page.getByRole('region', { name: 'Confirm your visit' });
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole('heading', { name: 'Confirm your visit' })).toBeFocused();
    await expect(confirm).toContainText('Follow-up (30 min)');
    const when = confirm.getByText(/ \(America\/Chicago\)$/);
    await expect(when).toContainText(`${time} (America/Chicago)`);
    // "Monday, March 16, 2026 at 7:00 AM": the appointments page shows the same words.
    const date = (await when.textContent())!.replace(' (America/Chicago)', '');
    await expect(confirm).toContainText('Harbor PT — Chelsea');
    await expect(confirm).toContainText('Maya Chen');
    await expect(confirm).toContainText('$90.00');
    await expect(confirm).toContainText('Free cancellation until 24 hours before; later cancellations cost $40.00.');
    await expectAccessible(page);

    // Back and refresh keep the place: the choices live in the URL.
    await page.reload();
    await expect(page.getByRole('region', { name: 'Confirm your visit' })).toContainText('Maya Chen');

    // Insurance books at once (paying by card goes through Checkout: e2e/payments.spec.ts).
    const payBy = page.getByRole('group', { name: 'How would you like to pay?' });
    await expect(payBy.getByRole('radio', { name: 'Pay $90.00 now by card' })).toBeChecked();
    await payBy.getByRole('radio', { name: 'Bill my insurance' }).check();
    await payBy.getByLabel('Insurance company').fill('Aetna');
    await payBy.getByLabel('Member ID').fill('W123456789');
    await page.getByRole('button', { name: 'Confirm booking' }).click();
    await expect(page).toHaveURL(/\/patient\/appointments\?booked=/);
    await expect(page.getByText('Your visit is booked. A confirmation email is on its way.')).toBeVisible();
    const visit = page.getByRole('region', { name: 'Upcoming' }).getByRole('listitem').filter({ hasText: date });
    await expect(visit).toHaveCount(1);
    await expect(visit).toContainText('Follow-up');
    await expect(visit).toContainText('Maya Chen');
    await expect(visit).toContainText('Harbor PT — Chelsea');
    await expectAccessible(page);

    // The email goes out from a background job: give it a while.
    await expect.poll(async () => (await latestMailTo(page.request, PATIENT).catch(() => null))?.subject ?? '', {
      timeout: 30_000, intervals: [500, 1000, 2000],
    }).toContain('Follow-up');
  });

  test('moves that visit to another time, then cancels it with a reason', async ({ page, loginAs }) => {
    await loginAs(PATIENT);
    await page.goto('/patient/appointments');
    const upcoming = page.getByRole('region', { name: 'Upcoming' });
    const visit = upcoming.getByRole('listitem').filter({ hasText: 'Follow-up' }).first();
    await expect(visit).toBeVisible();

    await visit.getByRole('button', { name: 'Reschedule' }).click();
    const reschedule = visit.getByRole('group', { name: 'Choose a new time' });
    await expect(reschedule.getByRole('status')).toHaveText(/^\d+ open times? this week\.$/);
    const later = reschedule.getByRole('button', { name: A_TIME }).last();
    await later.click();
    await reschedule.getByRole('button', { name: 'Move visit to this time' }).click();
    const moved = page.getByText(/^Your Follow-up is now on .+\.$/);
    await expect(moved).toBeVisible();
    const newDate = /now on (.+)\.$/.exec((await moved.textContent())!)![1]!;
    const movedVisit = upcoming.getByRole('listitem').filter({ hasText: newDate });
    await expect(movedVisit).toHaveCount(1);

    await movedVisit.getByRole('button', { name: 'Cancel', exact: true }).click();
    const cancel = movedVisit.getByRole('form', { name: 'Cancel this visit?' });
    await expect(cancel).toContainText('Cancelling is free until');
    await cancel.getByRole('button', { name: 'Cancel visit' }).click();
    await expect(cancel.getByRole('alert')).toHaveText('Please tell us why you are cancelling.');
    await cancel.getByLabel('Reason for cancelling').fill('Feeling much better, thank you.');
    await cancel.getByRole('button', { name: 'Cancel visit' }).click();
    await expect(page.getByText(`Your Follow-up on ${newDate} is cancelled.`)).toBeVisible();
    await expect(movedVisit).toHaveCount(0);
  });
});

test('someone signed out can find a time and is asked to sign in to book it', async ({ page }) => {
  const times = await findFollowUpTimes(page, 'First available');
  await times.getByRole('button', { name: A_TIME }).first().press('Enter');
  const confirm = page.getByRole('region', { name: 'Confirm your visit' });
  await expect(confirm).toContainText('Maya Chen');
  await expect(confirm.getByRole('button', { name: 'Confirm booking' })).toHaveCount(0);
  const signIn = confirm.getByRole('link', { name: 'Sign in to book' });
  const href = await signIn.getAttribute('href');
  const back = new URL(href!, 'http://x').searchParams.get('callbackUrl');
  expect(back).toMatch(/^\/book\?/);
  expect(new URL(back!, 'http://x').searchParams.get('time')).toBeTruthy();
  await signIn.click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
});
