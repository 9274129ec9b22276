// The video visit as a patient on a phone (390×844, then turned sideways) and a therapist on a
// laptop (1280×800) see it: the other person fills the screen and is never cropped, one's own
// video is small and can be moved, the controls sit where a thumb reaches, and what is on or off
// (microphone, camera, connection, time) is said on screen. Geometry is measured, axe runs on
// both, and screenshots are kept with the test results.
import type { Locator, Page } from '@playwright/test';
import { CLOCK_SHIFTED, LIVEKIT_KEEPS_REAL_CLOCK } from '../tests/support/clock-shift.ts';
import { expect, expectAccessible, test } from './fixtures';
import {
  expectPlaying,
  FAKE_MEDIA_USE,
  passPreJoinCheck,
  PATIENT_NAME,
  setUpVisit,
  signedInPage,
  THERAPIST_NAME,
} from './video-visit';

test.use(FAKE_MEDIA_USE);
// Two calls at once are four Chromiums with fake media: one after the other on this small machine.
test.describe.configure({ mode: 'default' });

const PHONE = { width: 390, height: 844 };
const PHONE_SIDEWAYS = { width: 844, height: 390 };
const LAPTOP = { width: 1280, height: 800 };

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  expect(b, 'element is laid out').not.toBeNull();
  return b!;
}

async function snapshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
}

/** Every control is a comfortable touch target, inside the screen. */
async function expectThumbControls(page: Page, viewport: { width: number; height: number }) {
  const controls = page.getByRole('group', { name: 'Call controls' });
  for (const control of await controls.locator(':scope > button:visible, :scope > details > summary:visible').all()) {
    const b = await box(control);
    expect(b.height, `${await control.textContent()} is tall enough to tap`).toBeGreaterThanOrEqual(44);
    expect(b.width).toBeGreaterThanOrEqual(44);
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(viewport.width + 0.5);
    expect(b.y + b.height).toBeLessThanOrEqual(viewport.height + 0.5);
  }
  return box(controls);
}

