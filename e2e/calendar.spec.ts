// The time-grid calendar (issue 21) at 1280 and 390 px. A practice of its own is made here (in
// Chicago time, with two therapists working 8:00–18:00 on weekdays), so no other spec's bookings
// land in its grid. The day is the first weekday at least three days ahead, whatever today is.
import { PrismaPg } from '@prisma/adapter-pg';
import type { Locator, Page } from '@playwright/test';
import { PrismaClient } from '../lib/generated/prisma/client.ts';
import {
  createAdmin,
  createAppointment,
  createAvailabilityRules,
  createClinic,
  createPatient,
  createPractice,
  createTherapist,
  createVisitType,
} from '../prisma/factories';
import { expect, expectAccessible, latestMailTo, signInWithPassword, test } from './fixtures';

const ZONE = 'America/Chicago';
const PX_PER_MINUTE = 1.2; // app/_components/time-grid/time-grid.tsx
const GRID_FROM_HOUR = 7; // the grid's default first hour, before hours that start at 8:00

test.use({ timezoneId: ZONE, locale: 'en-US' });
test.describe.configure({ mode: 'serial' });

const localDate = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(ms));
const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const isWeekday = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d >= 1 && d <= 5;
};

/** The instant of a wall time in Chicago on a date (no DST change happens at these hours). */
function at(date: string, hhmm: string): Date {
  const guess = new Date(`${date}T${hhmm}:00Z`);
  const offset =
    new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' })
      .formatToParts(guess)
      .find((p) => p.type === 'timeZoneName')!
      .value.replace('GMT', '') || '+00:00';
  return new Date(`${date}T${hhmm}:00${offset}`);
}

interface World {
  day: string;
  clinicId: string;
  adminEmail: string;
  mayaEmail: string;
  luisEmail: string;
  patientEmail: string;
  otherEmail: string;
  visitId: string;
  frontDeskVisitId: string;
  mayaId: string;
  luisId: string;
}
let world: World;
let client: PrismaClient;

test.beforeAll(async () => {
  client = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
  const stamp = Date.now();
  let day = addDays(localDate(Date.now()), 3);
  while (!isWeekday(day)) day = addDays(day, 1);
  const practice = await createPractice(client);
  // Far from the demo network (Bangor, Maine), so the locator specs never find it nearest to a demo ZIP.
  const clinic = await createClinic(client, practice.id, {
    timezone: ZONE,
    name: `Grid Clinic ${stamp}`,
    addressLine1: '1 Main St',
    city: 'Bangor',
    state: 'ME',
    zip: '04401',
    latitude: 44.8016,
    longitude: -68.7712,
  });
  const admin = await createAdmin(client, { practiceId: practice.id, email: `grid-admin-${stamp}@rehabit.test` });
  const maya = await createTherapist(client, {
    practiceId: practice.id,
    clinicId: clinic.id,
    timezone: ZONE,
    name: 'Gina Grid',
    email: `grid-maya-${stamp}@rehabit.test`,
  });
  const luis = await createTherapist(client, {
    practiceId: practice.id,
    clinicId: clinic.id,
    timezone: ZONE,
    name: 'Hugo Grid',
    email: `grid-luis-${stamp}@rehabit.test`,
  });
  for (const t of [maya, luis]) {
    await createAvailabilityRules(
      client,
      t.therapist!.id,
      [1, 2, 3, 4, 5].map((weekday) => ({
        weekday,
        startMinute: 8 * 60,
        endMinute: 18 * 60,
        timezone: ZONE,
        clinicId: clinic.id,
      })),
    );
  }
  const visitType = await createVisitType(client, {
    name: 'Grid follow-up',
    durationMinutes: 30,
    priceCents: 0,
    practiceId: practice.id,
    minNoticeMinutes: 60,
  });
  const patient = await createPatient(client, { name: 'Pat Grid', email: `grid-patient-${stamp}@rehabit.test` });
  const other = await createPatient(client, { name: 'Olive Grid', email: `grid-other-${stamp}@rehabit.test` });
  const book = (patientId: string, therapistId: string, hhmm: string) =>
    createAppointment(client, { patientId, therapistId, visitTypeId: visitType.id, startsAt: at(day, hhmm) });
  const visit = await book(patient.patient!.id, maya.therapist!.id, '09:00');
  await book(other.patient!.id, maya.therapist!.id, '16:00');
  const frontDesk = await book(other.patient!.id, maya.therapist!.id, '10:00');
  world = {
    day,
    clinicId: clinic.id,
    adminEmail: admin.email,
    mayaEmail: maya.email,
    luisEmail: luis.email,
    patientEmail: patient.email,
    otherEmail: other.email,
    visitId: visit.id,
    frontDeskVisitId: frontDesk.id,
    mayaId: maya.therapist!.id,
    luisId: luis.therapist!.id,
  };
});

