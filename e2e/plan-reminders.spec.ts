// Issue 16 part 5 (decision 030): a plan with before-bed stretches shows in the patient's
// "Before bed" group, and the patient's before-bed reminder email arrives at the time they chose.
// The time is the next whole minute at least 30 s ahead on the patient's own clock (New York), so
// the spec passes on any calendar day, midnight and DST nights included. The app's own worker
// sends the email; the spec reads it from the mail catcher.
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type { APIRequestContext } from '@playwright/test';
import { PrismaClient } from '../lib/generated/prisma/client.ts';
import { createExercisePlan, createPatient } from '../prisma/factories';
import { expect, expectAccessible, test } from './fixtures';

const ZONE = 'America/New_York';
const PATIENT = `reminder-e2e-${randomUUID().slice(0, 8)}@rehabit.test`;
const STRETCH = 'Single knee-to-chest stretch';

test.beforeAll(async () => {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
  try {
    const patient = await createPatient(client, { email: PATIENT, name: 'Rae Minder' });
    await client.patient.update({ where: { id: patient.patient!.id }, data: { timezone: ZONE } });
    const therapist = await client.therapist.findFirstOrThrow({ where: { user: { email: 'therapist4@rehabit.test' } } });
    const stretch = await client.exercise.findFirstOrThrow({ where: { name: STRETCH, practiceId: null } });
    const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString('en-CA', { timeZone: ZONE });
    await createExercisePlan(client, {
      patientId: patient.patient!.id,
      therapistId: therapist.id,
      title: 'Stretches for the night',
      versions: [
        { startsOn: yesterday, items: [{ exerciseId: stretch.id, timesPerDay: 2, timesOfDay: ['MORNING', 'BEFORE_BED'] }] },
      ],
    });
  } finally {
    await client.$disconnect();
  }
});

/** 'HH:MM' on the patient's clock: the next whole minute at least 30 s from now. */
function nextMinuteOnPatientClock(): string {
  const at = new Date(Math.ceil((Date.now() + 30_000) / 60_000) * 60_000);
  return new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' }).format(at);
}

interface CaughtMail {
  subject: string;
  text: string;
  to: { address: string }[];
}
async function remindersTo(request: APIRequestContext, address: string): Promise<CaughtMail[]> {
  const api = process.env.MAILDEV_API ?? 'http://127.0.0.1:1180';
  const all = (await (await request.get(`${api}/api/email`)).json()) as CaughtMail[];
  return all.filter((m) => m.to.some((t) => t.address === address) && m.subject === 'Your before-bed exercises are ready');
}

test('a plan with before-bed stretches shows in the evening group and sends its reminder', async ({ page, loginAs, request }) => {
  // Up to a minute and a half until the chosen minute, plus the worker's poll.
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAs(PATIENT);
  await page.goto('/patient');
  await expect(page.getByRole('region', { name: 'Before bed' }).getByText(STRETCH)).toBeVisible();
  await expect(page.getByRole('region', { name: 'This morning' }).getByText(STRETCH)).toBeVisible();

  await page.getByRole('link', { name: 'Email reminders for these times' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exercise reminders');
  const beforeBed = page.getByRole('group', { name: 'Before bed' });
  await expect(page.getByRole('group', { name: 'Morning' }).getByLabel('Morning reminder time')).toHaveValue('08:00');
  await expect(beforeBed.getByLabel('Before bed reminder time')).toHaveValue('21:30');
  await expectAccessible(page);

  // By keyboard: Space ticks the box, the time is typed into its field.
  await beforeBed.getByRole('checkbox', { name: 'Email me before bed' }).focus();
  await page.keyboard.press('Space');
  await expect(beforeBed.getByRole('checkbox', { name: 'Email me before bed' })).toBeChecked();
  const time = nextMinuteOnPatientClock();
  await beforeBed.getByLabel('Before bed reminder time').fill(time);
  await page.getByRole('button', { name: 'Save reminders' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Reminders saved.' })).toBeVisible();
  const hour = Number(time.slice(0, 2));
  const spoken = `${hour % 12 === 0 ? 12 : hour % 12}:${time.slice(3)} ${hour < 12 ? 'AM' : 'PM'}`;
  await expect(beforeBed.getByText(/^Next: /)).toContainText(spoken);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // The app's worker sends it at that minute, once.
  await expect.poll(() => remindersTo(request, PATIENT).then((m) => m.length), { timeout: 180_000, intervals: [2_000] }).toBe(1);
  const [mail] = await remindersTo(request, PATIENT);
  expect(mail!.text).toContain('/patient/reminders');
  expect(mail!.text).not.toContain(STRETCH);
});
