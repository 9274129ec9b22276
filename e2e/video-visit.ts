// What the video specs share: a virtual visit made directly in the seeded database (inside the
// join window, with its own practice and two people, so no other spec is disturbed), browsers on
// Chromium's fake camera and microphone, and the checks that media really flows.
import { PrismaPg } from '@prisma/adapter-pg';
import type { Browser, Locator, Page, PlaywrightTestOptions, PlaywrightWorkerOptions } from '@playwright/test';
import { PrismaClient } from '../lib/generated/prisma/client.ts';
import { createAppointment, createPatient, createPractice, createTherapist, DEMO_PASSWORD } from '../prisma/factories';
import config from '../playwright.config';
import { expect, signInWithPassword } from './fixtures';

export const FAKE_MEDIA = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--autoplay-policy=no-user-gesture-required',
];
const base = config.use?.launchOptions ?? {};
/** Chromium with a fake camera (a moving test pattern) and a beeping fake microphone, in New York time. */
export const FAKE_MEDIA_USE: Partial<PlaywrightTestOptions & PlaywrightWorkerOptions> = {
  launchOptions: { ...base, args: [...(base.args ?? []), ...FAKE_MEDIA] },
  timezoneId: 'America/New_York',
  locale: 'en-US',
};

export const PATIENT_NAME = 'Riley Video';
export const THERAPIST_NAME = 'Dana Video';

/** A virtual visit that started five minutes ago (its room open), or at `startsAt`. */
export async function setUpVisit(startsAt = new Date(Date.now() - 5 * 60_000)) {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
  try {
    const stamp = Date.now();
    const practice = await createPractice(client);
    const therapist = await createTherapist(client, {
      practiceId: practice.id,
      offersVirtual: true,
      name: THERAPIST_NAME,
      email: `video-therapist-${stamp}@rehabit.test`,
    });
    const patient = await createPatient(client, { name: PATIENT_NAME, email: `video-patient-${stamp}@rehabit.test` });
    const visitType = await client.visitType.findUniqueOrThrow({ where: { slug: 'virtual-follow-up' } });
    const appointment = await createAppointment(client, {
      patientId: patient.patient!.id,
      therapistId: therapist.therapist!.id,
      visitTypeId: visitType.id,
      startsAt,
    });
    return {
      appointmentId: appointment.id,
      patientId: patient.patient!.id,
      therapistId: therapist.therapist!.id,
      patientEmail: patient.email,
      therapistEmail: therapist.email,
      client,
    };
  } catch (err) {
    await client.$disconnect();
    throw err;
  }
}

export async function signedInPage(browser: Browser, email: string, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({
    baseURL: config.use?.baseURL,
    permissions: ['camera', 'microphone'],
    ...(viewport ? { viewport } : {}),
  });
  const page = await context.newPage();
  expect((await signInWithPassword(page.request, email, DEMO_PASSWORD)).status(), `sign-in of ${email}`).toBe(200);
  return page;
}

/** The remote person's <video> shows frames and keeps moving. */
export async function expectPlaying(video: Locator): Promise<void> {
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.videoWidth), { timeout: 30_000 }).toBeGreaterThan(0);
  const before = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 10_000 }).toBeGreaterThan(before);
}

export async function expectRemoteAudio(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          [...document.querySelectorAll('audio')].some(
            (a) => (a.srcObject as MediaStream | null)?.getAudioTracks().some((t) => t.readyState === 'live') ?? false,
          ),
        ),
      { timeout: 20_000 },
    )
    .toBe(true);
}

export async function passPreJoinCheck(page: Page, joinLabel: string): Promise<void> {
  const check = page.getByRole('region', { name: 'Check your camera and microphone' });
  await expect(check.getByRole('status')).toHaveText(/^Video service reachable \(\d+ ms\)\.$/, { timeout: 20_000 });
  await expect
    .poll(() => check.getByLabel('Your camera preview').evaluate((v: HTMLVideoElement) => v.videoWidth))
    .toBeGreaterThan(0);
  await expect(check.getByLabel('Camera', { exact: true })).toBeVisible();
  await expect(check.getByLabel('Microphone', { exact: true })).toBeVisible();
  // Chromium's fake microphone beeps: the level meter moves.
  await expect
    .poll(() => check.getByLabel('Microphone level').evaluate((m: HTMLMeterElement) => m.value), {
      timeout: 10_000,
      intervals: [50],
    })
    .toBeGreaterThan(0.1);
  await expect(check.getByRole('button', { name: joinLabel })).toBeEnabled();
  await check.getByRole('button', { name: joinLabel }).click();
}