test.afterAll(async () => {
  await client?.$disconnect();
});

/** The y (px) of a wall time inside a day column of the default 7:00–19:00 grid. */
const yOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return ((h - GRID_FROM_HOUR) * 60 + m) * PX_PER_MINUTE;
};

/** Drags a 30-minute block so that it starts at `hhmm` (the block is grabbed at its middle). */
async function dragBlockTo(block: Locator, column: Locator, hhmm: string) {
  const box = (await block.boundingBox())!;
  await block.dragTo(column, {
    sourcePosition: { x: 10, y: box.height / 2 },
    targetPosition: { x: 30, y: yOf(hhmm) + box.height / 2 },
  });
}

/** Waits until React has taken over the grid (a drag before that does nothing). */
async function untilHydrated(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const body = document.querySelector('.tg-grid .tg-body');
        return body !== null && Object.keys(body).some((k) => k.startsWith('__reactProps'));
      }),
    )
    .toBe(true);
}

/** Presses on empty time at `from` and drags down to `to` with the mouse (scrolled into view first). */
async function dragOverEmptyTime(page: Page, column: Locator, from: string, to: string) {
  await untilHydrated(page);
  const before = (await column.boundingBox())!;
  await page.evaluate((dy) => window.scrollBy(0, dy), before.y + yOf(from) - 200);
  const body = (await column.boundingBox())!;
  await page.mouse.move(body.x + 40, body.y + yOf(from) + 2);
  await page.mouse.down();
  await page.mouse.move(body.x + 40, body.y + (yOf(from) + yOf(to)) / 2, { steps: 3 });
  await page.mouse.move(body.x + 40, body.y + yOf(to) + 2, { steps: 3 });
  await page.mouse.up();
}

/** A time range as Intl writes it (thin and narrow spaces), e.g. range('9:00', '9:30 AM'). */
const range = (from: string, to: string) => new RegExp(`${from}\\s?–\\s?${to.replace(' ', '\\s')}`);

const startOf = async (id: string) => (await client.appointment.findUniqueOrThrow({ where: { id } })).startsAt.getTime();
const grid = (page: Page) => page.getByRole('group', { name: 'Time grid' });

