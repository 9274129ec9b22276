// Issue 16 part 5: a plan with before-bed stretches shows in the patient's "Before bed" group and
// is logged for that time; the patient's sleep check-in shows on the therapist's patient page as
// a trend. Luis Herrera (therapist4) and a patient made here, whom no other spec uses.
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../lib/generated/prisma/client.ts';
import { createAppointment, createPatient } from '../prisma/factories';
import { expect, expectAccessible, test } from './fixtures';

const THERAPIST = 'therapist4@rehabit.test';
const PATIENT = `night-e2e-${randomUUID().slice(0, 8)}@rehabit.test`;
const PATIENT_NAME = 'Noor Kassab';

test.describe.configure({ mode: 'serial' });

let patientId = '';

test.beforeAll(async () => {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
  try {
    const patient = await createPatient(client, { email: PATIENT, name: PATIENT_NAME });
    patientId = patient.patient!.id;
    const luis = await client.therapist.findFirstOrThrow({ where: { user: { email: THERAPIST } } });
    const evaluation = await client.visitType.findUniqueOrThrow({ where: { slug: 'initial-evaluation' } });
    await createAppointment(client, {
      patientId,
      therapistId: luis.id,
      visitTypeId: evaluation.id,
      status: 'COMPLETED',
      startsAt: new Date(Date.now() - 2 * 86_400_000),
      createdById: luis.userId,
    });
  } finally {
    await client.$disconnect();
  }
});

test('the therapist plans a stretch before bed and in the morning', async ({ page, loginAs }) => {
  await loginAs(THERAPIST);
  await page.goto(`/therapist/patients/${patientId}/plan`);
  await page.getByRole('button', { name: 'Add Pelvic tilt' }).click();
  await page.getByLabel('Title').fill('Nights program');
  await page.getByLabel('Times a day for Pelvic tilt').fill('2');
  const item = page.getByRole('group', { name: /^1\. Pelvic tilt/ });
  await item.getByRole('checkbox', { name: 'Morning' }).check();
  await item.getByRole('checkbox', { name: 'Before bed' }).check();
  await page.getByRole('button', { name: 'Save the plan' }).click();
  await expect(page).toHaveURL(new RegExp(`/therapist/patients/${patientId}\\?saved=1$`));
  await expect(
    page.getByRole('region', { name: 'Nights program' }).getByRole('listitem').filter({ hasText: 'Pelvic tilt' }),
  ).toContainText('morning, before bed');
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
]) {
  test(`at ${viewport.width} px the patient sees "Before bed", logs it for then, and checks in their sleep`, async ({
    page,
    loginAs,
  }) => {
    await page.setViewportSize(viewport);
    await loginAs(PATIENT);
    await page.goto('/patient');
    const before = page.getByRole('region', { name: 'Before bed' });
    await expect(before.getByText('Pelvic tilt')).toBeVisible();
    await expect(page.getByRole('region', { name: 'This morning' }).getByText('Pelvic tilt')).toBeVisible();
    await expectAccessible(page);

    if (viewport.width === 390) {
      await page.getByRole('button', { name: 'Log a session of Pelvic tilt' }).click();
      const form = page.getByRole('form', { name: 'Log a session of Pelvic tilt' });
      await form.getByRole('radio', { name: 'Before bed' }).check();
      await form.getByRole('radio', { name: '2', exact: true }).check();
      await form.getByRole('button', { name: 'Save' }).click();
      await expect(before.getByText('done')).toBeVisible();
    }

    const sleep = page.getByRole('region', { name: 'Last night' });
    await sleep.getByRole('radio', { name: viewport.width === 390 ? '7' : '6', exact: true }).check();
    await sleep.getByLabel('Times woken by pain').fill('2');
    await sleep.getByLabel('Hours slept').fill('5.5');
    await sleep.getByRole('button', { name: 'Save sleep check-in' }).click();
    await expect(sleep.getByRole('status')).toHaveText(/Sleep check-in saved/);
    // Nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  });
}

test('the therapist sees the night on the patient page', async ({ page, loginAs }) => {
  await loginAs(THERAPIST);
  await page.goto(`/therapist/patients/${patientId}`);
  const sleep = page.getByRole('region', { name: 'Sleep and night pain' });
  await expect(sleep.getByText('Night pain this week:')).toContainText('6/10');
  await expect(sleep.getByRole('table', { name: /Sleep check-ins/ }).getByRole('row')).toHaveCount(2);
  await expectAccessible(page);
});

test('at 390 px a patient filters clinics by aquatic therapy', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/locations');
  await page.getByLabel('ZIP code').fill('02116');
  await page.getByLabel('Within').selectOption('250');
  await page.getByLabel('Offering').selectOption({ label: 'Aquatic therapy' });
  await page.getByRole('button', { name: 'Find clinics' }).click();
  await expect(page).toHaveURL(/service=aquatic-therapy/);
  await expect(page.getByRole('heading', { name: 'Harbor PT — Back Bay' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Harbor PT — Chelsea' })).toHaveCount(0);
  await expect(page.getByText('Aquatic therapy, Instrument-assisted manual therapy').first()).toBeVisible();
  await expectAccessible(page);
});
