import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, showFirstDayWithTimes, signInWithPassword, test, verifyEmailFromCatcher } from './fixtures';
import { submitClearIntake } from './intake';

// Booking through the month calendar to the end (issue 23, decision 028): on a phone with the
// keyboard only, then at 1280 px with the mouse. A patient signed up here (no demo account is
// disturbed) books in-clinic follow-ups with Priya Raman at Harbor PT — Back Bay, whom no other
// spec books, and bills insurance so no checkout is involved. No day is assumed to have times.
const THERAPIST = 'Priya Raman';
const CLINIC = 'Harbor PT — Back Bay';
const PASSWORD = 'booking-flow-e2e-password';
const A_TIME = /^\d{1,2}:\d{2}\s[AP]M$/;
const PHONE = { width: 390, height: 844 };

test.use({ timezoneId: 'America/Chicago', locale: 'en-US' });
test.describe.configure({ mode: 'serial' });

let email = '';

async function signIn(page: Page): Promise<void> {
  if (!email) {
    email = `booker-e2e-${Date.now()}@example.test`;
    // An address of its own, so this sign-up counts against no other spec's rate limit.
    const res = await page.request.post('/api/signup', {
      data: { name: 'Bailey Booker', email, password: PASSWORD, dateOfBirth: '1984-09-12' },
      headers: { 'x-forwarded-for': '203.0.113.160' },
    });
    expect(res.status(), await res.text()).toBe(201);
    await verifyEmailFromCatcher(page.request, email); // before a first booking (decision 045)
    expect((await signInWithPassword(page.request, email, PASSWORD)).status()).toBe(200);
    await submitClearIntake(page.request);
    return;
  }
  expect((await signInWithPassword(page.request, email, PASSWORD)).status()).toBe(200);
}

/** The element in the viewport, wholly. */
async function expectInViewport(page: Page, selector: ReturnType<Page['locator']>): Promise<void> {
  const box = (await selector.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 0.5);
}

test('on a phone, with the keyboard only, a patient books a follow-up and the confirm button stays on screen', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize(PHONE);
  await signIn(page);
  await page.goto('/book');
  const focused = page.locator(':focus');

  const followUp = page.getByRole('radio', { name: 'Follow-up', exact: true });
  await followUp.focus();
  await page.keyboard.press('Space');
  await expect(followUp).toBeChecked();
  const clinic = page.getByLabel('Clinic', { exact: true });
  await clinic.focus();
  await clinic.selectOption({ label: CLINIC });
  const priya = page.getByRole('radio', { name: THERAPIST, exact: true });
  await priya.focus();
  await page.keyboard.press('Space');
  await expect(priya).toBeChecked();

  const times = page.getByRole('region', { name: 'Pick a day and time' });
  const day = await showFirstDayWithTimes(times);
  // Into the calendar and out to the day's first time, by Tab.
  const selected = times.getByRole('grid').locator('td[aria-selected="true"] button');
  await selected.focus();
  await expect(focused).toHaveAccessibleName(new RegExp(`^${day}:`));
  await page.keyboard.press('Tab');
  await expect(focused).toHaveAccessibleName(A_TIME);
  const time = (await focused.textContent())!.trim();
  await page.keyboard.press('Enter');

  const confirm = page.getByRole('region', { name: 'Confirm your visit' });
  await expect(confirm.getByRole('heading', { name: 'Confirm your visit' })).toBeFocused();
  await expect(confirm).toContainText('Follow-up (30 min)');
  await expect(confirm).toContainText(CLINIC);
  await expect(confirm.locator('dd').filter({ hasText: THERAPIST })).toHaveText(THERAPIST);
  const when = confirm.getByText(/ \(America\/Chicago\)$/);
  await expect(when).toContainText(`${time} (America/Chicago)`);
  const date = (await when.textContent())!.replace(' (America/Chicago)', '');

  // The confirm button is on screen as soon as the step opens, tall enough to tap, and nothing scrolls sideways.
  const button = confirm.getByRole('button', { name: /^(Continue to payment|Confirm booking)$/ });
  await expect(button).toBeVisible();
  await expectInViewport(page, button);
  expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  await expectAccessible(page);

  // Pay by insurance, by keyboard: the button stays on screen and never hides the field being filled in.
  await page.keyboard.press('Tab');
  await expect(focused).toHaveAccessibleName('Pay $90.00 now by card');
  await page.keyboard.press('ArrowDown');
  await expect(focused).toHaveAccessibleName('Bill my insurance');
  await expect(focused).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(focused).toHaveAccessibleName('Insurance company');
  await page.keyboard.type('Aetna');
  await page.keyboard.press('Tab');
  await expect(focused).toHaveAccessibleName(/^Member ID/);
  await page.keyboard.type('W987654321');
  const confirmBooking = confirm.getByRole('button', { name: 'Confirm booking' });
  await expectInViewport(page, confirmBooking);
  const field = (await focused.boundingBox())!;
  expect(field.y + field.height).toBeLessThanOrEqual((await confirmBooking.boundingBox())!.y);
  // Scrolled back up to the top of the step, the button is still there.
  await confirm.getByRole('heading', { name: 'Confirm your visit' }).focus();
  await expectInViewport(page, confirmBooking);
  await expectAccessible(page);

  await confirmBooking.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/patient\/appointments\?booked=/);
  await expect(page.getByText('Your visit is booked. A confirmation email is on its way.')).toBeVisible();
  const visit = page.getByRole('region', { name: 'Upcoming' }).getByRole('listitem').filter({ hasText: date });
  await expect(visit).toHaveCount(1);
  await expect(visit).toContainText('Follow-up');
  await expect(visit).toContainText(THERAPIST);
  await expect(visit).toContainText(CLINIC);
});

