// The patient's own visit page (decision 043), on a phone and a desktop: a booked in-clinic visit
// ahead shows the clinic's address, "Directions" (a maps search in a new tab, said to screen
// readers) and "Add to calendar", as the appointments list does; a booked video visit ahead says
// how to join and links the device test; a past or cancelled visit shows none of these. The
// practice, clinic, therapist, patient and visits are made here, so no other spec is touched.
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type { Page } from '@playwright/test';
import { PrismaClient } from '../lib/generated/prisma/client.ts';
import { createAppointment, createClinic, createPatient, createPractice, createTherapist } from '../prisma/factories';
import { expect, expectAccessible, test } from './fixtures';

const DAY = 86_400_000;
const CLINIC = 'Lakeview Visit Clinic';
const ADDRESS = '3150 N Lincoln Ave, Chicago, IL 60657';
const DIRECTIONS = `Directions to ${CLINIC} (opens Google Maps in a new tab)`;

test.use({ timezoneId: 'America/Chicago', locale: 'en-US' });

/** A patient with a booked in-clinic visit and a booked video visit ahead, one cancelled of each, and a past one. */
async function seed() {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
  try {
    const stamp = randomUUID().slice(0, 8);
    const practice = await createPractice(client);
    const clinic = await createClinic(client, practice.id, {
      name: CLINIC,
      addressLine1: '3150 N Lincoln Ave',
      city: 'Chicago',
      state: 'IL',
      zip: '60657',
      timezone: 'America/Chicago',
    });
    const therapist = await createTherapist(client, {
      practiceId: practice.id,
      clinicId: clinic.id,
      offersVirtual: true,
      timezone: 'America/Chicago',
      name: 'Avery Detail',
      email: `visit-detail-therapist-${stamp}@rehabit.test`,
    });
    const patient = await createPatient(client, { name: 'Morgan Detail', email: `visit-detail-patient-${stamp}@rehabit.test` });
    const [inClinic, video] = await Promise.all(
      ['follow-up', 'virtual-follow-up'].map((slug) => client.visitType.findUniqueOrThrow({ where: { slug } })),
    );
    const day = (n: number, hour: number) => {
      const d = new Date(Date.now() + n * DAY);
      d.setUTCHours(hour, 0, 0, 0); // 15:00–20:00 UTC: daytime in Chicago
      return d;
    };
    const visit = (visitTypeId: string, startsAt: Date, status: 'BOOKED' | 'CANCELLED' | 'COMPLETED' = 'BOOKED') =>
      createAppointment(client, {
        patientId: patient.patient!.id,
        therapistId: therapist.therapist!.id,
        visitTypeId,
        startsAt,
        status,
        patientState: 'IL',
      }).then((a) => a.id);
    return {
      email: patient.email,
      bookedInClinic: await visit(inClinic!.id, day(3, 15)),
      bookedVideo: await visit(video!.id, day(3, 18)),
      cancelledInClinic: await visit(inClinic!.id, day(4, 15), 'CANCELLED'),
      cancelledVideo: await visit(video!.id, day(4, 18), 'CANCELLED'),
      past: await visit(inClinic!.id, day(-3, 15), 'COMPLETED'),
    };
  } finally {
    await client.$disconnect();
  }
}

/** None of the before-the-visit help: no address, directions, calendar or how to join. */
async function expectNoLogistics(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Add to calendar/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Directions/ })).toHaveCount(0);
  await expect(page.getByTestId('clinic-address')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'How to join your video visit' })).toHaveCount(0);
}

for (const layout of [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
] as const) {
  test.describe(`on a ${layout.name}`, () => {
    test.use({ viewport: layout.viewport });

    test('an upcoming visit has directions or how to join, and Add to calendar; past and cancelled ones do not', async ({
      page,
      loginAs,
    }) => {
      test.setTimeout(120_000); // five pages, four checked with axe, on a shared 2-core machine
      const s = await seed();
      await loginAs(s.email);
      const fits = async () =>
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(layout.viewport.width);

      await test.step('a booked in-clinic visit: the address, Directions and Add to calendar, as on the list', async () => {
        await page.goto('/patient/appointments');
        const listed = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Follow-up, / }) });
        const listedHref = await listed.getByRole('link', { name: DIRECTIONS }).getAttribute('href');

        await page.goto(`/patient/visits/${s.bookedInClinic}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Follow-up with Avery Detail');
        await expect(page.getByText('Booked', { exact: true })).toBeVisible();
        await expect(page.getByTestId('clinic-address')).toHaveText(ADDRESS);
        const directions = page.getByRole('link', { name: DIRECTIONS });
        await expect(directions).toHaveAttribute(
          'href',
          `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(ADDRESS)}`,
        );
        expect(await directions.getAttribute('href')).toBe(listedHref);
        await expect(directions).toHaveAttribute('target', '_blank');
        await expect(directions).toHaveAttribute('rel', /\bnoopener\b/);
        const calendar = page.getByRole('link', { name: 'Add to calendar (.ics)' });
        await expect(calendar).toHaveAttribute('href', `/api/appointments/${s.bookedInClinic}/calendar`);
        await expect(calendar).toHaveAccessibleDescription('Follow-up with Avery Detail');
        const ics = await page.request.get(`/api/appointments/${s.bookedInClinic}/calendar`);
        expect(ics.status()).toBe(200);
        expect(await ics.text()).toContain(`\r\nUID:${s.bookedInClinic}@rehabit\r\n`);
        await expectAccessible(page);
        await fits();
      });

      await test.step('a booked video visit: how to join, the device test and Add to calendar', async () => {
        await page.goto(`/patient/visits/${s.bookedVideo}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Virtual follow-up with Avery Detail');
        await expect(page.getByText(/The video room opens at/)).toBeVisible();
        await expect(page.getByRole('heading', { level: 2, name: 'How to join your video visit' })).toBeVisible();
        await expect(page.getByRole('link', { name: 'Test your camera and microphone' })).toHaveAttribute(
          'href',
          '/patient/device-test',
        );
        await expect(page.getByRole('link', { name: 'Add to calendar (.ics)' })).toHaveAttribute(
          'href',
          `/api/appointments/${s.bookedVideo}/calendar`,
        );
        await expect(page.getByRole('link', { name: /^Directions/ })).toHaveCount(0);
        await expectAccessible(page);
        await fits();
      });

      await test.step('cancelled visits, in clinic and on video: none of it', async () => {
        await page.goto(`/patient/visits/${s.cancelledInClinic}`);
        await expect(page.getByText('Cancelled', { exact: true })).toBeVisible();
        await expectNoLogistics(page);
        await expectAccessible(page);
        await page.goto(`/patient/visits/${s.cancelledVideo}`);
        await expect(page.getByText(/its video room is closed/)).toBeVisible();
        await expectNoLogistics(page);
      });

      await test.step('a past visit: none of it', async () => {
        await page.goto(`/patient/visits/${s.past}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Follow-up with Avery Detail');
        await expect(page.getByText(`at ${CLINIC}`)).toBeVisible();
        await expectNoLogistics(page);
        await expectAccessible(page);
        await fits();
      });
    });
  });
}