test('on a phone the therapist fills the screen, the patient’s own video is small and movable, controls at the thumb', async ({
  browser,
}) => {
  test.skip(CLOCK_SHIFTED, LIVEKIT_KEEPS_REAL_CLOCK);
  test.setTimeout(300_000);
  const visit = await setUpVisit();
  const patient = await signedInPage(browser, visit.patientEmail, PHONE);
  const therapist = await signedInPage(browser, visit.therapistEmail, LAPTOP);
  const remoteOnPhone = patient.getByRole('figure', { name: `Video from ${THERAPIST_NAME}` });
  const remoteOnLaptop = therapist.getByRole('figure', { name: `Video from ${PATIENT_NAME}` });
  try {
    await test.step('both join; the therapist admits the patient', async () => {
      await patient.goto(`/patient/visits/${visit.appointmentId}`);
      await passPreJoinCheck(patient, 'Join visit');
      await expect(patient.getByRole('heading', { name: 'Your therapist will let you in shortly' })).toBeVisible();
      await therapist.goto(`/therapist/visits/${visit.appointmentId}`);
      await passPreJoinCheck(therapist, 'Start visit');
      await therapist
        .getByRole('region', { name: 'Waiting room' })
        .getByRole('button', { name: `Admit ${PATIENT_NAME}` })
        .click();
      await expectPlaying(remoteOnPhone.locator('video'));
      await expectPlaying(remoteOnLaptop.locator('video'));
    });

    await test.step('phone, portrait: the therapist covers the screen, uncropped; own video small; controls at the bottom', async () => {
      const video = await box(remoteOnPhone.locator('video'));
      expect(video.width).toBeGreaterThanOrEqual(PHONE.width * 0.98);
      expect(video.height).toBeGreaterThanOrEqual(PHONE.height * 0.8);
      expect(video.width * video.height).toBeGreaterThanOrEqual(PHONE.width * PHONE.height * 0.8);
      await expect(remoteOnPhone.locator('video')).toHaveCSS('object-fit', 'contain');
      const self = await box(patient.getByRole('figure', { name: 'Your video' }));
      expect(self.width * self.height).toBeLessThan(video.width * video.height * 0.12);
      const controls = await expectThumbControls(patient, PHONE);
      expect(controls.y, 'controls in the lower part of the screen').toBeGreaterThanOrEqual(PHONE.height * 0.8);
      expect(controls.y + controls.height).toBeCloseTo(PHONE.height, 0);
      await expect(patient.getByRole('timer', { name: 'Time in call' })).toHaveText(/^\d+:\d{2}$/);
      await expect(remoteOnPhone).toContainText(/Dana Video’s connection (excellent|good|poor|lost|being measured)/);
      await snapshot(patient, 'phone-portrait');
      await expectAccessible(patient);
    });

    await test.step('phone: the own video is dragged to another corner, or moved with its button', async () => {
      const selfTile = patient.getByRole('figure', { name: 'Your video' });
      await expect(selfTile).toHaveAttribute('data-corner', 'top-right');
      const start = await box(selfTile);
      await patient.mouse.move(start.x + start.width / 2, start.y + start.height * 0.7);
      await patient.mouse.down();
      await patient.mouse.move(60, PHONE.height * 0.7, { steps: 8 });
      await patient.mouse.up();
      await expect(selfTile).toHaveAttribute('data-corner', 'bottom-left');
      const moved = await box(selfTile);
      expect(moved.x).toBeLessThan(PHONE.width / 4);
      expect(moved.y).toBeGreaterThan(PHONE.height / 2);
      const controls = await box(patient.getByRole('group', { name: 'Call controls' }));
      expect(moved.y + moved.height, 'the own video stays above the controls').toBeLessThanOrEqual(controls.y);
      await selfTile.getByRole('button', { name: 'Move your video to another corner' }).click();
      await expect(selfTile).toHaveAttribute('data-corner', 'top-left');
    });

    await test.step('phone, sideways: the therapist fills the height; controls are a column at the right edge', async () => {
      await patient.setViewportSize(PHONE_SIDEWAYS);
      await expect
        .poll(async () => (await box(remoteOnPhone.locator('video'))).height)
        .toBeGreaterThanOrEqual(PHONE_SIDEWAYS.height * 0.98);
      const video = await box(remoteOnPhone.locator('video'));
      expect(video.width).toBeGreaterThanOrEqual(PHONE_SIDEWAYS.width * 0.75);
      const controls = await expectThumbControls(patient, PHONE_SIDEWAYS);
      expect(controls.x, 'controls at the right edge').toBeGreaterThanOrEqual(PHONE_SIDEWAYS.width * 0.8);
      await snapshot(patient, 'phone-landscape');
      await expectAccessible(patient);
      await patient.setViewportSize(PHONE);
    });

    await test.step('laptop: the patient is large beside the waiting room, the therapist’s own video small', async () => {
      const video = await box(remoteOnLaptop.locator('video'));
      expect(video.width).toBeGreaterThanOrEqual(LAPTOP.width * 0.5);
      expect(video.height).toBeGreaterThanOrEqual(LAPTOP.height * 0.45);
      await expect(remoteOnLaptop.locator('video')).toHaveCSS('object-fit', 'contain');
      const self = await box(therapist.getByRole('figure', { name: 'Your video' }));
      expect(self.width * self.height).toBeLessThan(video.width * video.height * 0.12);
      const controls = await box(therapist.getByRole('group', { name: 'Call controls' }));
      expect(controls.y + controls.height).toBeLessThanOrEqual(LAPTOP.height);
      await snapshot(therapist, 'laptop');
      await expectAccessible(therapist);
    });

    await test.step('the therapist mutes and turns the camera off: both say so in words, the patient sees a name, not black', async () => {
      const controls = therapist.getByRole('group', { name: 'Call controls' });
      await controls.getByRole('button', { name: 'Mic on' }).click();
      await expect(controls.getByRole('button', { name: 'Mic off' })).toBeVisible();
      await expect(remoteOnPhone.getByText('Muted')).toBeVisible();
      await controls.getByRole('button', { name: 'Camera on' }).click();
      await expect(controls.getByRole('button', { name: 'Camera off' })).toBeVisible();
      await expect(remoteOnPhone.locator('video')).toHaveCount(0);
      await expect(remoteOnPhone.locator('.avatar-placeholder')).toContainText(`DV${THERAPIST_NAME}Camera off`);
      await expect(therapist.getByRole('figure', { name: 'Your video' })).toContainText('Your camera is off');
      const avatar = await box(remoteOnPhone);
      expect(avatar.width * avatar.height).toBeGreaterThanOrEqual(PHONE.width * PHONE.height * 0.8);
      await snapshot(patient, 'phone-camera-off');
      await expectAccessible(patient);
      await controls.getByRole('button', { name: 'Camera off' }).click();
      await expectPlaying(remoteOnPhone.locator('video'));
    });

    await test.step('the timer runs', async () => {
      const timer = patient.getByRole('timer', { name: 'Time in call' });
      const before = await timer.textContent();
      await expect(timer).not.toHaveText(before ?? '', { timeout: 5_000 });
    });
  } finally {
    await patient.context().close();
    await therapist.context().close();
    await visit.client.$disconnect();
  }
});

