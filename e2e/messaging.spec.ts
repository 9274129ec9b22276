import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../lib/generated/prisma/client.ts';
import { createExercisePlan, createPatient } from '../prisma/factories';
import { DEMO, expect, expectAccessible, test } from './fixtures';

// Between visits (decision 026): a patient asks their therapist about an exercise of their plan,
// the therapist answers with the RTM timer running, both see the exchange (390 px and desktop),
// and the monitoring pages show the minutes and the interactive communication. Sophie (therapist7)
// and a patient created here, whom no other spec uses, with a plan from Sophie starting today.
const THERAPIST = 'therapist7@rehabit.test';
const PATIENT = `messaging-e2e-${randomUUID().slice(0, 8)}@rehabit.test`;
const PATIENT_NAME = 'Quinn Messenger';
const QUESTION = 'My lower back twinges on the way up. Should I keep going?';
const ANSWER = 'Go only as far as is comfortable and slow the return. Tell me how it feels in two days.';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

test.describe.configure({ mode: 'serial' });

let patientId = '';
let exerciseName = '';
let therapistMonth = ''; // 'YYYY-MM' on Sophie's clock, where her minutes count

test.beforeAll(async () => {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
  try {
    const patient = await createPatient(client, { email: PATIENT, name: PATIENT_NAME });
    patientId = patient.patient!.id;
    const therapist = await client.therapist.findFirstOrThrow({ where: { user: { email: THERAPIST } } });
    const exercise = await client.exercise.findFirstOrThrow({
      where: { practiceId: null, active: true },
      orderBy: { name: 'asc' },
    });
    exerciseName = exercise.name;
    therapistMonth = new Date().toLocaleDateString('en-CA', { timeZone: therapist.timezone }).slice(0, 7);
    const today = new Date().toLocaleDateString('en-CA', { timeZone: patient.patient!.timezone });
    await createExercisePlan(client, {
      patientId,
      therapistId: therapist.id,
      title: 'Between-visits plan',
      versions: [{ startsOn: today, items: [{ exerciseId: exercise.id, timesPerDay: 1, daysPerWeek: 7 }] }],
    });
  } finally {
    await client.$disconnect();
  }
});

test('on a phone, the patient asks about an exercise from their plan', async ({ page, loginAs }) => {
  await page.setViewportSize(PHONE);
  await loginAs(PATIENT);
  await page.goto('/patient');
  await page.getByRole('link', { name: `Ask your therapist about ${exerciseName}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Messages');
  await expect(page.getByLabel('About an exercise (optional)')).toHaveValue(/.+/);
  await expect(page.getByLabel('About an exercise (optional)').locator('option:checked')).toHaveText(exerciseName);
  await page.getByLabel(/^Message to /).fill(QUESTION);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Send' }).click();
  const mine = page.getByRole('listitem').filter({ hasText: QUESTION });
  await expect(mine).toContainText(`About: ${exerciseName}`);
  await expect(mine).toContainText('Sent');
  await expect(page.getByLabel(/^Message to /)).toHaveValue('');
  await expectAccessible(page);
});

test('on a desktop, the therapist answers from the patient page with the timer running', async ({ page, loginAs }) => {
  await page.setViewportSize(DESKTOP);
  await loginAs(THERAPIST);
  await page.goto('/therapist/messages');
  const row = page.getByRole('row', { name: new RegExp(PATIENT_NAME) });
  await expect(row).toContainText('1 unread');
  await expectAccessible(page);
  await row.getByRole('link', { name: PATIENT_NAME }).click();

  const thread = page.getByRole('region', { name: 'Messages' });
  await expect(thread.getByRole('listitem').filter({ hasText: QUESTION })).toContainText(`About: ${exerciseName}`);
  await page.getByRole('button', { name: 'Start the timer' }).click();
  await expect(page.getByRole('timer')).toHaveText(/^0:0[1-9]$/, { timeout: 8000 }); // visibly running
  await thread.getByLabel(`Message to ${PATIENT_NAME}`).fill(ANSWER);
  await thread.getByRole('button', { name: 'Send' }).click();
  await expect(thread.getByRole('listitem').filter({ hasText: ANSWER })).toContainText('Sent');
  await page.getByRole('button', { name: 'Stop the timer' }).click();
  await expect(page.getByLabel('Minutes')).toHaveValue('1');
  await expect(page.getByLabel('What you did')).toHaveValue('Timer: reviewed data and messages');
  await page.getByRole('button', { name: 'Record time' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recorded 1 minute.' })).toBeVisible();
  await expectAccessible(page);
});

for (const [name, size] of [
  ['a phone', PHONE],
  ['a desktop', DESKTOP],
] as const) {
  test(`the patient sees the answer and their question read, on ${name}`, async ({ page, loginAs }) => {
    await page.setViewportSize(size);
    await loginAs(PATIENT);
    await page.goto('/patient');
    await page.getByRole('link', { name: /^Messages/ }).click();
    await expect(page.getByRole('listitem').filter({ hasText: ANSWER })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: QUESTION })).toContainText('Read');
    await expectAccessible(page);
  });
}

test('the monitoring pages show the minutes and the interactive communication', async ({ page, loginAs }) => {
  await page.setViewportSize(DESKTOP);
  await loginAs(THERAPIST);
  await page.goto('/therapist/rtm');
  const row = page.getByTestId('rtm-table').getByRole('row', { name: new RegExp(PATIENT_NAME) });
  // Minutes and interactive communication columns: 1 minute, Yes (both wrote this month).
  await expect(row.getByRole('cell').nth(3)).toHaveText('1');
  await expect(row.getByRole('cell').nth(4)).toHaveText('Yes');
  await expect(row).toContainText('98980: 1 of 20 minutes');
  await expectAccessible(page);

  await page.context().clearCookies();
  await loginAs(DEMO.admin);
  await page.goto(`/admin/rtm?month=${therapistMonth}`);
  const adminRow = page.getByTestId('rtm-table').getByRole('row', { name: new RegExp(PATIENT_NAME) });
  await expect(adminRow.getByRole('cell').nth(3)).toHaveText('1');
  await expect(adminRow.getByRole('cell').nth(4)).toHaveText('Yes');
  const csv = await page.request.get(`/api/admin/rtm/csv?month=${therapistMonth}`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(`${PATIENT_NAME},`);
  await expectAccessible(page);
});
