// A patient tests camera, microphone and connection from the dashboard days before a video visit
// (no visit in its join window), on a phone and on a laptop, with Chromium's fake devices.
import { expect, expectAccessible, test } from './fixtures';
import { FAKE_MEDIA_USE, setUpVisit, signedInPage } from './video-visit';

test.use(FAKE_MEDIA_USE);
test.describe.configure({ mode: 'default' });

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test(`device test any day from the dashboard at ${viewport.width}×${viewport.height}`, async ({ browser }) => {
    test.setTimeout(180_000);
    // The visit starts in three days: its video room is not open, the test works anyway.
    const visit = await setUpVisit(new Date(Date.now() + 3 * 86_400_000));
    const patient = await signedInPage(browser, visit.patientEmail, viewport);
    try {
      await patient.goto('/patient');
      await patient.getByRole('link', { name: 'Test camera and microphone' }).click();
      await expect(patient.getByRole('heading', { level: 1, name: 'Test your camera and microphone' })).toBeVisible();
      await expect
        .poll(() => patient.getByLabel('Your camera preview').evaluate((v: HTMLVideoElement) => v.videoWidth), {
          timeout: 20_000,
        })
        .toBeGreaterThan(0);
      await expect
        .poll(() => patient.getByLabel('Microphone level').evaluate((m: HTMLMeterElement) => m.value), {
          timeout: 10_000,
          intervals: [50],
        })
        .toBeGreaterThan(0.1);
      const connection = patient.getByRole('status', { name: 'Connection test' });
      await expect(connection).toContainText(/Video service: works \(\d+ ms\)/, { timeout: 20_000 });
      await expect(connection).toContainText(/Call connection: works \(\d+ ms\)/, { timeout: 30_000 });
      await expect(patient.getByRole('status', { name: 'Summary' })).toHaveText(
        'All set: your camera, microphone and connection work for a video visit.',
      );
      const width = await patient.evaluate(() => document.documentElement.scrollWidth);
      expect(width, 'no sideways scrolling').toBeLessThanOrEqual(viewport.width);
      await expectAccessible(patient);
      await patient.getByRole('button', { name: 'Test the connection again' }).click();
      await expect(connection).toContainText(/Call connection: works \(\d+ ms\)/, { timeout: 30_000 });
    } finally {
      await patient.context().close();
      await visit.client.$disconnect();
    }
  });
}
