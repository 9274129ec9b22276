// A virtual visit end to end, with two browsers on Chromium's fake camera and microphone: the
// patient waits, the therapist admits them, each plays the other's video and audio, the patient
// leaves, and the attendance LiveKit reported shows both. The visit and its two people are made
// here (directly in the seeded database, inside the join window), so no other spec is disturbed.
import { PrismaPg } from '@prisma/adapter-pg';
import type { Browser, Locator, Page } from '@playwright/test';
import { PrismaClient } from '../lib/generated/prisma/client.ts';
import { createAppointment, createPatient, createPractice, createTherapist, DEMO_PASSWORD } from '../prisma/factories';
import config from '../playwright.config';
import { CLOCK_SHIFTED, LIVEKIT_KEEPS_REAL_CLOCK } from '../tests/support/clock-shift.ts';
import { expect, expectAccessible, signInWithPassword, test } from './fixtures';

const FAKE_MEDIA = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--autoplay-policy=no-user-gesture-required'];
const base = config.use?.launchOptions ?? {};
test.use({ launchOptions: { ...base, args: [...(base.args ?? []), ...FAKE_MEDIA] }, timezoneId: 'America/New_York', locale: 'en-US' });

const PATIENT_NAME = 'Riley Video';
const THERAPIST_NAME = 'Dana Video';

async function setUpVisit() {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
  try {
    const stamp = Date.now();
    const practice = await createPractice(client);
    const therapist = await createTherapist(client, {
      practiceId: practice.id, offersVirtual: true, name: THERAPIST_NAME, email: `video-therapist-${stamp}@rehabit.test`,
    });
    const patient = await createPatient(client, { name: PATIENT_NAME, email: `video-patient-${stamp}@rehabit.test` });
    const visitType = await client.visitType.findUniqueOrThrow({ where: { slug: 'virtual-follow-up' } });
    const appointment = await createAppointment(client, {
      patientId: patient.patient!.id, therapistId: therapist.therapist!.id, visitTypeId: visitType.id,
      startsAt: new Date(Date.now() - 5 * 60_000),
    });
    return { appointmentId: appointment.id, patientEmail: patient.email, therapistEmail: therapist.email, client };
  } catch (err) {
    await client.$disconnect();
    throw err;
  }
}

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: config.use?.baseURL, permissions: ['camera', 'microphone'] });
  const page = await context.newPage();
  expect((await signInWithPassword(page.request, email, DEMO_PASSWORD)).status(), `sign-in of ${email}`).toBe(200);
  return page;
}

/** The remote person's <video> shows frames and keeps moving. */
async function expectPlaying(video: Locator): Promise<void> {
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.videoWidth), { timeout: 30_000 }).toBeGreaterThan(0);
  const before = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 10_000 }).toBeGreaterThan(before);
}

async function expectRemoteAudio(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('audio')].some((a) =>
    (a.srcObject as MediaStream | null)?.getAudioTracks().some((t) => t.readyState === 'live') ?? false)), { timeout: 20_000 }).toBe(true);
}

async function passPreJoinCheck(page: Page, joinLabel: string): Promise<void> {
  const check = page.getByRole('region', { name: 'Check your camera and microphone' });
  await expect(check.getByRole('status')).toHaveText(/^Video service reachable \(\d+ ms\)\.$/, { timeout: 20_000 });
  await expect.poll(() => check.getByLabel('Your camera preview').evaluate((v: HTMLVideoElement) => v.videoWidth)).toBeGreaterThan(0);
  await expect(check.getByLabel('Camera', { exact: true })).toBeVisible();
  await expect(check.getByLabel('Microphone', { exact: true })).toBeVisible();
  // Chromium's fake microphone beeps: the level meter moves.
  await expect.poll(() => check.getByLabel('Microphone level').evaluate((m: HTMLMeterElement) => m.value), { timeout: 10_000, intervals: [50] }).toBeGreaterThan(0.1);
  await expect(check.getByRole('button', { name: joinLabel })).toBeEnabled();
  await check.getByRole('button', { name: joinLabel }).click();
}

