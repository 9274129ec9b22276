import { expect, expectAccessible, test } from './fixtures';

test('the landing page says what Rehabit is and is keyboard usable', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/low back pain/i).first()).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: /skip to/i });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('the API answers bad JSON with 400 and the error shape, and reports health', async ({ request }) => {
  const bad = await request.post('/api/signup', {
    data: Buffer.from('{"email": '),
    headers: { 'content-type': 'application/json' },
  });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({ error: { code: 'INVALID_JSON', message: expect.any(String) } });
  const wrong = await request.post('/api/signup', { data: { email: 12, password: false } });
  expect(wrong.status()).toBe(400);
  expect((await wrong.json()).error.code).toBe('VALIDATION_FAILED');
  const health = await request.get('/api/health');
  expect(await health.json()).toEqual({ status: 'ok' });
  const doc = await request.get('/api/openapi.json');
  expect((await doc.json()).openapi).toBe('3.1.0');
});
