// The therapist workspace's calendar and hours. A therapist made here (at Summit Spine & Sport —
// SoMa, a clinic no other spec books at, in Los Angeles time) sees today's visits in the day and
// week views and acts on them from the keyboard; then adds Saturday hours, previews them, saves,
// and a visitor on the booking page sees those Saturday times.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../lib/generated/prisma/client.ts';
import { createAppointment, createPatient, createTherapist } from '../prisma/factories';
import { expect, expectAccessible, test } from './fixtures';

const ZONE = 'America/Los_Angeles';
const PATIENT_NAME = 'Robin Calendar';
const THERAPIST_NAME = 'Noa Calendar';
const MINUTE = 60_000;

test.use({ timezoneId: ZONE, locale: 'en-US' });
test.describe.configure({ mode: 'serial' });

const localDate = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(ms));
const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday

interface World {
  therapistEmail: string;
  therapistId: string;
  clinicId: string;
  followUpId: string;
  patientId: string;
  inClinicId: string;
  videoId: string;
  day: string;
}
let world: World;

test.beforeAll(async () => {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
  try {
    const stamp = Date.now();
    const clinic = await client.clinic.findUniqueOrThrow({ where: { slug: 'summit-soma' } });
    const therapist = await createTherapist(client, {
      practiceId: clinic.practiceId,
      clinicId: clinic.id,
      timezone: ZONE,
      offersVirtual: true,
      name: THERAPIST_NAME,
      email: `calendar-therapist-${stamp}@rehabit.test`,
    });
    const patient = await createPatient(client, { name: PATIENT_NAME, email: `calendar-patient-${stamp}@rehabit.test` });
    const followUp = await client.visitType.findUniqueOrThrow({ where: { slug: 'follow-up' } });
    const video = await client.visitType.findUniqueOrThrow({ where: { slug: 'virtual-follow-up' } });
    // An in-clinic visit that began 10 minutes ago, and a video visit earlier or later the same local day.
    const inClinicStart = Date.now() - 10 * MINUTE;
    const day = localDate(inClinicStart);
    const earlier = inClinicStart - 60 * MINUTE;
    const videoStart = localDate(earlier) === day ? earlier : inClinicStart + 40 * MINUTE;
    const ids = { patientId: patient.patient!.id, therapistId: therapist.therapist!.id };
    const inClinic = await createAppointment(client, { ...ids, visitTypeId: followUp.id, startsAt: new Date(inClinicStart) });
    const videoVisit = await createAppointment(client, { ...ids, visitTypeId: video.id, startsAt: new Date(videoStart) });
    world = {
      therapistEmail: therapist.email,
      therapistId: ids.therapistId,
      clinicId: clinic.id,
      followUpId: followUp.id,
      patientId: ids.patientId,
      inClinicId: inClinic.id,
      videoId: videoVisit.id,
      day,
    };
  } finally {
    await client.$disconnect();
  }
});

