// A therapist checks a patient in, writes the SOAP note, saves a draft, signs it, and can then
// only add addenda; the patient reads the signed note. The practice, therapist, patient and the
// in-clinic visit (starting shortly, so check-in is open) are made here, so no other spec is touched.
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../lib/generated/prisma/client.ts';
import { createAppointment, createClinic, createPatient, createPractice, createTherapist } from '../prisma/factories';
import { expect, expectAccessible, signInWithPassword, test } from './fixtures';

const stamp = randomUUID().slice(0, 8);
const THERAPIST = `notes-therapist-${stamp}@rehabit.test`;
const OTHER_THERAPIST = `notes-other-${stamp}@rehabit.test`;
const PATIENT = `notes-patient-${stamp}@rehabit.test`;
const PATIENT_NAME = 'Quinn Notes';
const SOAP = {
  Subjective: 'Knee pain 3/10 on stairs, no night pain.',
  Objective: 'Knee flexion 120°, quad lag absent.',
  Assessment: 'Patellofemoral pain, improving.',
  Plan: 'Add step-downs; review in two weeks.',
};

test.describe.configure({ mode: 'serial' });
test.use({ timezoneId: 'America/New_York', locale: 'en-US' });

let appointmentId = '';
let patientId = '';

test.beforeAll(async () => {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
  try {
    const practice = await createPractice(client);
    const clinic = await createClinic(client, practice.id, { name: 'Notes Test Clinic' });
    const therapist = await createTherapist(client, {
      practiceId: practice.id,
      clinicId: clinic.id,
      name: 'Sam Notes',
      email: THERAPIST,
    });
    await createTherapist(client, { practiceId: practice.id, clinicId: clinic.id, name: 'Kim Other', email: OTHER_THERAPIST });
    const patient = await createPatient(client, { name: PATIENT_NAME, email: PATIENT });
    patientId = patient.patient!.id;
    const followUp = await client.visitType.findUniqueOrThrow({ where: { slug: 'follow-up' } });
    const visit = await createAppointment(client, {
      patientId,
      therapistId: therapist.therapist!.id,
      visitTypeId: followUp.id,
      startsAt: new Date(Date.now() + 20 * 60_000),
    });
    appointmentId = visit.id;
  } finally {
    await client.$disconnect();
  }
});

test('the therapist checks the patient in, writes and signs the SOAP note, then can only add addenda', async ({
  page,
  loginAs,
}) => {
  test.setTimeout(90_000); // six pages checked with axe and a note signed: more than the default budget on 2 cores
  await loginAs(THERAPIST);
  await page.goto('/therapist/patients');
  const row = page.getByRole('row', { name: new RegExp(PATIENT_NAME) });
  await expectAccessible(page);
  await row.getByRole('link', { name: /\d{1,2}:\d{2}/ }).click();
  await expect(page).toHaveURL(new RegExp(`/therapist/visits/${appointmentId}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Follow-up with ${PATIENT_NAME}`);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Check in' }).click();
  await expect(page.getByText(/Checked in at/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Check in' })).toHaveCount(0);

  for (const [label, text] of Object.entries(SOAP)) await page.getByRole('textbox', { name: label, exact: true }).fill(text);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Draft saved at/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Plan', exact: true })).toHaveValue(SOAP.Plan);

  await page.getByRole('button', { name: 'Sign…' }).click();
  const confirm = page.getByRole('group', { name: 'Sign the note' });
  await expect(confirm).toContainText('cannot be changed');
  await confirm.getByRole('button', { name: 'Yes, sign the note' }).click();

  const note = page.getByTestId('signed-note');
  await expect(note).toContainText('Signed by Sam Notes');
  for (const text of Object.values(SOAP)) await expect(note).toContainText(text);
  for (const label of Object.keys(SOAP)) await expect(page.getByRole('textbox', { name: label, exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save draft' })).toHaveCount(0);
  await expectAccessible(page);

  // Even straight at the API, the signed note refuses changes.
  const edit = await page.request.put(`/api/appointments/${appointmentId}/note`, {
    data: { subjective: 'x', objective: 'x', assessment: 'x', plan: 'x', expectedUpdatedAt: new Date().toISOString() },
  });
  expect(edit.status()).toBe(409);

  await page.getByLabel('Add an addendum').fill('Patient also mentioned mild swelling after runs.');
  await page.getByRole('button', { name: 'Add addendum' }).click();
  const addendum = page.getByRole('listitem').filter({ hasText: 'Patient also mentioned mild swelling after runs.' });
  await expect(addendum).toContainText('Sam Notes');
  await expectAccessible(page);

  await page.goto(`/therapist/patients/${patientId}`);
  await expect(page.getByRole('region', { name: 'Visit notes' })).toContainText('Signed');
  await expectAccessible(page);
});

test('the patient reads the signed note of their visit with its addendum', async ({ page, loginAs }) => {
  await loginAs(PATIENT);
  await page.goto('/patient/appointments');
  await page.getByRole('link', { name: 'Read the visit note' }).click();
  await expect(page).toHaveURL(new RegExp(`/patient/visits/${appointmentId}$`));
  const note = page.getByRole('region', { name: /visit note/ });
  for (const text of Object.values(SOAP)) await expect(note).toContainText(text);
  await expect(note).toContainText('Patient also mentioned mild swelling after runs.');
  await expectAccessible(page);
});

test('a patient cannot open therapist or admin pages, and another therapist does not find the visit', async ({
  page,
  browser,
  loginAs,
}) => {
  await loginAs(PATIENT);
  for (const path of [
    '/therapist/patients',
    `/therapist/visits/${appointmentId}`,
    `/therapist/patients/${patientId}`,
    '/admin/appointments',
  ]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/patient\?denied=1$/);
  }
  const other = await browser.newPage();
  try {
    expect((await signInWithPassword(other.request, OTHER_THERAPIST)).status()).toBe(200);
    const visit = await other.goto(`/therapist/visits/${appointmentId}`);
    expect(visit?.status()).toBe(404);
    const record = await other.goto(`/therapist/patients/${patientId}`);
    expect(record?.status()).toBe(404);
    expect((await other.request.get(`/api/appointments/${appointmentId}/note`)).status()).toBe(404);
  } finally {
    await other.close();
  }
});
