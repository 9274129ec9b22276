// Receipts (issue 17), on a phone and on a desktop: a patient with 23 payments (and abandoned
// checkouts, which are no payments) pages through them newest first and opens a receipt with its
// PDF; their practice's admin finds them by email and refunds part of a payment after confirming it.
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../lib/generated/prisma/client.ts';
import { createPatient } from '../prisma/factories';
import { expect, expectAccessible, mailsTo, test } from './fixtures';

const THERAPIST = 'therapist3@rehabit.test';
const DAY = 86_400_000;
const VIEWPORTS = [
  { name: 'phone', size: { width: 390, height: 844 } },
  { name: 'desktop', size: { width: 1280, height: 800 } },
] as const;

// Each test walks two pages, a receipt, a PDF and three axe checks: 45 s ran out under a heavily loaded
// machine (load average ~30) with the page already right, so these get more time.
test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.use({ timezoneId: 'America/Denver', locale: 'en-US' });

interface Seeded {
  email: string;
  adminEmail: string;
  newestVisitType: string;
}
const seeded = new Map<string, Seeded>();

/** 23 paid visits (the newest paid $75.00 by card), one a day long ago at night, and three checkouts never completed. */
async function seedPatient(client: PrismaClient, which: string, offsetDays: number): Promise<Seeded> {
  const email = `receipts-e2e-${which}-${randomUUID().slice(0, 8)}@rehabit.test`;
  const user = await createPatient(client, { email, name: `Robin Receipt ${which}` });
  const therapist = await client.therapist.findFirstOrThrow({ where: { user: { email: THERAPIST } } });
  const admin = await client.user.findFirstOrThrow({ where: { role: 'ADMIN', practiceId: therapist.practiceId } });
  const types = await client.visitType.findMany({
    where: { priceCents: { gt: 0 }, OR: [{ practiceId: therapist.practiceId }, { practiceId: null }] },
    orderBy: { name: 'asc' },
    take: 2,
  });
  expect(types.length).toBeGreaterThan(0);
  let newestVisitType = '';
  // Oldest first, as they were paid: receipt numbers are given in that order.
  for (let i = 25; i >= 0; i--) {
    const type = types[i % types.length]!;
    // Far back and at night, so no real visit of the therapist's is in the way; i = 0 is the newest.
    const startsAt = new Date(Date.UTC(2024, 0, 1, 7, 0) + (offsetDays + 200 - i * 3) * DAY);
    const abandoned = i >= 23;
    const appointment = await client.appointment.create({
      data: {
        patientId: user.patient!.id,
        therapistId: therapist.id,
        visitTypeId: type.id,
        modality: type.modality,
        clinicId: type.modality === 'IN_CLINIC' ? therapist.clinicId : null,
        startsAt,
        endsAt: new Date(startsAt.getTime() + type.durationMinutes * 60_000),
        blockStartsAt: startsAt,
        blockEndsAt: new Date(startsAt.getTime() + type.durationMinutes * 60_000),
        status: abandoned ? 'CANCELLED' : 'COMPLETED',
        cancelledAt: abandoned ? startsAt : null,
        priceCents: 7500,
        currency: 'usd',
        createdById: user.id,
      },
    });
    const paidAt = new Date(startsAt.getTime() - 2 * DAY);
    await client.payment.create({
      data: {
        appointmentId: appointment.id,
        method: 'CARD',
        status: abandoned ? 'EXPIRED' : 'SUCCEEDED',
        amountCents: 7500,
        currency: 'usd',
        paidAt: abandoned ? null : paidAt,
        createdAt: paidAt,
        stripePaymentIntentId: abandoned ? null : `pi_e2e_${randomUUID().replaceAll('-', '')}`,
      },
    });
    if (i === 0) newestVisitType = type.name;
  }
  return { email, adminEmail: admin.email, newestVisitType };
}

test.beforeAll(async () => {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
  try {
    for (const [n, v] of VIEWPORTS.entries()) seeded.set(v.name, await seedPatient(client, v.name, n * 100));
  } finally {
    await client.$disconnect();
  }
});

