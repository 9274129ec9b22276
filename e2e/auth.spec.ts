import { DEMO, expect, expectAccessible, latestMailTo, signInWithPassword, test } from './fixtures';

test('a new patient signs up, signs out, signs back in and reaches their dashboard', async ({ page }) => {
  test.setTimeout(90_000); // sign-up, sign-out and sign-in through the UI with axe on each page
  const email = `robin.${Date.now()}@example.test`;
  await page.goto('/signup');
  await expectAccessible(page);
  const signUp = page.getByRole('form', { name: 'Create your account' });
  await signUp.getByLabel('Full name').fill('Robin Reyes');
  await signUp.getByLabel('Email').fill(email);
  await signUp.getByLabel('Password').fill('correct-horse-battery');
  await signUp.getByLabel('Date of birth').fill('1988-09-12');
  await signUp.getByRole('button', { name: /create account/i }).click();
  await expect(page).toHaveURL(/\/patient$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Robin');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/patient');
  await expect(page).toHaveURL(/\/signin/);

  await expectAccessible(page);
  const passwordForm = page.getByRole('form', { name: /password/i });
  await passwordForm.getByLabel('Email').fill(email);
  await passwordForm.getByLabel('Password', { exact: true }).fill('correct-horse-battery');
  await passwordForm.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/patient$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Robin');
});

test('a wrong password shows an error and leaves no session', async ({ page }) => {
  await page.goto('/signin');
  const passwordForm = page.getByRole('form', { name: /password/i });
  await passwordForm.getByLabel('Email').fill(DEMO.patient);
  await passwordForm.getByLabel('Password', { exact: true }).fill('not-the-password');
  await passwordForm.getByRole('button', { name: 'Sign in' }).click();
  await expect(passwordForm.getByRole('alert')).toContainText('Email or password is incorrect');
  await expect(page).toHaveURL(/\/signin/);
  expect(await (await page.request.get('/api/auth/session')).json()).toEqual({});
  expect((await page.request.get('/api/me')).status()).toBe(401);
});

test('a therapist signs in with a magic link read from the mail catcher, once', async ({ page }) => {
  await page.goto('/signin');
  const linkForm = page.getByRole('form', { name: /sign-in link/i });
  await linkForm.getByLabel('Email for the link').fill('therapist2@rehabit.test');
  await linkForm.getByRole('button', { name: 'Email me a link' }).click();
  await expect(page).toHaveURL(/\/signin\/check-email/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Check your email');

  const mail = await latestMailTo(page.request, 'therapist2@rehabit.test');
  const link = /(http\S+\/api\/auth\/callback\/email\S+)/.exec(mail.text)?.[1];
  expect(link).toContain('/api/auth/callback/email');
  await page.goto(link!);
  await expect(page).toHaveURL(/\/therapist$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Daniel');

  await page.context().clearCookies();
  await page.goto(link!);
  await expect(page).toHaveURL(/\/signin/);
  expect(await (await page.request.get('/api/auth/session')).json()).toEqual({});
});

test('repeated wrong passwords are answered with 429 and the error shape', async ({ request }) => {
  // patient3 is used by no other spec, so locking it out does not disturb them.
  const from = { 'x-forwarded-for': '203.0.113.77' };
  for (let i = 0; i < 5; i++)
    expect((await signInWithPassword(request, 'patient3@rehabit.test', `wrong-${i}`, from)).status()).toBe(401);
  const res = await signInWithPassword(request, 'patient3@rehabit.test', 'rehabit-demo', from);
  expect(res.status()).toBe(429);
  expect((await res.json()).error.code).toBe('RATE_LIMITED');
});