test('the day and week views show the visits in the therapist zone, told apart, with keyboard actions', async ({
  page,
  loginAs,
}) => {
  await loginAs(world.therapistEmail);
  await page.goto(`/therapist/schedule?view=day&date=${world.day}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
  await expect(page.getByText(`Times in your zone, ${ZONE}. 2 appointments this day.`)).toBeVisible();
  const table = page.getByRole('table', { name: /^Appointments on / });
  const inClinic = table.getByRole('row').filter({ hasText: 'In clinic' });
  const video = table.getByRole('row').filter({ hasText: 'Video' });
  await expect(inClinic).toHaveCount(1);
  await expect(video).toHaveCount(1);
  await expect(inClinic).toContainText('Summit Spine & Sport — SoMa');
  await expect(inClinic).toContainText('Follow-up (30 min)');
  await expect(inClinic).toContainText('Booked');
  await expect(inClinic).toContainText('Billed by the clinic');
  await expect(video).toContainText('Virtual follow-up (30 min)');
  await expect(inClinic.getByRole('link', { name: PATIENT_NAME })).toHaveAttribute(
    'href',
    `/therapist/patients/${world.patientId}`,
  );
  await expect(inClinic.getByRole('rowheader').getByRole('link')).toHaveAttribute(
    'href',
    `/therapist/visits/${world.inClinicId}`,
  );
  await expect(inClinic.getByRole('rowheader')).toHaveText(/^\d{1,2}:\d{2}(\s?[AP]M)?\s?–\s?\d{1,2}:\d{2}\s?[AP]M$/);
  await expectAccessible(page);

  // Check in, then close the visit, from the keyboard.
  const checkIn = inClinic.getByRole('button', { name: 'Check in' });
  await checkIn.focus();
  await page.keyboard.press('Enter');
  await expect(inClinic.getByText(/^Checked in \d{1,2}:\d{2}\s?[AP]M$/)).toBeVisible();
  await expect(checkIn).toHaveCount(0);
  const complete = inClinic.getByRole('button', { name: 'Mark completed' });
  await complete.focus();
  await page.keyboard.press('Enter');
  await expect(inClinic.getByRole('cell', { name: 'Completed' })).toBeVisible();
  await expect(complete).toHaveCount(0);

  // The same day's list on the dashboard shows the check-in too.
  await page.goto('/therapist');
  const todays = page.getByRole('region', { name: 'Today’s schedule' });
  if (world.day === localDate(Date.now())) await expect(todays).toContainText(/Checked in \d{1,2}:\d{2}/);

  await page.goto(`/therapist/schedule?view=day&date=${world.day}`);
  await page.getByRole('navigation', { name: 'Calendar' }).getByRole('link', { name: 'Week' }).click();
  await expect(page).toHaveURL(new RegExp(`view=week&date=${world.day}$`));
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(7);
  await expect(page.getByRole('heading', { level: 2, name: /^Week of / })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: PATIENT_NAME })).toHaveCount(2);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Next week' }).click();
  await expect(page).toHaveURL(new RegExp(`view=week&date=${addDays(world.day, 7)}$`));
  await expect(page.getByText('No appointments this week.')).toBeVisible();

  // On a tablet in portrait, each visit becomes a card: nothing scrolls sideways, actions stay reachable.
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto(`/therapist/schedule?view=day&date=${world.day}`);
  const videoCard = page.getByRole('row').filter({ hasText: 'Virtual follow-up' });
  await expect(videoCard.getByRole('button', { name: 'Mark no-show' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await expectAccessible(page);
});

/** The first Saturday at least two days ahead: clear of the 12-hour notice, inside the 14-day preview. */
function saturdayAhead(): string {
  let saturday = addDays(localDate(Date.now()), 2);
  while (weekdayOf(saturday) !== 6) saturday = addDays(saturday, 1);
  return saturday;
}

test('a therapist adds Saturday hours, previews and saves them, and the booking page offers them', async ({
  page,
  loginAs,
  browser,
}) => {
  test.setTimeout(90_000);
  const saturday = saturdayAhead();
  const saturdayText = new Intl.DateTimeFormat('en-US', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${saturday}T00:00:00Z`));

  await loginAs(world.therapistEmail);
  await page.goto('/therapist/availability');
  const weekly = page.getByRole('region', { name: 'Weekly hours' });
  const day = weekly.getByRole('group', { name: 'Saturday' });
  await expect(day.getByText('No hours')).toBeVisible();
  await day.getByRole('button', { name: 'Add hours (Saturday)' }).click();
  await day.getByLabel('From', { exact: true }).fill('10:00');
  await day.getByLabel('To', { exact: true }).fill('12:00');
  await expect(day.getByLabel('Where')).toHaveValue(world.clinicId);
  await weekly.getByLabel('Preview open times for').selectOption({ label: 'Follow-up (30 min, in clinic)' });
  await weekly.getByRole('button', { name: 'Preview' }).click();

  const preview = weekly.getByRole('region', { name: /^Preview: open times for Follow-up/ });
  await expect(preview).toContainText('No booked visit falls outside these hours.');
  const times = preview.locator('div', { has: page.getByRole('term').filter({ hasText: saturdayText }) }).getByRole('definition');
  await expect(times).toHaveText('10:00 AM, 10:15 AM, 10:30 AM, 10:45 AM, 11:00 AM, 11:15 AM, 11:30 AM');
  await expectAccessible(page);

  await weekly.getByRole('button', { name: 'Save weekly hours' }).click();
  await expect(weekly.getByRole('status')).toContainText('Weekly hours: saved.');

  // A visitor (signed out) books with this therapist at this clinic and sees the new Saturday hours.
  const visitor = await browser.newContext({ timezoneId: ZONE, locale: 'en-US', baseURL: new URL(page.url()).origin });
  try {
    const book = await visitor.newPage();
    await book.goto(`/book?type=${world.followUpId}&clinic=${world.clinicId}&therapist=${world.therapistId}&date=${saturday}`);
    await expect(book.getByRole('radio', { name: THERAPIST_NAME, exact: true })).toBeChecked();
    const pick = book.getByRole('region', { name: 'Pick a day and time' });
    const long = new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${saturday}T00:00:00Z`),
    );
    await expect(pick.getByRole('status')).toHaveText(`7 open times on ${long}.`);
    await expect(pick.getByRole('grid').getByRole('button', { name: `${long}: 7 open times`, exact: true })).toBeVisible();
    const morning = pick.getByRole('list', { name: 'Morning', exact: true });
    await expect(morning.getByRole('button')).toHaveText([
      '10:00 AM',
      '10:15 AM',
      '10:30 AM',
      '10:45 AM',
      '11:00 AM',
      '11:15 AM',
      '11:30 AM',
    ]);
  } finally {
    await visitor.close();
  }
});

test('removing hours that hold a booked visit warns, lists it, saves only once confirmed, and keeps it booked', async ({
  page,
  loginAs,
}) => {
  const saturday = saturdayAhead();
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
  try {
    // 10:30 on that Saturday in Los Angeles (the hours saved by the test before).
    const offset = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' })
      .formatToParts(new Date(`${saturday}T18:00:00Z`))
      .find((p) => p.type === 'timeZoneName')!
      .value.replace('GMT', '');
    const booked = await createAppointment(client, {
      patientId: world.patientId,
      therapistId: world.therapistId,
      visitTypeId: world.followUpId,
      startsAt: new Date(`${saturday}T10:30:00${offset}`),
    });

    await loginAs(world.therapistEmail);
    await page.goto('/therapist/availability');
    const weekly = page.getByRole('region', { name: 'Weekly hours' });
    const day = weekly.getByRole('group', { name: 'Saturday' });
    await expect(day.getByLabel('From', { exact: true })).toHaveValue('10:00');
    await day.getByRole('button', { name: 'Remove' }).click();
    await expect(day.getByText('No hours')).toBeVisible();
    await weekly.getByRole('button', { name: 'Save weekly hours' }).click();

    const warning = weekly.getByRole('alert').filter({ hasText: 'Not saved yet' });
    await expect(warning.getByRole('heading')).toHaveText('Not saved yet: 1 booked visit would fall outside your hours');
    await expect(warning.getByRole('listitem')).toHaveCount(1);
    await expect(warning.getByRole('listitem')).toContainText(
      `10:30 AM: ${PATIENT_NAME}, Follow-up (in clinic, Summit Spine & Sport — SoMa)`,
    );
    await expect(warning.getByRole('link')).toHaveAttribute('href', `/therapist/visits/${booked.id}`);
    const saveAnyway = warning.getByRole('button', { name: 'Save anyway' });
    await expect(saveAnyway).toBeDisabled();
    await expectAccessible(page);
    await warning.getByLabel('I understand these visits stay booked outside my hours').check();
    await saveAnyway.click();

    const saved = weekly.getByRole('status');
    await expect(saved).toContainText('Weekly hours: saved.');
    await expect(saved).toContainText('These visits are still booked outside your hours');
    await expect(saved.getByRole('listitem')).toContainText(PATIENT_NAME);
    expect((await client.appointment.findUniqueOrThrow({ where: { id: booked.id } })).status).toBe('BOOKED');
    expect(await client.availabilityRule.count({ where: { therapistId: world.therapistId } })).toBe(0);
  } finally {
    await client.$disconnect();
  }
});

test('a therapist changes one date, adds time off, and undoes both', async ({ page, loginAs }) => {
  const date = addDays(saturdayAhead(), 7);
  const dateText = new Intl.DateTimeFormat('en-US', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
  await loginAs(world.therapistEmail);
  await page.goto('/therapist/availability');

  const oneDay = page.getByRole('region', { name: 'A different day', exact: true });
  await oneDay.getByLabel('Date').fill(date);
  await oneDay.getByRole('button', { name: 'Add hours (Custom hours)' }).click();
  await oneDay.getByLabel('From', { exact: true }).fill('14:00');
  await oneDay.getByLabel('To', { exact: true }).fill('15:00');
  await oneDay.getByRole('button', { name: 'Save this date' }).click();
  await expect(oneDay.getByRole('status')).toContainText(`Hours on ${date}: saved.`);
  const changed = oneDay.getByRole('listitem').filter({ hasText: dateText });
  await expect(changed).toContainText(`${dateText}: 2:00 PM–3:00 PM (in clinic, Summit Spine & Sport — SoMa)`);

  const timeOff = page.getByRole('region', { name: 'Time off', exact: true });
  await timeOff.getByLabel('Starts').fill(`${date}T09:00`);
  await timeOff.getByLabel('Ends').fill(`${date}T12:00`);
  await timeOff.getByLabel(/^Reason/).fill('Course');
  await timeOff.getByRole('button', { name: 'Save time off' }).click();
  await expect(timeOff.getByRole('status')).toContainText('Time off: saved.');
  const off = timeOff.getByRole('listitem').filter({ hasText: 'Course' });
  await expect(off).toContainText(/9:00\sAM\s–\s12:00\sPM · Course/);
  await expectAccessible(page);

  await changed.getByRole('button', { name: `Use weekly hours on ${dateText}` }).click();
  await expect(changed).toHaveCount(0);
  await off.getByRole('button', { name: /^Remove time off / }).click();
  await expect(off).toHaveCount(0);
});
