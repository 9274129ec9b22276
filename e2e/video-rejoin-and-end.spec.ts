// Leaving by mistake, reloading, and the end: a patient (on a phone) the therapist (on a laptop)
// has let in once comes back straight into the call; once the therapist ends the visit it stays
// ended for the patient (the page says what comes next, the token endpoint refuses), and a
// reload brings the therapist back to the summary with Mark completed / No-show.
import type { Page } from '@playwright/test';
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

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

async function expectStraightIntoCall(patient: Page) {
  await passPreJoinCheck(patient, 'Join visit');
  await expectPlaying(patient.getByRole('figure', { name: `Video from ${THERAPIST_NAME}` }).locator('video'));
  await expect(patient.getByRole('heading', { name: 'Your therapist will let you in shortly' })).toHaveCount(0);
}

test('a patient let in once rejoins straight into the call; an ended visit stays ended; the therapist keeps their place', async ({
  browser,
}) => {
  test.skip(CLOCK_SHIFTED, LIVEKIT_KEEPS_REAL_CLOCK);
  test.setTimeout(240_000);
  const visit = await setUpVisit();
  const patient = await signedInPage(browser, visit.patientEmail, PHONE);
  const therapist = await signedInPage(browser, visit.therapistEmail, LAPTOP);
  const visitPath = `/patient/visits/${visit.appointmentId}`;
  try {
    await test.step('the therapist lets the patient in', async () => {
      await patient.goto(visitPath);
      await passPreJoinCheck(patient, 'Join visit');
      await therapist.goto(`/therapist/visits/${visit.appointmentId}`);
      await passPreJoinCheck(therapist, 'Start visit');
      await therapist
        .getByRole('region', { name: 'Waiting room' })
        .getByRole('button', { name: `Admit ${PATIENT_NAME}` })
        .click();
      await expectPlaying(patient.getByRole('figure', { name: `Video from ${THERAPIST_NAME}` }).locator('video'));
    });

    await test.step('Leave by mistake, then Rejoin: straight back into the call', async () => {
      await patient.getByRole('group', { name: 'Call controls' }).getByRole('button', { name: 'Leave' }).click();
      await expect(patient.getByRole('heading', { name: 'You left the visit.' })).toBeVisible();
      await patient.getByRole('button', { name: 'Rejoin' }).click();
      await expectStraightIntoCall(patient);
    });

    await test.step('a reload of the tab: straight back into the call', async () => {
      await patient.reload();
      await expectStraightIntoCall(patient);
      await expectPlaying(therapist.getByRole('figure', { name: `Video from ${PATIENT_NAME}` }).locator('video'));
    });

    await test.step('the therapist ends the visit: the patient sees that it ended and what comes next', async () => {
      const controls = therapist.getByRole('group', { name: 'Call controls' });
      await controls.getByRole('button', { name: 'End visit' }).click();
      await controls.getByRole('button', { name: 'Yes, end visit' }).click();
      await expect(therapist.getByRole('region', { name: 'Visit ended' })).toBeVisible();
      const ended = patient.getByRole('region', { name: 'This visit has ended' });
      await expect(ended).toBeVisible({ timeout: 20_000 });
      await expect(ended.getByRole('link', { name: 'Your exercise plan' })).toHaveAttribute('href', '/patient');
      await expect(ended.getByRole('link', { name: 'Payments and receipts' })).toHaveAttribute('href', '/patient/payments');
      await expect(ended.getByRole('link', { name: 'Book your next visit' })).toHaveAttribute('href', '/book');
      await expectAccessible(patient);
    });

    await test.step('and it stays ended: a reload, the dashboard and the token endpoint all say so', async () => {
      await patient.reload();
      await expect(patient.getByRole('region', { name: 'This visit has ended' })).toBeVisible();
      await expect(patient.getByRole('button', { name: 'Join visit' })).toHaveCount(0);
      const token = await patient.request.post(`/api/appointments/${visit.appointmentId}/video-token`, {
        headers: { Origin: new URL(patient.url()).origin },
      });
      expect(token.status()).toBe(409);
      expect((await token.json()).error.code).toBe('VISIT_ENDED');
      await patient.goto('/patient');
      await expect(patient.getByRole('link', { name: 'Join video visit' })).toHaveCount(0);
    });

    await test.step('a reload brings the therapist back to the summary, with the outcome still to choose', async () => {
      await therapist.reload();
      const summary = therapist.getByRole('region', { name: 'Visit ended' });
      await expect(summary.getByRole('button', { name: 'Mark completed' })).toBeVisible();
      await expect(summary.getByRole('button', { name: /no-show/i })).toBeVisible();
      await expect(therapist.getByRole('button', { name: 'Start visit' })).toHaveCount(0);
    });
  } finally {
    await patient.context().close();
    await therapist.context().close();
    await visit.client.$disconnect();
  }
});