test('a therapist moves a visit from the keyboard and by dragging; a taken time is refused and the visit stays; dragging on empty time blocks it', async ({
  page,
  loginAs,
}) => {
  test.setTimeout(180_000);
  await loginAs(world.mayaEmail);
  await page.goto(`/therapist/calendar?view=day&date=${world.day}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
  await expect(page.getByText(`Times in your zone, ${ZONE}. 3 appointments this day.`)).toBeVisible();
  const block = grid(page).getByRole('button', { name: /Pat Grid/ });
  await expect(block).toContainText(range('9:00', '9:30 AM'));
  await expect(block).toContainText('In clinic');
  await expect(grid(page).locator('.tg-axis span').first()).toHaveText('7 AM');
  await expectAccessible(page);

  // Keyboard only: select the visit, open "Move to…", type a new time, submit.
  await block.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: 'Pat Grid' });
  await expect(panel).toContainText('Grid follow-up (30 min)');
  await expect(panel).toContainText('No charge');
  await expect(panel).toContainText('Not started');
  await panel.getByRole('button', { name: 'Move to…' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Move Pat Grid’s visit' });
  await expect(dialog.getByLabel('Date')).toBeFocused();
  await dialog.getByLabel('Start time').fill('14:00');
  await dialog.getByLabel('Start time').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'moved to' })).toHaveText(
    `Pat Grid’s visit moved to ${world.day} at 14:00. The patient is emailed.`,
  );
  expect(await startOf(world.visitId)).toBe(at(world.day, '14:00').getTime());
  await expect(block).toContainText(range('2:00', '2:30 PM'));
  expect((await latestMailTo(page.request, world.patientEmail)).subject).toMatch(/^Rescheduled: /);

  // Dragged onto Olive's 16:00 visit: the server answers 409, the reason is shown, and nothing moves.
  const column = grid(page).locator('.tg-body');
  const refused = page.waitForResponse(
    (r) => r.url().includes(`/api/appointments/${world.visitId}`) && r.request().method() === 'PATCH',
  );
  await dragBlockTo(block, column, '16:00');
  expect((await refused).status()).toBe(409);
  await expect(page.getByRole('alert').filter({ hasText: 'Not moved' })).toContainText('The visit stays where it was.');
  expect(await startOf(world.visitId)).toBe(at(world.day, '14:00').getTime());
  await expect(block).toContainText(range('2:00', '2:30 PM'));

  // Dragged to a free time: moved.
  await dragBlockTo(block, column, '11:00');
  await expect(page.getByRole('status').filter({ hasText: 'moved to' })).toHaveText(
    `Pat Grid’s visit moved to ${world.day} at 11:00. The patient is emailed.`,
  );
  await expect(block).toContainText(range('11:00', '11:30 AM'));
  expect(await startOf(world.visitId)).toBe(at(world.day, '11:00').getTime());

  // Dragging down empty time from 12:00 to 13:00 offers to block it (or to book into it).
  await dragOverEmptyTime(page, column, '12:00', '13:00');
  const choice = page.getByRole('dialog', { name: 'Use this time' });
  await expect(choice).toContainText(`${world.day}, 12:00–13:00`);
  await expectAccessible(page);
  await choice.getByRole('button', { name: 'Block this time' }).click();
  const blockDialog = page.getByRole('dialog', { name: 'Block time' });
  await expect(blockDialog.getByLabel('From')).toHaveValue('12:00');
  await expect(blockDialog.getByLabel('To')).toHaveValue('13:00');
  await blockDialog.getByLabel('Reason (optional)').fill('Team meeting');
  await blockDialog.getByRole('button', { name: 'Block this time' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Blocked' })).toHaveText(`Blocked ${world.day} 12:00–13:00.`);
  await expect(grid(page).getByText('Time off: Team meeting')).toBeVisible();
  await expectAccessible(page);

  // The week shows seven days with the visits in them.
  await page.getByRole('navigation', { name: 'Calendar' }).getByRole('link', { name: 'Week' }).click();
  await expect(grid(page).getByRole('heading', { level: 3 })).toHaveCount(7);
  await expect(grid(page).getByRole('button', { name: /Pat Grid/ })).toHaveCount(1);
  await expectAccessible(page);
});

test('the front desk moves a visit to a colleague’s column, and the colleague’s open calendar shows it without reloading', async ({
  page,
  loginAs,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  // The colleague's calendar, open in another browser.
  const other = await browser.newContext({ timezoneId: ZONE, locale: 'en-US', baseURL });
  try {
    await loginAs(world.adminEmail);
    await page.goto(`/admin/schedule?clinic=${world.clinicId}&date=${world.day}`);
    const colleague = await other.newPage();
    expect((await signInWithPassword(colleague.request, world.luisEmail)).status()).toBe(200);
    await colleague.goto(`/therapist/calendar?view=day&date=${world.day}`);
    await expect(grid(colleague).getByRole('button', { name: /Olive Grid/ })).toHaveCount(0);

    await expect(page.getByRole('heading', { level: 1, name: 'Front desk' })).toBeVisible();
    const columns = grid(page).locator('section.tg-col');
    await expect(columns.getByRole('heading', { level: 3 })).toHaveText(['Gina Grid', 'Hugo Grid']);
    await expectAccessible(page);
    const visit = columns.nth(0).getByRole('button', { name: new RegExp(`${range('10:00', '10:30 AM').source}\\s+Olive Grid`) });
    await visit.dragTo(columns.nth(1).locator('.tg-body'), { targetPosition: { x: 30, y: yOf('10:00') + 18 } });
    await expect(page.getByRole('status').filter({ hasText: 'moved to' })).toHaveText('Olive Grid’s visit moved to Hugo Grid.');
    await expect(columns.nth(1).getByRole('button', { name: /Olive Grid/ })).toBeVisible();
    expect((await client.appointment.findUniqueOrThrow({ where: { id: world.frontDeskVisitId } })).therapistId).toBe(
      world.luisId,
    );

    // The colleague's page refreshes itself and shows the visit.
    await expect(grid(colleague).getByRole('button', { name: /Olive Grid/ })).toBeVisible({ timeout: 20_000 });

    // Filtered to another visit type, the day is empty.
    await page.getByLabel('Visit type').selectOption({ label: 'Follow-up' });
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page.getByText(/No appointments with 2 therapists/)).toBeVisible();
  } finally {
    await other.close();
  }
});

test('at 390 px the calendar is a day agenda, nothing scrolls sideways, and a visit moves from it', async ({ page, loginAs }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAs(world.mayaEmail);
  await page.goto(`/therapist/calendar?view=day&date=${world.day}`);
  await expect(grid(page)).toBeHidden();
  const item = page.getByRole('listitem').getByRole('button', { name: /Pat Grid/ });
  await expect(item).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await expectAccessible(page);
  await item.click();
  await page.getByRole('complementary', { name: 'Pat Grid' }).getByRole('button', { name: 'Move to…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move Pat Grid’s visit' });
  await dialog.getByLabel('Start time').fill('15:00');
  await dialog.getByRole('button', { name: 'Move visit' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'moved to' })).toContainText('at 15:00');
  await expect(item).toContainText(range('3:00', '3:30 PM'));
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await expectAccessible(page);
});

test('a therapist books a patient by dragging on empty time: found by name, billed by the clinic, emailed', async ({
  page,
  loginAs,
}) => {
  test.setTimeout(180_000);
  await loginAs(world.mayaEmail);
  await page.goto(`/therapist/calendar?view=day&date=${world.day}`);
  const column = grid(page).locator('.tg-body');
  await dragOverEmptyTime(page, column, '13:00', '13:30');
  await page.getByRole('dialog', { name: 'Use this time' }).getByRole('button', { name: 'Book a patient' }).click();
  const dialog = page.getByRole('dialog', { name: 'Book a patient' });
  await expect(dialog.getByLabel('Start time')).toHaveValue('13:00');
  await dialog.getByLabel('Patient name').fill('olive');
  await dialog.getByRole('radio', { name: /Olive Grid/ }).check();
  await dialog.getByLabel('Visit type').selectOption({ label: 'Grid follow-up (30 min, in clinic)' });
  await expect(dialog.getByRole('radio', { name: 'Billed by the clinic' })).toBeChecked();
  await expectAccessible(page);
  const booked = page.waitForResponse((r) => r.url().endsWith('/api/staff/appointments'));
  await dialog.getByRole('button', { name: 'Book visit' }).click();
  expect((await booked).status()).toBe(201);
  await expect(page.getByRole('status').filter({ hasText: 'booked on' })).toHaveText(
    `Olive Grid booked on ${world.day} at 13:00. The patient is emailed.`,
  );
  await expect(
    grid(page).getByRole('button', { name: new RegExp(`${range('1:00', '1:30 PM').source}\\s+Olive Grid`) }),
  ).toBeVisible();
  const row = await client.appointment.findFirstOrThrow({
    where: { therapistId: world.mayaId, startsAt: at(world.day, '13:00'), status: 'BOOKED' },
    include: { payment: true, patient: { include: { user: true } } },
  });
  expect(row.patient.user.email).toBe(world.otherEmail);
  expect(row.payment).toBeNull();
  // Olive's earlier mail (the reassignment) is there too: wait for the confirmation.
  await expect
    .poll(async () => (await latestMailTo(page.request, world.otherEmail)).subject, { timeout: 20_000 })
    .toMatch(/^Booked: /);
});

test('a visit dragged with a finger (touch, pointer events) moves like a mouse drag', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({
    timezoneId: ZONE,
    locale: 'en-US',
    baseURL,
    hasTouch: true,
    viewport: { width: 1024, height: 1200 },
  });
  try {
    const page = await context.newPage();
    expect((await signInWithPassword(page.request, world.mayaEmail)).status()).toBe(200);
    await page.goto(`/therapist/calendar?view=day&date=${world.day}`);
    const block = grid(page).getByRole('button', { name: /Pat Grid/ });
    await expect(block).toContainText(range('3:00', '3:30 PM'));
    await untilHydrated(page);
    const box = (await block.boundingBox())!;
    const body = (await grid(page).locator('.tg-body').boundingBox())!;
    const x = box.x + 20;
    const grabY = box.y + box.height / 2;
    const dropY = body.y + yOf('14:00') + box.height / 2;
    // Playwright has no touch drag; the DevTools protocol sends real touch input.
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', grabY);
    for (let i = 1; i <= 5; i++) await touch('touchMove', grabY + ((dropY - grabY) * i) / 5);
    await touch('touchEnd', dropY);
    await expect(page.getByRole('status').filter({ hasText: 'moved to' })).toHaveText(
      `Pat Grid’s visit moved to ${world.day} at 14:00. The patient is emailed.`,
    );
    expect(await startOf(world.visitId)).toBe(at(world.day, '14:00').getTime());
  } finally {
    await context.close();
  }
});

test('keyboard only: arrow keys move a visit’s preview, Escape cancels, Enter moves it (a day, then a colleague’s column)', async ({
  page,
  loginAs,
}) => {
  test.setTimeout(180_000);
  await loginAs(world.mayaEmail);
  await page.goto(`/therapist/calendar?view=day&date=${world.day}`);
  const block = grid(page).getByRole('button', { name: /Pat Grid/ });
  await expect(block).toContainText(range('2:00', '2:30 PM'));
  await untilHydrated(page);
  const status = page.getByRole('status').filter({ hasText: /Moving|moved|cancelled/ });

  await block.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(status).toHaveText(`Moving Pat Grid’s visit to ${world.day} at 14:30. Enter to move it there, Escape to cancel.`);
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(status).toHaveText(`Move cancelled. Pat Grid’s visit stays at ${world.day} at 14:00.`);
  expect(await startOf(world.visitId)).toBe(at(world.day, '14:00').getTime());

  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(`Pat Grid’s visit moved to ${world.day} at 13:30. The patient is emailed.`);
  expect(await startOf(world.visitId)).toBe(at(world.day, '13:30').getTime());
  await expect(block).toContainText(range('1:30', '2:00 PM'));
  await expect(block).toBeFocused();

  // In the week, left and right are days: toward a neighbouring weekday (the clinic's hours).
  await page.goto(`/therapist/calendar?view=week&date=${world.day}`);
  const friday = new Date(`${world.day}T00:00:00Z`).getUTCDay() === 5;
  const target = addDays(world.day, friday ? -1 : 1);
  const weekBlock = grid(page).getByRole('button', { name: /Pat Grid/ });
  await untilHydrated(page);
  await weekBlock.focus();
  await page.keyboard.press(friday ? 'ArrowLeft' : 'ArrowRight');
  await expect(status).toHaveText(`Moving Pat Grid’s visit to ${target} at 13:30. Enter to move it there, Escape to cancel.`);
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(`Pat Grid’s visit moved to ${target} at 13:30. The patient is emailed.`);
  expect(await startOf(world.visitId)).toBe(at(target, '13:30').getTime());
});

test('keyboard only at the front desk: right arrow and Enter give a visit to the colleague in the next column', async ({
  page,
  loginAs,
}) => {
  test.setTimeout(180_000);
  await loginAs(world.adminEmail);
  await page.goto(`/admin/schedule?clinic=${world.clinicId}&date=${world.day}`);
  const columns = grid(page).locator('section.tg-col');
  await untilHydrated(page);
  const visit = columns.nth(0).getByRole('button', { name: new RegExp(`${range('1:00', '1:30 PM').source}\\s+Olive Grid`) });
  await visit.focus();
  await page.keyboard.press('ArrowRight');
  const status = page.getByRole('status').filter({ hasText: /Moving|moved/ });
  await expect(status).toHaveText(
    `Moving Olive Grid’s visit to Hugo Grid, ${world.day} at 13:00. Enter to move it there, Escape to cancel.`,
  );
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('Olive Grid’s visit moved to Hugo Grid.');
  await expect(
    columns.nth(1).getByRole('button', { name: new RegExp(`${range('1:00', '1:30 PM').source}\\s+Olive Grid`) }),
  ).toBeVisible();
  await expectAccessible(page);
});
