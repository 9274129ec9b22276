// A patient's confirmation page (directions, Add to calendar), their cancelled visits folded away,
// and the therapist's record of that patient (clinical summary first, date of birth beside the
// name, a cancelled future visit under "Cancelled", not "Past"), on a phone and a desktop.
// A freshly signed-up "Jordan Miller" (the demo patient1's name, another birth date) books with
// Hannah Brooks (Prairie Motion — Streeterville), whom no other spec books with.
import { readFile } from 'node:fs/promises';
import type { APIRequestContext } from '@playwright/test';
import { expect, expectAccessible, signInWithPassword, test, verifyEmailFromCatcher } from './fixtures';
import { submitClearIntake } from './intake';

const THERAPIST = 'Hannah Brooks';
const THERAPIST_EMAIL = 'therapist5@rehabit.test';
const CLINIC = 'Prairie Motion — Streeterville';
const DAY = 24 * 60 * 60_000;

test.use({ timezoneId: 'America/Chicago', locale: 'en-US' });

/** Signs the page's context up and in as a new patient with a clear intake. */
async function newPatient(request: APIRequestContext, dateOfBirth: string, ip: string) {
  const email = `history-e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@rehabit.test`;
  const password = 'history-e2e-password';
  const signUp = await request.post('/api/signup', {
    data: { name: 'Jordan Miller', email, password, dateOfBirth },
    headers: { 'x-forwarded-for': ip },
  });
  expect(signUp.status(), await signUp.text()).toBe(201);
  await verifyEmailFromCatcher(request, email); // before a first booking (decision 045)
  expect((await signInWithPassword(request, email, password)).status()).toBe(200);
  await submitClearIntake(request);
}

/**
 * Two follow-ups with Hannah Brooks, at least two days ahead (so cancelling is free). The open
 * times are read again before each booking (a booked visit and its buffer close the times next
 * to it); `share` keeps the phone and desktop runs, which go in parallel, far apart in the list.
 */
async function bookTwo(request: APIRequestContext, share: number): Promise<[string, string]> {
  const { visitTypes } = (await (await request.get('/api/visit-types')).json()) as { visitTypes: { id: string; name: string }[] };
  const followUp = visitTypes.find((v) => v.name === 'Follow-up')!;
  const { therapists } = (await (await request.get('/api/therapists')).json()) as {
    therapists: { id: string; name: string; clinic: { id: string } | null }[];
  };
  const therapist = therapists.find((t) => t.name === THERAPIST)!;
  const from = new Date(Date.now() + 2 * DAY + 60 * 60_000);
  const query = new URLSearchParams({
    visitTypeId: followUp.id,
    therapistId: therapist.id,
    clinicId: therapist.clinic!.id,
    from: from.toISOString(),
    to: new Date(from.getTime() + 10 * DAY).toISOString(),
  });
  const ids: string[] = [];
  for (let i = 0; i < 2; i++) {
    const { slots } = (await (await request.get(`/api/slots?${query}`)).json()) as { slots: { start: string }[] };
    expect(slots.length).toBeGreaterThan(4);
    const booked = await request.post('/api/appointments', {
      data: {
        visitTypeId: followUp.id,
        therapistId: therapist.id,
        clinicId: therapist.clinic!.id,
        start: slots[Math.floor(slots.length * share)]!.start,
        payment: { method: 'insurance', payer: 'Aetna', memberId: 'W555000111' },
      },
    });
    expect(booked.status(), await booked.text()).toBe(201);
    ids.push(((await booked.json()) as { id: string }).id);
  }
  return ids as [string, string];
}

