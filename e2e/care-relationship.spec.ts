// Issue 13, item 3, in the browser: a patient who abandoned a card checkout with a therapist of
// another practice is not in that therapist's care, so the therapist's patient, plan and visit
// pages are 404 and so is that practice's admin appointment page; the treating therapist still
// opens the record. Everything is made here, so no other spec is touched.
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../lib/generated/prisma/client.ts';
import { PAYMENT_NOT_COMPLETED } from '../lib/booking/release-reasons';
import {
  createAdmin,
  createAppointment,
  createClinic,
  createPatient,
  createPractice,
  createTherapist,
} from '../prisma/factories';
import { expect, signInWithPassword, test } from './fixtures';

const stamp = randomUUID().slice(0, 8);
const TREATING = `care-treating-${stamp}@rehabit.test`;
const CHECKOUT_THERAPIST = `care-checkout-${stamp}@rehabit.test`;
const CHECKOUT_ADMIN = `care-admin-${stamp}@rehabit.test`;

let patientId = '';
let releasedId = '';
let heldId = '';

test.beforeAll(async () => {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
  try {
    const followUp = await client.visitType.findUniqueOrThrow({ where: { slug: 'follow-up' } });
    const treatingPractice = await createPractice(client);
    // Far from every demo clinic, so the locator specs' nearest-first lists are not disturbed.
    const faraway = {
      addressLine1: '605 W 4th Ave',
      city: 'Anchorage',
      state: 'AK',
      zip: '99501',
      latitude: 61.2176,
      longitude: -149.8997,
    };
    const treatingClinic = await createClinic(client, treatingPractice.id, { name: 'Care Test Clinic', ...faraway });
    const treating = await createTherapist(client, {
      practiceId: treatingPractice.id,
      clinicId: treatingClinic.id,
      email: TREATING,
    });
    const otherPractice = await createPractice(client);
    const otherClinic = await createClinic(client, otherPractice.id, { name: 'Other Care Clinic', ...faraway });
    const checkoutTherapist = await createTherapist(client, {
      practiceId: otherPractice.id,
      clinicId: otherClinic.id,
      email: CHECKOUT_THERAPIST,
    });
    await createAdmin(client, { practiceId: otherPractice.id, email: CHECKOUT_ADMIN });
    const patient = await createPatient(client, { name: 'Robin Care' });
    patientId = patient.patient!.id;
    const day = 86_400_000;
    await createAppointment(client, {
      patientId,
      therapistId: treating.therapist!.id,
      visitTypeId: followUp.id,
      startsAt: new Date(Date.now() - 6 * day),
      status: 'COMPLETED',
    });
    // A checkout abandoned (released unpaid) and one still open, both with the other practice's therapist.
    const released = await createAppointment(client, {
      patientId,
      therapistId: checkoutTherapist.therapist!.id,
      visitTypeId: followUp.id,
      startsAt: new Date(Date.now() + 9 * day),
      status: 'HELD',
    });
    await client.appointment.update({
      where: { id: released.id },
      data: { status: 'CANCELLED', cancelledAt: new Date(), cancelReason: PAYMENT_NOT_COMPLETED, holdExpiresAt: null },
    });
    releasedId = released.id;
    heldId = (
      await createAppointment(client, {
        patientId,
        therapistId: checkoutTherapist.therapist!.id,
        visitTypeId: followUp.id,
        startsAt: new Date(Date.now() + 10 * day),
        status: 'HELD',
      })
    ).id;
  } finally {
    await client.$disconnect();
  }
});

test('the therapist and practice of an abandoned checkout get 404 on the patient pages; the treating therapist does not', async ({
  browser,
}) => {
  const as = async (email: string) => {
    const page = await browser.newPage();
    expect((await signInWithPassword(page.request, email)).status()).toBe(200);
    return page;
  };
  const checkout = await as(CHECKOUT_THERAPIST);
  for (const path of [
    `/therapist/patients/${patientId}`,
    `/therapist/patients/${patientId}/plan`,
    `/therapist/visits/${releasedId}`,
    `/therapist/visits/${heldId}`,
  ]) {
    expect((await checkout.goto(path))?.status(), path).toBe(404);
  }
  expect((await checkout.request.get(`/api/patients/${patientId}/progress`)).status()).toBe(404);
  await checkout.close();

  const admin = await as(CHECKOUT_ADMIN);
  for (const id of [releasedId, heldId]) expect((await admin.goto(`/admin/appointments/${id}`))?.status()).toBe(404);
  await admin.close();

  const treating = await as(TREATING);
  expect((await treating.goto(`/therapist/patients/${patientId}`))?.status()).toBe(200);
  await expect(treating.getByRole('heading', { level: 1, name: 'Robin Care' })).toBeVisible();
  await treating.close();
});
