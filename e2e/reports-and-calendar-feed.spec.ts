import { DEMO, expect, expectAccessible, test } from './fixtures';

test('an admin reads the weekly report and downloads it as CSV', async ({ page, loginAs }) => {
  await loginAs(DEMO.admin);
  await page.goto('/admin/reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await expect(page.getByLabel('From')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await expectAccessible(page);

  // Narrow to one clinic: the filter is a plain GET form, so the URL carries it.
  const clinic = page.getByLabel('Clinic', { exact: true });
  const firstClinic = await clinic.locator('option').nth(1).getAttribute('value');
  await clinic.selectOption(firstClinic);
  await page.getByRole('button', { name: 'Show report' }).click();
  await expect(page).toHaveURL(new RegExp(`clinicId=${firstClinic}`));
  const csvLink = page.getByRole('link', { name: 'Download CSV' });
  await expect(csvLink).toHaveAttribute('href', new RegExp(`clinicId=${firstClinic}`));

  const csv = await page.request.get((await csvLink.getAttribute('href'))!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename="rehabit-visits-/);
  expect((await csv.text()).split('\r\n')[0]).toMatch(
    /^week_start,clinic,therapist,scheduled,completed,no_shows,cancellations,no_show_rate,cancellation_rate/,
  );
});

test('a therapist creates a calendar link, subscribes to it, and replaces it', async ({ page, loginAs }) => {
  await loginAs('therapist9@rehabit.test');
  await page.goto('/therapist/calendar-feed');
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar feed' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: /^(Create|Replace) link$/ }).click();
  const field = page.getByLabel('Your calendar link');
  await expect(field).toHaveValue(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const first = new URL(await field.inputValue());
  const feed = await page.request.get(first.pathname);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Replace link' }).click();
  await expect(page.getByText('New link created. The old link no longer works.')).toBeVisible();
  await expect(field).not.toHaveValue(first.href);
  expect((await page.request.get(first.pathname)).status()).toBe(404);
});
