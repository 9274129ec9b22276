import { DEMO, expect, expectAccessible, latestMailTo, signInWithPassword, test } from './fixtures';

test('an admin invites a therapist, who sets a password through the emailed link and signs in with it', async ({
  page,
  loginAs,
  browser,
}) => {
  test.setTimeout(90_000); // three pages with axe, two sign-ins and a mail round trip, often on a cold server
  const email = `casey.${Date.now()}@example.test`;
  await loginAs(DEMO.admin);
  await page.goto('/admin/therapists');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Therapists');
  await expectAccessible(page);

  const invite = page.getByRole('form', { name: 'Invite a therapist' });
  await invite.getByLabel('Full name').fill('Casey Okafor');
  await invite.getByLabel('Email').fill(email);
  await invite.getByLabel('Offers video visits').check();
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(invite.getByRole('status')).toContainText(`Invitation sent to ${email}`);
  await expect(page.getByRole('row', { name: /Casey Okafor/ })).toContainText('Invitation pending');

  const mail = await latestMailTo(page.request, email);
  expect(mail.subject).toBe('Set your Rehabit password');
  const link = /https?:\/\/\S+\/set-password\/[\w-]+/.exec(mail.text)?.[0];
  expect(link, 'set-password link in the mail').toBeTruthy();

  // The invited therapist, in a browser with nobody signed in.
  await page.context().clearCookies();
  await page.goto(new URL(link!).pathname);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set your password');
  await expectAccessible(page);
  const form = page.getByRole('form', { name: 'Set your password' });
  await form.getByLabel('New password', { exact: true }).fill('casey-strong-password');
  await form.getByLabel('Confirm new password').fill('casey-strong-pasword');
  await form.getByRole('button', { name: 'Set password' }).click();
  await expect(form.getByText('The two passwords do not match.')).toBeVisible();
  await form.getByLabel('Confirm new password').fill('casey-strong-password');
  await form.getByRole('button', { name: 'Set password' }).click();
  await expect(page.getByText('Your password is set')).toBeVisible();

  await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/signin/);
  const signIn = page.getByRole('form', { name: /password/i });
  await signIn.getByLabel('Email').fill(email);
  await signIn.getByLabel('Password', { exact: true }).fill('casey-strong-password');
  await signIn.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/therapist$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Casey');

  // The link worked once.
  await page.goto(new URL(link!).pathname);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link no longer works');

  // Deactivated by the admin (in another browser), Casey's session stops working and she cannot sign in again.
  const admin = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  expect((await signInWithPassword(admin.request, DEMO.admin)).status()).toBe(200);
  await admin.goto('/admin/therapists');
  await admin.getByRole('link', { name: 'Casey Okafor' }).click();
  admin.once('dialog', (dialog) => void dialog.accept());
  await admin.getByRole('button', { name: 'Deactivate Casey Okafor' }).click();
  await expect(admin.getByText('Casey Okafor is deactivated')).toBeVisible();
  await expect(admin.getByRole('heading', { name: 'Visits to reassign' })).toBeVisible();
  await expectAccessible(admin);
  await admin.context().close();

  await page.goto('/therapist');
  await expect(page).toHaveURL(/\/signin/);
  expect((await page.request.get('/api/me')).status()).toBe(401);
  expect((await signInWithPassword(page.request, email, 'casey-strong-password')).status()).not.toBe(200);
});

// One test per page: axe on a big admin page takes seconds on a busy 2-core machine, and nine pages
// in one test's 45 s budget timed out. Each page keeps its own full check (every rule, whole page).
const ADMIN_PAGES: [string, string][] = [
  ['/admin/clinics', 'Clinics'],
  ['/admin/clinics/new', 'Open a clinic'],
  ['/admin/visit-types', 'Visit types'],
  ['/admin/visit-types/new', 'New visit type'],
  ['/admin/appointments', 'Appointments'],
  ['/admin/audit', 'Audit log'],
];
for (const [path, heading] of ADMIN_PAGES) {
  test(`the admin page ${path} is accessible`, async ({ page, loginAs }) => {
    await loginAs(DEMO.admin);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
    await expectAccessible(page);
  });
}

test('the admin detail pages are accessible: clinic, visit type, therapist, appointment', async ({ page, loginAs }) => {
  test.setTimeout(90_000); // four pages, each with a full axe run
  await loginAs(DEMO.admin);
  await page.goto('/admin/clinics');
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Details' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/admin/visit-types');
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/admin/therapists');
  await page.getByRole('link', { name: 'Maya Chen' }).click();
  await expect(page.getByRole('heading', { name: 'Upcoming visits' })).toBeVisible();
  await expectAccessible(page);
  // One appointment's read-only page (the demo visits have no notes: its empty note state).
  const listed = (await (await page.request.get('/api/admin/appointments')).json()) as { appointments: { id: string }[] };
  await page.goto(`/admin/appointments/${listed.appointments[0]!.id}`);
  await expect(page.getByRole('heading', { name: 'Visit note' })).toBeVisible();
  await expectAccessible(page);
});

