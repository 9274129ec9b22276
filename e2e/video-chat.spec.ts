// The in-call chat, as a patient on a phone (390×844) and a therapist on a laptop (1280×800) use
// it: both write (keyboard only: type, Enter), the phone's Chat button counts what came while the
// sheet was closed, the therapist shares an exercise of the patient's plan and the patient opens
// it, and a reload brings back what was said (from the server). axe runs with the chat open.
import { CLOCK_SHIFTED, LIVEKIT_KEEPS_REAL_CLOCK } from '../tests/support/clock-shift.ts';
import { createExercise, createExercisePlan } from '../prisma/factories';
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
test.describe.configure({ mode: 'default' });

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

test('patient and therapist chat in the call; the therapist shares an exercise; a reload keeps the chat', async ({ browser }) => {
  test.skip(CLOCK_SHIFTED, LIVEKIT_KEEPS_REAL_CLOCK);
  test.setTimeout(300_000);
  const visit = await setUpVisit();
  const exercise = await createExercise(visit.client, { name: 'Glute bridge' });
  await createExercisePlan(visit.client, {
    patientId: visit.patientId,
    therapistId: visit.therapistId,
    versions: [
      { startsOn: new Date().toISOString().slice(0, 10), items: [{ exerciseId: exercise.id, notes: 'Slowly, 3 s up.' }] },
    ],
  });
  const patient = await signedInPage(browser, visit.patientEmail, PHONE);
  const therapist = await signedInPage(browser, visit.therapistEmail, LAPTOP);
  const patientChat = patient.getByRole('region', { name: 'Chat' });
  const therapistChat = therapist.getByRole('region', { name: 'Chat' });
  const chatButton = patient.getByRole('group', { name: 'Call controls' }).getByRole('button', { name: /^Chat/ });
  try {
    await test.step('both join; the therapist admits the patient', async () => {
      await patient.goto(`/patient/visits/${visit.appointmentId}`);
      await passPreJoinCheck(patient, 'Join visit');
      await therapist.goto(`/therapist/visits/${visit.appointmentId}`);
      await passPreJoinCheck(therapist, 'Start visit');
      await therapist
        .getByRole('region', { name: 'Waiting room' })
        .getByRole('button', { name: `Admit ${PATIENT_NAME}` })
        .click();
      await expectPlaying(patient.getByRole('figure', { name: `Video from ${THERAPIST_NAME}` }).locator('video'));
    });

    await test.step('the therapist writes beside the call; the patient’s Chat button counts it', async () => {
      await expect(therapistChat).toBeVisible();
      await expect(patientChat).toBeHidden();
      await therapistChat.getByLabel('Message', { exact: true }).fill('Can you see the exercise list?');
      await therapistChat.getByLabel('Message', { exact: true }).press('Enter');
      await expect(therapistChat.getByRole('log')).toContainText('Can you see the exercise list?');
      await expect(chatButton).toHaveAccessibleName('Chat (1 new)', { timeout: 15_000 });
    });

    await test.step('the patient opens the chat over the call and answers with the keyboard', async () => {
      await chatButton.click();
      await expect(chatButton).toHaveAttribute('aria-expanded', 'true');
      await expect(chatButton).toHaveAccessibleName('Chat');
      const log = patientChat.getByRole('log', { name: 'Chat messages' });
      await expect(log).toContainText(`${THERAPIST_NAME}`);
      await expect(log).toContainText('Can you see the exercise list?');
      // Opening the chat puts the cursor in the message field: type and press Enter.
      await expect(patientChat.getByLabel('Message', { exact: true })).toBeFocused();
      await patient.keyboard.type('Yes, all of it');
      await patient.keyboard.press('Enter');
      await expect(log).toContainText('Yes, all of it');
      const sheet = await patientChat.boundingBox();
      expect(sheet!.x).toBeGreaterThanOrEqual(0);
      expect(sheet!.x + sheet!.width).toBeLessThanOrEqual(PHONE.width + 0.5);
      await expectAccessible(patient);
      await expect(therapistChat.getByRole('log')).toContainText(`${PATIENT_NAME}`, { timeout: 15_000 });
      await expect(therapistChat.getByRole('log')).toContainText('Yes, all of it');
    });

    await test.step('the therapist shares an exercise from the plan; the patient opens it', async () => {
      await therapistChat.getByLabel('Share an exercise from the plan').selectOption({ label: 'Glute bridge' });
      await therapistChat.getByRole('button', { name: 'Send' }).click();
      await expect(therapistChat.getByRole('log')).toContainText('Shared exercise: Glute bridge');
      await expectAccessible(therapist);
      const link = patientChat.getByRole('link', { name: /Open exercise: Glute bridge/ });
      await expect(link).toBeVisible({ timeout: 15_000 });
      const [tab] = await Promise.all([patient.context().waitForEvent('page'), link.click()]);
      await expect(tab.getByRole('heading', { level: 1, name: 'Glute bridge' })).toBeVisible();
      await expect(tab.getByText('Slowly, 3 s up.')).toBeVisible();
      await expectAccessible(tab);
      await tab.close();
    });

    await test.step('a reload brings the whole chat back from the server', async () => {
      await patient.reload();
      await passPreJoinCheck(patient, 'Join visit');
      await expectPlaying(patient.getByRole('figure', { name: `Video from ${THERAPIST_NAME}` }).locator('video'));
      await chatButton.click();
      const log = patientChat.getByRole('log', { name: 'Chat messages' });
      await expect(log.getByRole('listitem')).toHaveCount(3);
      await expect(log.getByRole('listitem').nth(0)).toContainText('Can you see the exercise list?');
      await expect(log.getByRole('listitem').nth(1)).toContainText('Yes, all of it');
      await expect(log.getByRole('listitem').nth(2)).toContainText('Open exercise: Glute bridge');
    });
  } finally {
    await patient.context().close();
    await therapist.context().close();
    await visit.client.$disconnect();
  }
});
