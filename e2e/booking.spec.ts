import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, latestMailTo, showFirstDayWithTimes, test } from './fixtures';

// patient2 (Alex Rivera) books here; other specs sign in as patient1. The browser sits in
// Chicago, so times show in the viewer's zone while the clinic (and Maya Chen's hours) are in New York.
const PATIENT = 'patient2@rehabit.test';
const A_TIME = /^\d{1,2}:\d{2}\s[AP]M$/;
/** "First available" names the therapist of each time. */
const A_TIME_WITH = /^\d{1,2}:\d{2}\s[AP]M with .+$/;

test.use({ timezoneId: 'America/Chicago', locale: 'en-US' });

/** Follow-up at Harbor PT — Chelsea, on the first day with times, with whoever is asked for. */
async function findFollowUpTimes(page: Page, therapist: 'Maya Chen' | 'First available'): Promise<Locator> {
  await page.goto('/book');
  await page.getByRole('radio', { name: 'Follow-up', exact: true }).press('Space');
  await expect(page.getByRole('radio', { name: 'Follow-up', exact: true })).toBeChecked();
  await page.getByLabel('Clinic', { exact: true }).selectOption({ label: 'Harbor PT — Chelsea' });
  const who = page.getByRole('radio', { name: therapist, exact: true });
  // The choice goes into the URL first and the radio follows, so click and wait rather than check().
  if (therapist !== 'First available') await who.click();
  await expect(who).toBeChecked();
  const times = page.getByRole('region', { name: 'Pick a day and time' });
  // The viewer's zone, and the clinic's when it differs.
  await expect(
    times.getByText(
      'Times in America/Chicago (your time zone). Harbor PT — Chelsea is on America/New_York time, 1 hour ahead of yours.',
    ),
  ).toBeVisible();
  await expect(times.getByRole('button', { name: 'Previous month' })).toBeDisabled();
  await showFirstDayWithTimes(times);
  return times;
}

