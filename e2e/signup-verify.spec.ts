import { expect, expectAccessible, latestMailTo, showFirstDayWithTimes, test, verificationLinkFor } from './fixtures';
import { submitClearIntake } from './intake';

// Sign-up sends a welcome mail asking to verify the address; the first booking waits for it and
// the booking flow keeps the chosen visit across the round trip through the mail (decision 045).
// On a phone. A patient signed up here books an in-clinic follow-up at Summit Spine & Sport — LoDo
// (first available), billed to insurance so no checkout is involved.
const CLINIC = 'Summit Spine & Sport — LoDo';
const PHONE = { width: 390, height: 844 };
// First available: each time is named with its therapist ("8:00 AM with Aiden Nakamura").
const A_TIME = /^\d{1,2}:\d{2}\s[AP]M/;

test.use({
  timezoneId: 'America/Denver',
  locale: 'en-US',
  // An address of its own, so this sign-up counts against no other spec's rate limit.
  extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.171' },
});

test('on a phone, a new patient verifies their email from the booking and comes back to the same visit', async ({ page }) => {
  test.setTimeout(150_000);
  await page.setViewportSize(PHONE);
  const email = `verify-e2e-${Date.now()}@example.test`;

  await page.goto('/signup');
  const signUp = page.getByRole('form', { name: 'Create your account' });
  await signUp.getByLabel('Full name').fill('Quinn Verify');
  await signUp.getByLabel('Email').fill(email);
  await signUp.getByLabel('Password').fill('quinn-verifies-lantern-harbor');
  await signUp.getByLabel('Date of birth').fill('1986-05-20');
  await signUp.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/patient$/);
  const welcome = await latestMailTo(page.request, email);
  expect(welcome.subject).toBe('Welcome to Rehabit: please verify your email');
  await submitClearIntake(page.request);

  // Choose a visit and a time.
  await page.goto('/book');
  // Clicked, then asserted (as e2e/booking-flow.spec.ts does): check() gives up when a click lands
  // before hydration, and the page is asked again by the assertion's retries.
  const followUp = page.getByRole('radio', { name: 'Follow-up', exact: true });
  await expect(async () => {
    await followUp.click();
    await expect(followUp).toBeChecked({ timeout: 2_000 });
  }).toPass();
  await page.getByLabel('Clinic', { exact: true }).selectOption({ label: CLINIC });
  const times = page.getByRole('region', { name: 'Pick a day and time' });
  await showFirstDayWithTimes(times);
  const slot = times.getByRole('button', { name: A_TIME }).first();
  const time = A_TIME.exec((await slot.textContent())!.trim())![0];
  await slot.click();
  const confirm = page.getByRole('region', { name: 'Confirm your visit' });
  const when = confirm.getByText(/ \(America\/Denver\)$/);
  await expect(when).toContainText(`${time} (America/Denver)`);
  const chosenWhen = (await when.textContent())!;
  const chosenUrl = page.url();

  // Confirming waits for the address: the choices are kept, and a new link can be asked for.
  const payBy = confirm.getByRole('group', { name: 'How would you like to pay?' });
  await payBy.getByRole('radio', { name: 'Bill my insurance' }).check();
  await payBy.getByLabel('Insurance company').fill('Aetna');
  await payBy.getByLabel('Member ID').fill('W555000111');
  await confirm.getByRole('button', { name: 'Confirm booking' }).click();
  await expect(confirm.getByRole('alert').filter({ hasText: 'Check your email' })).toHaveText(
    /Check your email to verify your address; your choices are kept\./,
  );
  expect(page.url()).toBe(chosenUrl);
  await expect(page).not.toHaveURL(/\/patient\/appointments/);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  await expectAccessible(page);

  await confirm.getByRole('button', { name: 'Send a new link' }).click();
  await expect(confirm.getByRole('status').filter({ hasText: 'A new link is on its way' })).toContainText(email);
  await expect.poll(async () => (await latestMailTo(page.request, email)).subject).toBe('Verify your email for Rehabit');

  // The link from the mail: one button, then straight back to the same visit on the confirm step.
  const link = await verificationLinkFor(page.request, email);
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verify your email');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Verify my email' }).click();
  await expect(page).toHaveURL(chosenUrl);
  const back = page.getByRole('region', { name: 'Confirm your visit' });
  await expect(back.getByText(/ \(America\/Denver\)$/)).toHaveText(chosenWhen);

  const payAgain = back.getByRole('group', { name: 'How would you like to pay?' });
  await payAgain.getByRole('radio', { name: 'Bill my insurance' }).check();
  await payAgain.getByLabel('Insurance company').fill('Aetna');
  await payAgain.getByLabel('Member ID').fill('W555000111');
  await back.getByRole('button', { name: 'Confirm booking' }).click();
  await expect(page).toHaveURL(/\/patient\/appointments\?booked=/);
  await expect(page.getByText('Your visit is booked. A confirmation email is on its way.')).toBeVisible();

  // The link works once: opened again it says so, with a way to get a new one.
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link no longer works');
  await expect(page.getByRole('button', { name: 'Send a new link' })).toBeVisible();
  await expectAccessible(page);
});