test('at 1280 px, with the mouse, the same patient books another time on another open day', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page);
  await page.goto('/book');
  await page.getByRole('radio', { name: 'Follow-up', exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Follow-up', exact: true })).toBeChecked();
  await page.getByLabel('Clinic', { exact: true }).selectOption({ label: CLINIC });
  const priya = page.getByRole('radio', { name: THERAPIST, exact: true });
  await priya.click();
  await expect(priya).toBeChecked();

  const times = page.getByRole('region', { name: 'Pick a day and time' });
  const first = await showFirstDayWithTimes(times);
  const status = times.getByRole('status');
  // The last open day shown this month (the first one again when it is the only one).
  const openDays = times.getByRole('grid').getByRole('button', { name: /: \d+ open times?$/ });
  const lastDay = openDays.last();
  const day = /^(.+): \d+ open times?$/.exec((await lastDay.getAttribute('aria-label'))!)![1]!;
  await lastDay.click();
  await expect(status).toHaveText(new RegExp(`^\\d+ open times? on ${day}\\.$`));
  expect(day === first || (await openDays.count()) > 1).toBe(true);
  const slot = times.getByRole('button', { name: A_TIME }).last();
  const time = (await slot.textContent())!.trim();
  await slot.click();
  await expect(slot).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('navigation', { name: 'Booking progress' }).locator('[aria-current="step"]')).toContainText(
    'Confirm',
  );

  const confirm = page.getByRole('region', { name: 'Confirm your visit' });
  const when = confirm.getByText(/ \(America\/Chicago\)$/);
  await expect(when).toContainText(`${time} (America/Chicago)`);
  const date = (await when.textContent())!.replace(' (America/Chicago)', '');
  await expect(confirm.locator('dd').filter({ hasText: THERAPIST })).toHaveText(THERAPIST);
  const payBy = confirm.getByRole('group', { name: 'How would you like to pay?' });
  await payBy.getByRole('radio', { name: 'Bill my insurance' }).click();
  await payBy.getByLabel('Insurance company').fill('Aetna');
  await payBy.getByLabel('Member ID').fill('W987654321');
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Confirm booking' }).click();

  await expect(page).toHaveURL(/\/patient\/appointments\?booked=/);
  const upcoming = page.getByRole('region', { name: 'Upcoming' });
  await expect(upcoming.getByRole('listitem').filter({ hasText: date })).toHaveCount(1);
  await expect(upcoming.getByRole('listitem').filter({ hasText: THERAPIST })).toHaveCount(2);
});

/** The JS a first visit to `path` downloads (every script until the network is idle): gzip bytes and as sent. */
async function firstLoadJs(page: Page, path: string) {
  const scripts = new Map<string, Promise<{ url: string; transferred: number; gzip: number }>>();
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script' || scripts.has(response.url())) return;
    scripts.set(
      response.url(),
      (async () => {
        const [sizes, body] = await Promise.all([response.request().sizes(), response.body()]);
        return { url: new URL(response.url()).pathname, transferred: sizes.responseBodySize, gzip: gzipSync(body).length };
      })(),
    );
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  const list = await Promise.all(scripts.values());
  return {
    list,
    gzip: list.reduce((sum, s) => sum + s.gzip, 0),
    transferred: list.reduce((sum, s) => sum + s.transferred, 0),
  };
}

// Decision 028: the budget of the performance issues is 130 kB gzip. The Next.js and React runtime
// that every page loads (measured here on a page that does not exist) is already above it, so this
// guards against growth: /book at most 145 kB in all, of which at most 12 kB beyond that floor.
test('the first load of /book: JS measured in the browser, within the regression guard', async ({ browser }) => {
  const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  const fresh = async (path: string) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const js = await firstLoadJs(page, path);
      if (path === '/book') await expect(page.getByRole('radio', { name: 'Follow-up', exact: true })).toBeVisible();
      return js;
    } finally {
      await context.close();
    }
  };
  const book = await fresh('/book');
  const floor = await fresh('/no-such-page-e2e');
  const figure =
    `${book.list.length} scripts, ${kB(book.gzip)} gzip (${kB(book.transferred)} as sent); ` +
    `runtime and layout alone ${kB(floor.gzip)}`;
  test.info().annotations.push({ type: 'first-load JS of /book', description: figure });
  console.log(`first-load JS of /book: ${figure}\n${book.list.map((s) => `  ${kB(s.gzip)}  ${s.url}`).join('\n')}`);
  expect(book.gzip).toBeLessThanOrEqual(145 * 1024);
  expect(book.gzip - floor.gzip).toBeLessThanOrEqual(12 * 1024);
});