test('the patient waits, the therapist admits them, both see and hear each other, attendance records both', async ({ browser }) => {
  test.skip(CLOCK_SHIFTED, LIVEKIT_KEEPS_REAL_CLOCK);
  test.setTimeout(180_000);
  const visit = await setUpVisit();
  const patient = await signedInPage(browser, visit.patientEmail);
  const therapist = await signedInPage(browser, visit.therapistEmail);
  try {
    await test.step('the patient joins from the dashboard and waits', async () => {
      await patient.goto('/patient');
      await patient.getByRole('link', { name: 'Join video visit' }).click();
      await expect(patient).toHaveURL(new RegExp(`/patient/visits/${visit.appointmentId}$`));
      await expect(patient.getByRole('heading', { level: 1 })).toHaveText(`Virtual follow-up with ${THERAPIST_NAME}`);
      await passPreJoinCheck(patient, 'Join visit');
      await expect(patient.getByRole('heading', { name: 'Your therapist will let you in shortly' })).toBeVisible();
      await expectAccessible(patient);
    });

    await test.step('the therapist starts the visit from the schedule and sees the patient waiting', async () => {
      await therapist.goto('/therapist');
      await therapist.getByRole('region', { name: 'Today’s schedule' }).getByRole('link', { name: 'Join video visit' }).click();
      await passPreJoinCheck(therapist, 'Start visit');
      const waiting = therapist.getByRole('region', { name: 'Waiting room' });
      await expect(waiting.getByRole('listitem').filter({ hasText: PATIENT_NAME })).toContainText(/is waiting since \d{1,2}:\d{2} [AP]M/);
      await waiting.getByRole('button', { name: `Admit ${PATIENT_NAME}` }).click();
      await expect(waiting.getByText('Nobody is waiting.')).toBeVisible();
    });

    await test.step('the patient is let in without a reload; each plays the other', async () => {
      await expect(patient.getByRole('heading', { name: 'Your therapist will let you in shortly' })).toBeHidden();
      await expectPlaying(patient.getByRole('figure', { name: `Video from ${THERAPIST_NAME}` }).locator('video'));
      await expectPlaying(therapist.getByRole('figure', { name: `Video from ${PATIENT_NAME}` }).locator('video'));
      await expectRemoteAudio(patient);
      await expectRemoteAudio(therapist);
      await expectAccessible(therapist);
    });

    await test.step('the patient leaves; LiveKit reports both joins and the leave', async () => {
      await patient.getByRole('group', { name: 'Call controls' }).getByRole('button', { name: 'Leave' }).click();
      await expect(patient.getByRole('heading', { name: 'You left the visit.' })).toBeVisible();
      await expect.poll(async () => (await visit.client.videoAttendance.findMany({
        where: { appointmentId: visit.appointmentId }, select: { role: true, leftAt: true },
      })).map((r) => `${r.role}:${r.leftAt ? 'left' : 'in'}`).sort(), { timeout: 20_000 }).toEqual(['PATIENT:left', 'THERAPIST:in']);
    });

    await test.step('the therapist ends the visit, sees the attendance and marks it completed', async () => {
      const controls = therapist.getByRole('group', { name: 'Call controls' });
      await controls.getByRole('button', { name: 'End visit' }).click();
      await controls.getByRole('button', { name: 'Yes, end visit' }).click();
      const summary = therapist.getByRole('region', { name: 'Visit ended' });
      const rows = summary.getByRole('listitem');
      await expect(rows).toHaveCount(2);
      await expect(rows.filter({ hasText: PATIENT_NAME })).toContainText(/\(patient\) joined at \d{1,2}:\d{2} [AP]M, left at/);
      await expect(rows.filter({ hasText: THERAPIST_NAME })).toContainText(/\(therapist\) joined at \d{1,2}:\d{2} [AP]M, left at/);
      await expect(summary).toContainText(/Together on video: \d+ (seconds?|minutes?)\./);
      await summary.getByRole('button', { name: 'Mark completed' }).click();
      await expect(summary.getByRole('status')).toContainText('Marked completed.');
      const row = await visit.client.appointment.findUniqueOrThrow({ where: { id: visit.appointmentId } });
      expect(row).toMatchObject({ status: 'COMPLETED', needsNoShowReview: false });
      expect(row.roomFinishedAt).not.toBeNull();
      expect(row.videoSeconds).toBeGreaterThanOrEqual(0);
    });
  } finally {
    await patient.context().close();
    await therapist.context().close();
    await visit.client.$disconnect();
  }
});