for (const viewport of VIEWPORTS) {
  test(`${viewport.name}: the patient pages through their payments newest first and opens a receipt`, async ({
    page,
    loginAs,
  }) => {
    const s = seeded.get(viewport.name)!;
    await page.setViewportSize(viewport.size);
    await loginAs(s.email);
    await page.goto('/patient/payments');
    await expect(page.getByRole('heading', { level: 1, name: 'Payments and receipts' })).toBeVisible();
    await expect(page.getByTestId('payments-count')).toHaveText('Showing 1–20 of 23 payments.');
    const items = page.getByTestId('payment-item');
    await expect(items).toHaveCount(20);
    // Newest first: the receipt numbers fall as the list goes down (they were given in payment order).
    const numbers = await page.getByTestId('receipt-number').allTextContents();
    const sequence = numbers.map((n) => Number(n.slice(-6)));
    expect(sequence).toEqual([...sequence].sort((a, b) => b - a));
    await expect(page.getByText('Not paid (checkout closed)')).toHaveCount(0);
    // Nothing is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.size.width);
    await expectAccessible(page);

    await page.getByRole('link', { name: /^Next page of payments \(page 2 of 2\)$/ }).click();
    await expect(page).toHaveURL(/\/patient\/payments\?page=2$/);
    await expect(page.getByTestId('payments-count')).toHaveText('Showing 21–23 of 23 payments.');
    await expect(items).toHaveCount(3);
    await page.getByRole('link', { name: /^Previous page of payments/ }).click();

    const newest = numbers[0]!;
    await page.getByRole('link', { name: `View receipt ${newest}` }).click();
    await expect(page).toHaveURL(/\/patient\/payments\/\w+$/);
    const receipt = page.getByRole('article', { name: `Receipt ${newest}` });
    await expect(receipt).toContainText(s.newestVisitType);
    await expect(receipt).toContainText('$75.00');
    await expect(receipt).toContainText('Card, paid online through Stripe');
    await expect(receipt.locator('address')).toContainText('Phone');
    await expectAccessible(page);
    const pdfHref = await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href');
    const pdf = await page.request.get(pdfHref!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Printed, only the receipt is left.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print receipt' })).toBeHidden();
    await expect(receipt).toBeVisible();
  });

  test(`${viewport.name}: the practice admin finds the patient and refunds part of a payment after confirming`, async ({
    page,
    loginAs,
  }) => {
    const s = seeded.get(viewport.name)!;
    await page.setViewportSize(viewport.size);
    await loginAs(s.adminEmail);
    await page.goto('/admin/payments');
    await page.getByRole('searchbox', { name: 'Patient name or email' }).fill(s.email.split('@')[0]!);
    await page.getByRole('button', { name: 'Search' }).click();
    // The admin sees the lapsed checkouts too (with their status): 23 paid and 3 never completed.
    await expect(page.getByTestId('payments-count')).toHaveText(/^Showing 1–25 of 26 payments of patients matching/);
    await expectAccessible(page);

    const first = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 2 }) })
      .first();
    const amount = first.getByRole('textbox', { name: 'Refund amount (USD)' });
    const reason = first.getByRole('textbox', { name: 'Reason (the patient sees it)' });
    // Empty is not "everything": the form asks for an amount.
    await first.getByRole('button', { name: 'Review refund' }).click();
    await expect(first.getByText('Enter the amount to refund, in dollars and cents, up to $75.00.')).toBeVisible();
    await amount.fill('80');
    await reason.fill('Visit ran short');
    await first.getByRole('button', { name: 'Review refund' }).click();
    await expect(first.getByText('At most $75.00 remains to refund.')).toBeVisible();
    await amount.fill('20');
    await first.getByRole('button', { name: 'Review refund' }).click();
    await expect(first.getByRole('group')).toContainText('Refund $20.00 of $75.00 to Robin Receipt');
    await expect(first.getByRole('group')).toContainText('$55.00 will remain paid.');
    await expectAccessible(page);
    await first.getByRole('button', { name: 'Confirm refund of $20.00' }).click();
    await expect(page.getByText(/^Refunded \$20\.00\./)).toBeVisible();
    await expect(first).toContainText('$75.00, $20.00 refunded');
    await expect(first.getByText('Up to $55.00, the part not yet refunded.')).toBeVisible();

    // The patient is told, by the app's job worker.
    await expect
      .poll(async () => (await mailsTo(page.request, s.email)).map((m) => m.subject), {
        timeout: 30_000,
        intervals: [500, 1000, 2000],
      })
      .toEqual([expect.stringMatching(/^Refund of \$20\.00 from /)]);
    // Less in email, more behind sign-in (decision 040): amounts, receipt number and link; not the reason or the visit.
    const [notice] = await mailsTo(page.request, s.email);
    expect(notice!.text).toContain('has refunded $20.00 to your card');
    expect(notice!.text).toContain('$55.00 remains paid');
    expect(notice!.text).toMatch(/receipt no\. [A-Z0-9-]+-\d{6}\b/);
    expect(notice!.text).toMatch(/\/patient\/payments\/[\w-]+/);
    for (const hidden of ['Visit ran short', s.newestVisitType]) expect(notice!.text).not.toContain(hidden);
  });
}