test('the admin payments pages are paged and accessible', async ({ page, loginAs }) => {
  await loginAs(DEMO.admin);
  // Payments are paged, 25 at a time.
  await page.goto('/admin/payments');
  await expect(page.getByTestId('payments-count')).toHaveText(/^Showing 1–25 of \d+ payments\.$/);
  await page.getByRole('link', { name: /^Next page of payments/ }).click();
  await expect(page).toHaveURL(/\/admin\/payments\?page=2$/);
  await expect(page.getByTestId('payments-count')).toHaveText(/^Showing 26–/);
  await expect(page.getByRole('link', { name: /^Previous page of payments/ })).toBeVisible();
  await expectAccessible(page);
});

test('a practice admin filters appointments and sees only their own clinics', async ({ page, loginAs }) => {
  await loginAs(DEMO.practiceAdmin);
  await page.goto('/admin/appointments');
  const clinics = page.getByLabel('Clinic');
  await expect(clinics.getByRole('option', { name: 'Prairie Motion — Evanston' })).toHaveCount(1);
  await expect(clinics.getByRole('option', { name: 'Harbor PT — Chelsea' })).toHaveCount(0);
  await page.getByLabel('Status').selectOption('BOOKED');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/status=BOOKED/);
  await expect(page.getByRole('heading', { level: 2, name: /appointments?$/ })).toBeVisible();
});

test('a patient cannot open the admin or therapist pages or call their APIs', async ({ page, loginAs }) => {
  await loginAs(DEMO.patient);
  for (const path of ['/admin/clinics', '/admin/therapists', '/admin/audit', '/therapist/schedule', '/therapist/patients']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/patient\?denied=1$/);
  }
  const res = await page.request.post('/api/admin/clinics', { data: { name: 'Nope' } });
  expect(res.status()).toBe(403);
  expect((await page.request.get('/api/admin/audit-events')).status()).toBe(403);
  expect((await page.request.get('/api/availability')).status()).toBe(403);
});

test('a therapist cannot open the admin pages', async ({ page, loginAs }) => {
  await loginAs(DEMO.therapist);
  await page.goto('/admin/therapists');
  await expect(page).toHaveURL(/\/therapist\?denied=1$/);
  expect((await page.request.get('/api/admin/therapists')).status()).toBe(403);
});

test('a practice admin opens, edits and closes a clinic, and adds a visit type priced in dollars', async ({ page, loginAs }) => {
  test.setTimeout(90_000); // five pages and an axe run on the clinic form, on a busy 2-core machine
  const stamp = Date.now();
  await loginAs('admin.summit-spine@rehabit.test');
  await page.goto('/admin/clinics/new');
  const form = page.getByRole('form', { name: 'New clinic' });
  await form.getByLabel('Name', { exact: true }).fill(`Summit Spine — Anchorage ${stamp}`);
  await form.getByLabel('Street address').fill('601 W 5th Ave');
  await form.getByLabel('City').fill('Anchorage');
  await form.getByLabel('State', { exact: true }).fill('ak');
  await form.getByLabel('ZIP code').fill('9950');
  await form.getByLabel('Phone').fill('(907) 555-0100');
  await form.getByLabel('Opening hours').fill('Mon–Fri 8:00 am–5:00 pm');
  await form.getByLabel('Latitude').fill('61.2176');
  await form.getByLabel('Longitude').fill('-149.8997');
  await form.getByLabel('Time zone').selectOption('America/Anchorage');
  // Services: a labelled checkbox group, ticked from the keyboard.
  const services = form.getByRole('group', { name: 'Services offered in person' });
  await services.getByRole('checkbox', { name: 'Aquatic therapy' }).focus();
  await page.keyboard.press('Space');
  await expect(services.getByRole('checkbox', { name: 'Aquatic therapy' })).toBeChecked();
  await form.getByRole('button', { name: 'Open clinic' }).click();
  await expect(form.getByText('ZIP code must be 5 digits.')).toBeVisible();
  await form.getByLabel('ZIP code').fill('99501');
  await form.getByRole('button', { name: 'Open clinic' }).click();
  await expect(page.getByText('The clinic is open.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Summit Spine — Anchorage ${stamp}`);

  const edit = page.getByRole('form', { name: 'Edit clinic' });
  await expect(edit.getByRole('checkbox', { name: 'Aquatic therapy' })).toBeChecked();
  await edit.getByLabel('Opening hours').fill('Mon–Sat 8:00 am–5:00 pm');
  await edit.getByRole('checkbox', { name: 'Dry needling' }).check();
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit.getByText('Changes saved.')).toBeVisible();
  await expectAccessible(page);
  const adminUrl = page.url();
  const slug = (await (await page.request.get('/api/admin/clinics')).json()).clinics.find((c: { name: string }) =>
    c.name.endsWith(String(stamp)),
  ).slug;
  await page.goto(`/clinics/${slug}`);
  await expect(page.getByText('Aquatic therapy, Dry needling', { exact: true })).toBeVisible();
  await page.goto(adminUrl);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: `Close Summit Spine — Anchorage ${stamp}` }).click();
  await expect(page.getByText('Closed', { exact: true })).toBeVisible();
  const listed = await (await page.request.get('/api/admin/clinics')).json();
  expect(listed.clinics.find((c: { name: string }) => c.name.endsWith(String(stamp)))).toMatchObject({
    active: false,
    hours: 'Mon–Sat 8:00 am–5:00 pm',
    services: ['aquatic-therapy', 'dry-needling'],
  });

  await page.goto('/admin/visit-types/new');
  const type = page.getByRole('form', { name: 'New visit type' });
  await type.getByLabel('Name', { exact: true }).fill(`Spinal screening ${stamp}`);
  await type.getByLabel('Price (dollars)').fill('95.50');
  await type.getByLabel('Late cancellation fee (dollars)').fill('120');
  await type.getByLabel('Offered for booking (active)').uncheck();
  await type.getByRole('button', { name: 'Create visit type' }).click();
  await expect(type.getByText('The fee must not be more than the price.')).toBeVisible();
  await type.getByLabel('Late cancellation fee (dollars)').fill('40');
  await type.getByRole('button', { name: 'Create visit type' }).click();
  await expect(page.getByText('The visit type was created.')).toBeVisible();
  const types = await (await page.request.get('/api/admin/visit-types')).json();
  expect(types.visitTypes.find((v: { name: string }) => v.name === `Spinal screening ${stamp}`)).toMatchObject({
    priceCents: 9550,
    lateCancellationFeeCents: 4000,
    active: false,
    practice: { name: expect.stringContaining('Summit') },
  });
});