test('a therapist on a phone opens the waiting room over the call and admits from it', async ({ browser }) => {
  test.skip(CLOCK_SHIFTED, LIVEKIT_KEEPS_REAL_CLOCK);
  test.setTimeout(240_000);
  const visit = await setUpVisit();
  const therapist = await signedInPage(browser, visit.therapistEmail, PHONE);
  const patient = await signedInPage(browser, visit.patientEmail, PHONE);
  try {
    await therapist.goto(`/therapist/visits/${visit.appointmentId}`);
    await passPreJoinCheck(therapist, 'Start visit');
    const controls = therapist.getByRole('group', { name: 'Call controls' });
    const toggle = controls.getByRole('button', { name: /^Waiting room/ });
    await expect(therapist.getByRole('region', { name: 'Waiting room' })).toBeHidden();
    await patient.goto(`/patient/visits/${visit.appointmentId}`);
    await passPreJoinCheck(patient, 'Join visit');
    await expect(toggle).toHaveAccessibleName('Waiting room (1 waiting)', { timeout: 15_000 });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const waiting = therapist.getByRole('region', { name: 'Waiting room' });
    await expect(waiting).toBeVisible();
    await snapshot(therapist, 'phone-therapist-waiting-room');
    await expectAccessible(therapist);
    await waiting.getByRole('button', { name: `Admit ${PATIENT_NAME}` }).click();
    // LiveKit's participant list can lag the grant by a few seconds on a loaded machine.
    await expect(toggle).toHaveAccessibleName('Waiting room', { timeout: 20_000 });
    await toggle.click();
    await expect(waiting).toBeHidden();
    const remote = therapist.getByRole('figure', { name: `Video from ${PATIENT_NAME}` });
    await expectPlaying(remote.locator('video'));
    const video = await box(remote.locator('video'));
    expect(video.width * video.height).toBeGreaterThanOrEqual(PHONE.width * PHONE.height * 0.75);
    await expectThumbControls(therapist, PHONE);
    await controls.getByRole('button', { name: 'End visit' }).click();
    await expect(controls.getByRole('button', { name: 'Yes, end visit' })).toBeInViewport();
    await snapshot(therapist, 'phone-therapist-end-confirm');
    await controls.getByRole('button', { name: 'Keep going' }).click();
  } finally {
    await patient.context().close();
    await therapist.context().close();
    await visit.client.$disconnect();
  }
});
