// A virtual visit end to end, with two browsers on Chromium's fake camera and microphone: the
// patient waits, the therapist admits them, each plays the other's video and audio, the patient
// leaves, and the attendance LiveKit reported shows both.
import { CLOCK_SHIFTED, LIVEKIT_KEEPS_REAL_CLOCK } from '../tests/support/clock-shift.ts';
import { expect, expectAccessible, test } from './fixtures';
import {
  expectPlaying,
  expectRemoteAudio,
  FAKE_MEDIA_USE,
  passPreJoinCheck,
  PATIENT_NAME,
  setUpVisit,
  signedInPage,
  THERAPIST_NAME,
} from './video-visit';

test.use(FAKE_MEDIA_USE);

test('the patient waits, the therapist admits them, both see and hear each other, attendance records both', async ({
  browser,
}) => {
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
      await expect(waiting.getByRole('listitem').filter({ hasText: PATIENT_NAME })).toContainText(
        /is waiting since \d{1,2}:\d{2} [AP]M/,
      );
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
      await expect
        .poll(
          async () =>
            (
              await visit.client.videoAttendance.findMany({
                where: { appointmentId: visit.appointmentId },
                select: { role: true, leftAt: true },
              })
            )
              .map((r) => `${r.role}:${r.leftAt ? 'left' : 'in'}`)
              .sort(),
          { timeout: 20_000 },
        )
        .toEqual(['PATIENT:left', 'THERAPIST:in']);
    });

    await test.step('the therapist ends the visit, sees the attendance and marks it completed', async () => {
      const controls = therapist.getByRole('group', { name: 'Call controls' });
      await controls.getByRole('button', { name: 'End visit' }).click();
      await controls.getByRole('button', { name: 'Yes, end visit' }).click();
      const summary = therapist.getByRole('region', { name: 'Visit ended' });
      const rows = summary.getByRole('listitem');
      await expect(rows).toHaveCount(2);
      await expect(rows.filter({ hasText: PATIENT_NAME })).toContainText(/\(patient\) joined at \d{1,2}:\d{2} [AP]M, left at/);
      await expect(rows.filter({ hasText: THERAPIST_NAME })).toContainText(
        /\(therapist\) joined at \d{1,2}:\d{2} [AP]M, left at/,
      );
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
