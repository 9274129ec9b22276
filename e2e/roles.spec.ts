import { DEMO, expect, expectAccessible, test } from './fixtures';

const homes = [
  { email: DEMO.patient, path: '/patient', first: 'Jordan' },
  { email: DEMO.therapist, path: '/therapist', first: 'Maya' },
  { email: DEMO.admin, path: '/admin', first: 'Rehabit' },
];

for (const { email, path, first } of homes) {
  test(`${email} lands on ${path} with a greeting, and the page is accessible`, async ({ page, loginAs }) => {
    await loginAs(email);
    await page.goto('/dashboard');
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welcome, ${first}`);
    await expectAccessible(page);
  });
}

test('a patient who opens an admin page is sent back to their own dashboard', async ({ page, loginAs }) => {
  await loginAs(DEMO.patient);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/patient\?denied=1$/);
  await expect(page.getByText('That page is for another role.')).toBeVisible();
});

test('a patient calling an admin API gets 403 with the error shape', async ({ page, loginAs }) => {
  await loginAs(DEMO.patient);
  const res = await page.request.get('/api/admin/practices');
  expect(res.status()).toBe(403);
  expect(await res.json()).toEqual({ error: { code: 'FORBIDDEN', message: expect.any(String) } });
});

test('a practice admin sees only their practice on the admin dashboard', async ({ page, loginAs }) => {
  await loginAs(DEMO.practiceAdmin);
  await page.goto('/admin');
  await expect(page.getByText('Prairie Motion — Evanston')).toBeVisible();
  await expect(page.getByText('Harbor PT — Chelsea')).toHaveCount(0);
});

test('someone signed out is asked to sign in first', async ({ page }) => {
  await page.goto('/therapist');
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
});
