import { expect, expectAccessible, signInWithPassword, test, verifyEmailFromCatcher } from './fixtures';
import { submitClearIntake } from './intake';

// The second road (decision 024): a new patient in Helena, Montana, has no partner clinic within
// 50 miles, so the locator offers a virtual initial evaluation with the earliest time of a
// therapist licensed in Montana (Aiden Nakamura: a Colorado license and a PT Compact privilege for
// Montana). The booking page offers only licensed therapists, and the server refuses the others.
// Once on a phone-sized screen and once on a desktop one, one after the other (both take the
// earliest time they are shown, so they must not race for the same one).
test.describe.configure({ mode: 'serial' });
test.use({ timezoneId: 'America/Denver', locale: 'en-US' });

const PASSWORD = 'virtual-evaluation-e2e';
const LICENSED = 'Aiden Nakamura';

for (const [label, viewport, address] of [
  ['a phone', { width: 390, height: 844 }, '203.0.113.181'],
  ['a desktop', { width: 1280, height: 800 }, '203.0.113.182'],
] as const) {
  test(`on ${label}, a patient far from any clinic books a virtual evaluation with a therapist licensed in their state`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    const email = `virtual-eval.${viewport.width}.${Date.now()}@example.test`;
    const signUp = await page.request.post('/api/signup', {
      data: { name: 'Robin Hale', email, password: PASSWORD, dateOfBirth: '1979-09-12' },
      headers: { 'x-forwarded-for': address },
    });
    expect(signUp.status(), await signUp.text()).toBe(201);
    await verifyEmailFromCatcher(page.request, email); // before a first booking (decision 045)
    expect((await signInWithPassword(page.request, email, PASSWORD)).status()).toBe(200);
    await submitClearIntake(page.request);

    await page.goto('/locations?zip=59601');
    await expect(
      page.getByRole('status').filter({ hasText: 'No partner clinic is within 50 miles of 59601 (Helena, MT).' }),
    ).toBeVisible();
    const virtual = page.getByRole('region', { name: 'Start with a virtual visit' });
    await expect(virtual).toContainText('We only offer therapists licensed in Montana, where you are.');
    await expect(virtual).toContainText(`Earliest virtual initial evaluation:`);
    await expect(virtual).toContainText(`with ${LICENSED}`);
    await expectAccessible(page);
    await virtual.getByRole('link', { name: 'Book the earliest video visit' }).click();

    // The booking page opens on that time, with that therapist, for Montana.
    await expect(page).toHaveURL(/\/book\?type=.+&state=MT&therapist=.+&time=.+&with=.+/);
    await expect(page.getByLabel('State', { exact: true })).toHaveValue('MT');
    const who = page.getByRole('group', { name: 'Who would you like to see?' });
    await expect(who.getByRole('radio', { name: LICENSED, exact: true })).toBeChecked();
    // Video therapists licensed elsewhere are not offered at all.
    for (const unlicensed of ['Maya Chen', 'Marcus Webb', 'Omar Haddad']) {
      await expect(who.getByRole('radio', { name: unlicensed, exact: true })).toHaveCount(0);
    }
    const confirm = page.getByRole('region', { name: 'Confirm your visit' });
    await expect(confirm).toContainText('Virtual initial evaluation (60 min)');
    await expect(confirm).toContainText(LICENSED);
    await expectAccessible(page);

    const payBy = page.getByRole('group', { name: 'How would you like to pay?' });
    await payBy.getByRole('radio', { name: 'Bill my insurance' }).check();
    await payBy.getByLabel('Insurance company').fill('Blue Cross of Montana');
    await payBy.getByLabel('Member ID').fill('MT55501234');
    await page.getByRole('button', { name: 'Confirm booking' }).click();
    await expect(page).toHaveURL(/\/patient\/appointments\?booked=/);
    await expect(page.getByText('Your visit is booked. A confirmation email is on its way.')).toBeVisible();
    await expectAccessible(page);
    const id = new URL(page.url()).searchParams.get('booked')!;
    const booked = await (await page.request.get(`/api/appointments/${id}`)).json();
    expect(booked).toMatchObject({
      modality: 'VIRTUAL',
      patientState: 'MT',
      visitType: { name: 'Virtual initial evaluation' },
      therapist: { name: LICENSED },
    });

    // The server refuses an unlicensed therapist whatever the page shows.
    const all = (await (await page.request.get('/api/therapists?virtual=true')).json()).therapists as {
      id: string;
      name: string;
    }[];
    const maya = all.find((t) => t.name === 'Maya Chen')!;
    const refused = await page.request.post('/api/appointments', {
      data: {
        visitTypeId: booked.visitType.id,
        therapistId: maya.id,
        start: booked.start,
        patientState: 'MT',
        payment: { method: 'insurance', payer: 'Blue Cross of Montana', memberId: 'MT55501234' },
      },
    });
    expect(refused.status()).toBe(422);
    expect((await refused.json()).error).toMatchObject({ code: 'NOT_LICENSED_IN_STATE', details: { state: 'MT' } });
  });
}