test("at 390 px a practice admin adds, renews and removes a therapist's license; another practice's therapist is not found", async ({
  page,
  loginAs,
}) => {
  test.setTimeout(90_000); // two sign-ins, several saves and an axe run
  await page.setViewportSize({ width: 390, height: 844 });
  const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  await loginAs(DEMO.admin);
  const all: { id: string; name: string }[] = (await (await page.request.get('/api/admin/therapists')).json()).therapists;
  const omar = all.find((t) => t.name === 'Omar Haddad')!;
  const maya = all.find((t) => t.name === 'Maya Chen')!;
  await loginAs('admin.summit-spine@rehabit.test');
  // A rerun starts clean: no Wyoming license left from an earlier attempt.
  const api = `/api/admin/therapists/${omar.id}/licenses`;
  for (const l of (await (await page.request.get(api)).json()).licenses as { id: string; state: string }[]) {
    if (l.state === 'WY') await page.request.delete(`${api}/${l.id}`);
  }
  expect((await page.goto(`/admin/therapists/${maya.id}/licenses`))!.status()).toBe(404);

  await page.goto(`/admin/therapists/${omar.id}`);
  await page.getByRole('link', { name: /Manage Omar Haddad.s licenses/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Licenses: Omar Haddad');

  const add = page.getByRole('form', { name: 'Add a license' });
  const fill = async (expiresOn: string) => {
    await add.getByLabel('State').selectOption('WY');
    await add.getByLabel('Kind').selectOption({ label: 'State license' });
    await add.getByLabel('License number').fill('PT-WY-4410');
    await add.getByLabel('Valid through').fill(expiresOn);
    await add.getByRole('button', { name: 'Add license' }).click();
  };
  await fill('2099-01-01');
  await expect(add.getByText('The date must be within 10 years of today.')).toBeVisible();
  await fill(inDays(365));
  await expect(page.getByText('The license was added.')).toBeVisible();
  const wyoming = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Wyoming: State license' }) });
  await expect(wyoming).toContainText('PT-WY-4410');
  await expect(wyoming.getByRole('definition').last()).toHaveText('Valid');

  await fill(inDays(200));
  await expect(add.getByRole('alert')).toHaveText(/already holds a license of that kind in that state/);

  // Renew: open the edit form from the keyboard.
  await wyoming.getByText('Edit the Wyoming state license').focus();
  await page.keyboard.press('Enter');
  const edit = page.getByRole('form', { name: 'Edit Wyoming state license' });
  await edit.getByLabel('Valid through').fill(inDays(700));
  await edit.getByRole('button', { name: 'Save license' }).click();
  await expect(edit.getByText('Changes saved.')).toBeVisible();
  await expect(wyoming).toContainText(inDays(700));
  await expectAccessible(page);

  page.once('dialog', (dialog) => void dialog.accept());
  await wyoming.getByRole('button', { name: 'Remove the Wyoming state license' }).click();
  await expect(page.getByRole('heading', { name: 'Wyoming: State license' })).toHaveCount(0);
  const left = (await (await page.request.get(api)).json()).licenses as { state: string }[];
  expect(left.map((l) => l.state)).not.toContain('WY');
});