test.describe('a patient books, reschedules and cancels a visit', () => {
  test.describe.configure({ mode: 'serial' });

  test('books a follow-up with Maya Chen and gets a confirmation email', async ({ page, loginAs }) => {
    test.setTimeout(90_000);
    await loginAs(PATIENT);
    const times = await findFollowUpTimes(page, 'Maya Chen');
    const progress = page.getByRole('navigation', { name: 'Booking progress' });
    await expect(progress.locator('[aria-current="step"]')).toContainText('Day & time');
    await expectAccessible(page);
    const first = times.getByRole('button', { name: A_TIME }).first();
    const time = (await first.textContent())!.trim();
    await first.click();
    await expect(first).toHaveAttribute('aria-pressed', 'true');
    await expect(progress.locator('[aria-current="step"]')).toContainText('Confirm');
    await expect(progress.getByRole('link', { name: /Therapist\s*Maya Chen/ })).toHaveAttribute('href', '#step-therapist');

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

    // Back, forward and refresh keep the place: the choices live in the URL.
    await page.goBack();
    await expect(confirm).toHaveCount(0);
    await expect(page.getByRole('radio', { name: 'Maya Chen', exact: true })).toBeChecked();
    await expect(times.getByRole('button', { name: time, exact: true }).first()).toHaveAttribute('aria-pressed', 'false');
    await page.goForward();
    await expect(confirm).toContainText(`${time} (America/Chicago)`);
    await page.reload();
    await expect(page.getByRole('region', { name: 'Confirm your visit' })).toContainText('Maya Chen');
    await expect(page.getByRole('region', { name: 'Confirm your visit' })).toContainText(`${date} (America/Chicago)`);
    await expect(
      page.getByRole('region', { name: 'Pick a day and time' }).getByRole('button', { name: time, exact: true }).first(),
    ).toHaveAttribute('aria-pressed', 'true');

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
    await expect
      .poll(async () => (await latestMailTo(page.request, PATIENT).catch(() => null))?.subject ?? '', {
        timeout: 30_000,
        intervals: [500, 1000, 2000],
      })
      .toContain('Follow-up');
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
  // Every time says whose it is, and the confirm step books with that therapist.
  const first = times.getByRole('button', { name: A_TIME_WITH }).first();
  const who = (await first.locator('.slot-who-name').textContent())!.replace(/^with /, '');
  await first.press('Enter');
  const confirm = page.getByRole('region', { name: 'Confirm your visit' });
  await expect(confirm.locator('dd').filter({ hasText: who })).toHaveText(who);
  await expect(confirm.getByRole('button', { name: 'Confirm booking' })).toHaveCount(0);
  const signIn = confirm.getByRole('link', { name: 'Sign in to book' });
  const href = await signIn.getAttribute('href');
  const back = new URL(href!, 'http://x').searchParams.get('callbackUrl');
  expect(back).toMatch(/^\/book\?/);
  expect(new URL(back!, 'http://x').searchParams.get('time')).toBeTruthy();
  await signIn.click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
});

test.describe('on a phone (390 px), with the keyboard only', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a visitor finds the first open day, moves through the calendar and picks a time', async ({ page }) => {
    test.setTimeout(90_000);
    const noSideScroll = async () =>
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBeLessThanOrEqual(0);
    await page.goto('/book');
    const virtual = page.getByRole('radio', { name: 'Virtual follow-up', exact: true });
    await virtual.focus();
    await page.keyboard.press('Space');
    await expect(virtual).toBeChecked();
    // Video: where the patient will be decides which therapists may treat them (licensure).
    const state = page.getByLabel('State', { exact: true });
    await state.focus();
    await state.selectOption('TX');
    await expect(page.getByRole('radio', { name: 'First available', exact: true })).toBeChecked();
    const times = page.getByRole('region', { name: 'Pick a day and time' });
    const day = await showFirstDayWithTimes(times);
    await noSideScroll();
    await expectAccessible(page);

    const grid = times.getByRole('grid');
    const month = times.locator('.month-label');
    const focused = page.locator(':focus');
    // Past days are in the calendar but cannot be picked.
    const today = grid.locator('button[aria-current="date"]');
    const dayOfMonth = await page.evaluate(() => new Date().getDate());
    if ((await today.count()) && dayOfMonth > 1) {
      const first = grid.getByRole('button', { name: /: past$/ }).first();
      await expect(first).toHaveAttribute('aria-disabled', 'true');
      await first.click({ force: true }); // Playwright would wait for an aria-disabled button to be enabled
      await expect(times.getByRole('status')).toHaveText(new RegExp(` on ${day}\\.$`));
    }

    // One tab stop in the grid; arrows and Page Down/Up move it, the month follows.
    const selected = grid.locator('td[aria-selected="true"] button');
    await expect(selected).toHaveAttribute('tabindex', '0');
    const box = (await selected.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
    await selected.focus();
    await page.keyboard.press('ArrowDown');
    await expect(focused).not.toHaveAccessibleName(new RegExp(`^${day}:`));
    await expect(focused).toHaveAttribute('tabindex', '0');
    await page.keyboard.press('ArrowUp');
    await expect(focused).toHaveAccessibleName(new RegExp(`^${day}:`));
    const shown = (await month.textContent())!;
    await page.keyboard.press('PageDown');
    await expect(month).not.toHaveText(shown);
    await expect(focused).toHaveAttribute('data-date', /^\d{4}-\d{2}-\d{2}$/);
    await page.keyboard.press('PageUp');
    await expect(month).toHaveText(shown);
    await expect(focused).toHaveAccessibleName(new RegExp(`^${day}:`));

    // Tab leaves the grid for the day's times; each says whose it is.
    await page.keyboard.press('Tab');
    await expect(focused).toHaveAccessibleName(/^\d{1,2}:\d{2}\s[AP]M with .+$/);
    const slot = (await focused.boundingBox())!;
    expect(slot.height).toBeGreaterThanOrEqual(44);
    const who = (await focused.locator('.slot-who-name').textContent())!.replace(/^with /, '');
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('region', { name: 'Confirm your visit' });
    await expect(confirm.getByRole('heading', { name: 'Confirm your visit' })).toBeFocused();
    await expect(confirm.locator('dd').filter({ hasText: who })).toHaveText(who);
    await expect(confirm.getByRole('link', { name: 'Sign in to book' })).toBeVisible();
    await noSideScroll();
    await expectAccessible(page);

    // Back undoes the time only.
    await expect(page).toHaveURL(/[?&]time=/);
    await page.goBack();
    await expect(confirm).toHaveCount(0);
    await expect(page).not.toHaveURL(/[?&]time=/);
    await expect(virtual).toBeChecked();
    await expect(times.getByRole('status')).toHaveText(new RegExp(` on ${day}\\.$`));
  });
});
