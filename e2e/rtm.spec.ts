import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../lib/generated/prisma/client.ts';
import { createExercisePlan, createPatient } from '../prisma/factories';
import { RTM_DEMO_THERAPIST } from '../prisma/demo-rtm';
import { RTM_CONSENT_TEXT } from '../lib/rtm/consent-text';
import { expect, expectAccessible, signInWithPassword, test } from './fixtures';

// Remote monitoring between visits (decisions 026 and 029): the seeded RTM patients of Priya Raman
// (therapist3) meet and miss each threshold last month on /admin/rtm; Harbor's admin switches RTM
// off and on; a patient withdraws their consent and the therapist records it again. Harbor's admin
// and Priya are used by no other spec; the patient is created here.
const ADMIN = 'admin.harbor-pt@rehabit.test';
const PATIENT = `rtm-e2e-${randomUUID().slice(0, 8)}@rehabit.test`;
const PATIENT_NAME = 'Wren Withdrawn';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

test.describe.configure({ mode: 'serial' });

let patientId = '';
// Last month on Priya's (New York) clock: the month the seed decides.
const today = new Date().toLocaleDateString('en-CA', { timeZone: 'America/New_York' });
const lastMonth = new Date(Date.parse(`${today.slice(0, 7)}-01T12:00:00Z`) - 86_400_000).toISOString().slice(0, 7);

test.beforeAll(async () => {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
  try {
    const patient = await createPatient(client, { email: PATIENT, name: PATIENT_NAME });
    patientId = patient.patient!.id;
    const therapist = await client.therapist.findFirstOrThrow({ where: { user: { email: RTM_DEMO_THERAPIST } } });
    const exercise = await client.exercise.findFirstOrThrow({
      where: { practiceId: null, active: true },
      orderBy: { name: 'asc' },
    });
    await createExercisePlan(client, {
      patientId,
      therapistId: therapist.id,
      versions: [{ startsOn: today, items: [{ exerciseId: exercise.id }] }],
    });
    await client.rtmConsent.create({
      data: { patientId, recordedByUserId: therapist.userId, textVersion: RTM_CONSENT_TEXT.version },
    });
  } finally {
    await client.$disconnect();
  }
});

test('on a phone, the admin sees last month’s seeded patients meet and miss each threshold', async ({ page, loginAs }) => {
  await page.setViewportSize(PHONE);
  await loginAs(ADMIN);
  await page.goto(`/admin/rtm?month=${lastMonth}`);
  const row = (name: string) => page.getByTestId('rtm-table').getByRole('row', { name: new RegExp(name) });
  const codes = (name: string) => row(name).getByRole('cell').nth(5);
  await expect(codes('Rosa Delgado')).toHaveText('98977, 98980, 98981');
  await expect(codes('Grace Holloway')).toHaveText('98977, 98980, 98981, 98981');
  await expect(codes('Omar Haddad')).toHaveText('None yet');
  await expect(row('Omar Haddad')).toContainText('98977: 11 of 16 days');
  await expect(row('Omar Haddad')).toContainText('98980: 19 of 20 minutes');
  await expect(codes('Lena Fischer')).toHaveText('98977');
  await expect(row('Lena Fischer')).toContainText('98980: no interactive communication');
  await expect(codes('Victor Nguyen')).toHaveText('98980');
  await expect(row('Victor Nguyen')).toContainText('98977: 15 of 16 days');
  await expectAccessible(page);
});

test('the practice admin switches remote monitoring off and on again', async ({ page, loginAs, browser }) => {
  await page.setViewportSize(DESKTOP);
  await loginAs(ADMIN);
  await page.goto(`/admin/rtm?month=${lastMonth}`);
  const settings = page.getByRole('form', { name: 'Remote monitoring settings' });
  const offered = settings.getByLabel('Offer remote therapeutic monitoring in this practice');
  await expect(offered).toBeChecked();
  await offered.uncheck();
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('rtm-off')).toBeVisible();
  await expect(page.getByText('No patients on a plan of care in this month.')).toBeVisible();
  await expectAccessible(page);
  // The practice's therapist no longer has a Monitoring page in their menu.
  const therapist = await browser.newPage({ baseURL: test.info().project.use.baseURL, viewport: DESKTOP });
  try {
    expect((await signInWithPassword(therapist.request, RTM_DEMO_THERAPIST)).status()).toBe(200);
    await therapist.goto('/therapist');
    const menu = therapist.getByRole('navigation', { name: 'Therapist workspace' });
    await expect(menu.getByRole('link', { name: 'Patients' })).toBeVisible();
    await expect(menu.getByRole('link', { name: 'Monitoring' })).toHaveCount(0);
  } finally {
    await therapist.close();
  }
  await offered.check();
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('rtm-off')).toBeHidden();
  await expect(page.getByTestId('rtm-table').getByRole('row', { name: /Rosa Delgado/ })).toBeVisible();
});

test('on a phone, the patient withdraws their consent to remote monitoring', async ({ page, loginAs }) => {
  await page.setViewportSize(PHONE);
  await loginAs(PATIENT);
  await page.goto('/patient');
  const card = page.getByRole('region', { name: 'Remote monitoring', exact: true });
  await expect(card.getByTestId('rtm-consent-state')).toContainText('You can stop at any time.');
  await card.getByRole('button', { name: 'Withdraw my consent' }).click();
  await expectAccessible(page);
  await card.getByRole('button', { name: 'Yes, withdraw consent' }).click();
  await expect(card.getByTestId('rtm-consent-state')).toContainText('You withdrew your consent on');
  await expect(card.getByRole('button', { name: 'Withdraw my consent' })).toHaveCount(0);
  await expectAccessible(page);
});

test('the therapist sees the withdrawal and records a new consent', async ({ page, loginAs }) => {
  await page.setViewportSize(DESKTOP);
  await loginAs(RTM_DEMO_THERAPIST);
  await page.goto(`/therapist/patients/${patientId}`);
  const rtm = page.getByRole('region', { name: 'Remote monitoring this month' });
  await expect(rtm.getByTestId('rtm-consent')).toContainText(`by ${PATIENT_NAME}: nothing after it counts`);
  await expect(rtm).toContainText('RTM consent withdrawn');
  await expectAccessible(page);
  await rtm.getByLabel('The patient agreed to this text').check();
  await rtm.getByRole('button', { name: 'Record consent' }).click();
  await expect(rtm.getByTestId('rtm-consent')).toContainText('Consent to remote monitoring recorded');
  await expect(rtm.getByRole('button', { name: 'Record a withdrawal of consent' })).toBeVisible();
});