for (const layout of [
  {
    name: 'phone',
    viewport: { width: 390, height: 844 },
    dateOfBirth: '1991-02-03',
    born: 'Feb 3, 1991',
    ip: '203.0.113.171',
    share: 0.6,
  },
  {
    name: 'desktop',
    viewport: { width: 1280, height: 800 },
    dateOfBirth: '1979-09-12',
    born: 'Sep 12, 1979',
    ip: '203.0.113.172',
    share: 0,
  },
] as const) {
  test.describe(`on a ${layout.name}`, () => {
    test.use({ viewport: layout.viewport });

    test('the patient sees directions, adds the visit to a calendar, finds a cancelled visit; the therapist sees the record', async ({
      page,
      loginAs,
    }) => {
      test.setTimeout(120_000);
      await newPatient(page.request, layout.dateOfBirth, layout.ip);
      const [keptId, cancelledId] = await bookTwo(page.request, layout.share);
      const cancelled = await page.request.post(`/api/appointments/${cancelledId}/cancel`, {
        data: { reason: 'A family wedding that week.' },
      });
      expect(cancelled.status(), await cancelled.text()).toBe(200);

      await test.step('the confirmation: address, directions and Add to calendar', async () => {
        await page.goto(`/patient/appointments?booked=${keptId}`);
        const confirmation = page.getByRole('region', { name: /^Follow-up with Hannah Brooks, / });
        await expect(confirmation.getByText('Your visit is booked. A confirmation email is on its way.')).toBeVisible();
        await expect(confirmation).toContainText(CLINIC);
        const address = (await confirmation.getByTestId('clinic-address').textContent())!;
        expect(address).toMatch(/, Chicago, IL \d{5}$/);
        const directions = confirmation.getByRole('link', { name: `Directions to ${CLINIC} (opens Google Maps in a new tab)` });
        await expect(directions).toHaveAttribute(
          'href',
          `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(address)}`,
        );
        await expect(directions).toHaveAttribute('target', '_blank');
        await expect(directions).toHaveAttribute('rel', /\bnoopener\b/);

        const [download] = await Promise.all([
          page.waitForEvent('download'),
          confirmation.getByRole('link', { name: 'Add to calendar (.ics)' }).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(/^rehabit-visit-\d{4}-\d{2}-\d{2}\.ics$/);
        const ics = await readFile(await download.path(), 'utf8');
        expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
        expect(ics).toContain('\r\nMETHOD:PUBLISH\r\n');
        expect(ics).toContain(`\r\nUID:${keptId}@rehabit\r\n`);
        expect(ics).toMatch(/\r\nDTSTART:\d{8}T\d{6}Z\r\n/);
        await expectAccessible(page);
        // Nothing wider than the screen.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(layout.viewport.width);
      });

      await test.step('the cancelled visit is folded away, and opens from the keyboard', async () => {
        const upcoming = page.getByRole('region', { name: 'Upcoming' });
        await expect(upcoming.getByRole('listitem')).toHaveCount(1);
        const summary = page.getByText('Cancelled visits (1)', { exact: true });
        const card = page.getByRole('region', { name: 'Cancelled visits (1)' }).getByRole('listitem');
        await expect(card).toBeHidden();
        await summary.focus();
        await page.keyboard.press('Enter');
        await expect(card).toBeVisible();
        await expect(card).toContainText('Follow-up');
        await expect(card).toContainText(THERAPIST);
        await expect(card).toContainText(/Cancelled.+ by you · “A family wedding that week\.”/);
        await expect(card).toContainText('No fee');
        await expectAccessible(page);
      });

      await test.step("the therapist's list and the patient's record", async () => {
        await loginAs(THERAPIST_EMAIL);
        await page.goto('/therapist/patients');
        const row = page.getByRole('row').filter({ hasText: `born ${layout.born}` });
        await expect(row).toHaveCount(1);
        await expect(row.getByRole('link', { name: 'Jordan Miller' })).toBeVisible();
        await expectAccessible(page);
        await row.getByRole('link', { name: 'Jordan Miller' }).click();

        await expect(page.getByRole('heading', { level: 1, name: 'Jordan Miller' })).toBeVisible();
        await expect(page.getByTestId('patient-dob')).toHaveText(`Born ${layout.born}`);
        const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
        expect(headings).toContain('Clinical summary');
        expect(headings.indexOf('Clinical summary')).toBeLessThan(headings.indexOf('Messages'));
        expect(headings.indexOf('Clinical summary')).toBeLessThan(headings.indexOf('Appointments'));
        await expect(page.getByRole('region', { name: 'Current plan' })).toContainText('No exercise plan yet.');

        const visits = page.getByRole('region', { name: 'Appointments' });
        await expect(visits.getByRole('table', { name: 'Upcoming visits, soonest first' }).getByRole('row')).toHaveCount(2);
        await expect(visits.getByText('No past visits.')).toBeVisible();
        const cancelledTable = visits.getByRole('table', { name: 'Cancelled visits, past and future, newest first' });
        await expect(cancelledTable.getByRole('row')).toHaveCount(2);
        await expect(cancelledTable).toContainText('A family wedding that week.');
        await expectAccessible(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(layout.viewport.width);
      });
    });
  });
}
