// The cluster profile end to end (scripts/lib/cluster.ts, docs/decisions/021-running-at-scale.md):
// everything goes through HAProxy's one public port to two app nodes that share nothing but
// PostgreSQL (through PgBouncer in transaction mode), LiveKit (two nodes on one Redis) and the
// mail server. Each answer says which node gave it (X-Rehabit-Node).
import { randomUUID } from 'node:crypto';
import type { Browser, Locator, Page } from '@playwright/test';
import { createAppointment, createPatient, createPractice, createTherapist, DEMO_PASSWORD } from '../../prisma/factories';
import config from '../../playwright.config';
import { CLOCK_SHIFTED, LIVEKIT_KEEPS_REAL_CLOCK } from '../../tests/support/clock-shift.ts';
import { DEMO, expect, signInWithPassword, test } from '../fixtures';
import { book, clusterDb, clusterState, DAY, mailSubjectsTo, newPatient, nodeOf, openFollowUps } from './cluster-support';

const FAKE_MEDIA = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--autoplay-policy=no-user-gesture-required',
];
const launch = config.use?.launchOptions ?? {};
test.use({
  launchOptions: { ...launch, args: [...(launch.args ?? []), ...FAKE_MEDIA] },
  timezoneId: 'America/New_York',
  locale: 'en-US',
});

test('a patient keeps their session while requests alternate between the two app nodes', async ({ page }) => {
  expect((await signInWithPassword(page.request, DEMO.patient)).status()).toBe(200);
  const answeredBy: string[] = [];
  for (let i = 0; i < 8; i++) {
    const res = await page.request.get('/api/auth/session');
    expect(res.status()).toBe(200);
    expect((await res.json()).user?.email).toBe(DEMO.patient);
    const list = await page.request.get('/api/appointments');
    expect(list.status()).toBe(200);
    answeredBy.push(nodeOf(res), nodeOf(list));
  }
  // Round robin without stickiness: both nodes served this one session, turn about.
  expect(new Set(answeredBy)).toEqual(new Set(['app-a', 'app-b']));
  expect(answeredBy.filter((n, i) => i > 0 && n !== answeredBy[i - 1]).length).toBeGreaterThan(8);
  // Pages too: the dashboard renders the same signed-in person on either node.
  for (let i = 0; i < 2; i++) {
    const res = await page.goto('/patient');
    expect(res?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/\/patient$/);
  }
});

test('each booking’s confirmation is sent once although both nodes run the job worker', async ({ request }) => {
  const email = await newPatient(request, 'booking');
  const { visitTypeId, slots } = await openFollowUps(request);
  const chosen = [slots[0]!, slots[slots.length - 1]!];
  const nodes: string[] = [];
  for (const slot of chosen) {
    const res = await book(request, visitTypeId, slot);
    expect(res.status(), await res.text()).toBe(201);
    nodes.push(nodeOf(res));
  }
  const booked = async () => (await mailSubjectsTo(request, email)).filter((s) => s.startsWith('Booked:'));
  await expect.poll(async () => (await booked()).length, { timeout: 30_000 }).toBe(2);
  // Both nodes run a worker (woken by their own commits, polling every 10 s): give a duplicate time to show up. None does.
  await new Promise((r) => setTimeout(r, 6_000));
  expect(await booked()).toHaveLength(2);

  const client = clusterDb();
  try {
    const rows = await client.$queryRaw<{ state: string; n: bigint }[]>`
      SELECT j.state::text AS state, count(*) AS n FROM pgboss.job j
        JOIN appointments a ON a.id = j.data->>'appointmentId' JOIN patients p ON p.id = a.patient_id JOIN users u ON u.id = p.user_id
       WHERE j.name = 'appointment.booked' AND u.email = ${email} GROUP BY 1`;
    expect(rows.map((r) => `${r.state}:${r.n}`)).toEqual(['completed:2']);
  } finally {
    await client.$disconnect();
  }
  test.info().annotations.push({ type: 'booked through', description: nodes.join(', ') });
});

test('lapsed holds are released once, although each node sweeps them every 15 seconds', async () => {
  const client = clusterDb();
  try {
    const practice = await createPractice(client);
    const therapist = await createTherapist(client, {
      practiceId: practice.id,
      offersVirtual: true,
      email: `cluster-holds-${randomUUID()}@rehabit.test`,
    });
    const patient = await createPatient(client, { email: `cluster-held-${randomUUID()}@rehabit.test` });
    const visitType = await client.visitType.findUniqueOrThrow({ where: { slug: 'virtual-follow-up' } });
    const base = new Date(Date.now() + 3 * DAY);
    // Three holds from waitlist offers, lapsed a moment ago: releasing one offers its time on (a job).
    // Each entry waits for its own time only, so no released time is offered to another entry
    // (whose booking would then release that entry's lapsed hold itself, without a job).
    const holds = [];
    for (let i = 0; i < 3; i++) {
      const startsAt = new Date(base.getTime() + i * 2 * 60 * 60_000);
      const hold = await createAppointment(client, {
        patientId: patient.patient!.id,
        therapistId: therapist.therapist!.id,
        visitTypeId: visitType.id,
        startsAt,
        status: 'HELD',
        holdExpiresAt: new Date(Date.now() - 1_000),
      });
      const entry = await client.waitlistEntry.create({
        data: {
          patientId: patient.patient!.id,
          visitTypeId: visitType.id,
          therapistId: therapist.therapist!.id,
          earliest: new Date(startsAt.getTime() - 10 * 60_000),
          latest: new Date(hold.endsAt.getTime() + 10 * 60_000),
          status: 'OFFERED',
        },
      });
      await client.waitlistOffer.create({
        data: { entryId: entry.id, appointmentId: hold.id, tokenHash: randomUUID(), expiresAt: hold.holdExpiresAt! },
      });
      holds.push(hold);
    }
    const ids = holds.map((h) => h.id);
    const released = () =>
      client.appointment.findMany({ where: { id: { in: ids }, status: 'CANCELLED' }, select: { id: true, cancelledAt: true } });
    await expect.poll(async () => (await released()).length, { timeout: 40_000 }).toBe(3);
    const first = await released();
    // Both nodes' timers run again meanwhile; the release happened once and stays as it was.
    await new Promise((r) => setTimeout(r, 17_000));
    expect(await released()).toEqual(first);
    const offersOn = await client.$queryRaw<{ start: string; n: bigint }[]>`
      SELECT data->>'start' AS start, count(*) AS n FROM pgboss.job
       WHERE name = 'waitlist.offer-freed-slot' AND data->>'therapistId' = ${therapist.therapist!.id} GROUP BY 1 ORDER BY 1`;
    expect(offersOn.map((o) => Number(o.n))).toEqual([1, 1, 1]);
  } finally {
    await client.$disconnect();
  }
});

/**
 * The remote person's <video> shows frames and keeps moving. Generous limits: two browsers' media,
 * two LiveKit and two app nodes share two cores with whatever else the machine runs.
 */
async function expectPlaying(video: Locator): Promise<void> {
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.videoWidth), { timeout: 45_000 }).toBeGreaterThan(0);
  const before = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 30_000 }).toBeGreaterThan(before);
}

/** A signed-in page that remembers which servers its WebSockets went to. */
async function signedInPage(browser: Browser, email: string): Promise<{ page: Page; sockets: string[] }> {
  const context = await browser.newContext({ baseURL: config.use?.baseURL, permissions: ['camera', 'microphone'] });
  const page = await context.newPage();
  const sockets: string[] = [];
  page.on('websocket', (ws) => sockets.push(new URL(ws.url()).host));
  expect((await signInWithPassword(page.request, email, DEMO_PASSWORD)).status(), `sign-in of ${email}`).toBe(200);
  return { page, sockets };
}

async function join(page: Page, joinLabel: string): Promise<void> {
  const check = page.getByRole('region', { name: 'Check your camera and microphone' });
  await expect(check.getByRole('status')).toHaveText(/^Video service reachable \(\d+ ms\)\.$/, { timeout: 30_000 });
  await check.getByRole('button', { name: joinLabel }).click();
}

test.describe(() => {
  // Media negotiation has timed out (and LiveKit's client reconnected) on this 2-core machine under
  // a load average of 40+; one more try then, reported as flaky rather than passed.
  test.describe.configure({ retries: 1 });

  test('a video visit spans LiveKit nodes: the patient on node A, the therapist on node B', async ({ browser }) => {
    test.skip(CLOCK_SHIFTED, LIVEKIT_KEEPS_REAL_CLOCK);
    const { livekit } = clusterState();
    const client = clusterDb();
    const stamp = Date.now();
    const practice = await createPractice(client);
    const therapistUser = await createTherapist(client, {
      practiceId: practice.id,
      offersVirtual: true,
      name: 'Dana Cluster',
      email: `cluster-therapist-${stamp}@rehabit.test`,
    });
    const patientUser = await createPatient(client, { name: 'Riley Cluster', email: `cluster-patient-${stamp}@rehabit.test` });
    const visitType = await client.visitType.findUniqueOrThrow({ where: { slug: 'virtual-follow-up' } });
    const appointment = await createAppointment(client, {
      patientId: patientUser.patient!.id,
      therapistId: therapistUser.therapist!.id,
      visitTypeId: visitType.id,
      startsAt: new Date(Date.now() - 5 * 60_000),
    });
    await client.$disconnect();
    const patient = await signedInPage(browser, patientUser.email);
    const therapist = await signedInPage(browser, therapistUser.email);
    try {
      await patient.page.goto(`/patient/visits/${appointment.id}`);
      await join(patient.page, 'Join visit');
      await expect(patient.page.getByRole('heading', { name: 'Your therapist will let you in shortly' })).toBeVisible();

      await therapist.page.goto(`/therapist/visits/${appointment.id}`);
      await join(therapist.page, 'Start visit');
      const waiting = therapist.page.getByRole('region', { name: 'Waiting room' });
      await expect(waiting.getByRole('listitem').filter({ hasText: 'Riley Cluster' })).toContainText('is waiting since', {
        timeout: 30_000,
      });
      await waiting.getByRole('button', { name: 'Admit Riley Cluster' }).click();
      await expect(waiting.getByText('Nobody is waiting.')).toBeVisible({ timeout: 30_000 });

      await expect(patient.page.getByRole('heading', { name: 'Your therapist will let you in shortly' })).toBeHidden({
        timeout: 30_000,
      });
      await expectPlaying(patient.page.getByRole('figure', { name: 'Video from Dana Cluster' }).locator('video'));
      await expectPlaying(therapist.page.getByRole('figure', { name: 'Video from Riley Cluster' }).locator('video'));
      // Each browser signalled only through its own node.
      expect(new Set(patient.sockets)).toEqual(new Set([new URL(livekit.patientUrl).host]));
      expect(new Set(therapist.sockets)).toEqual(new Set([new URL(livekit.staffUrl).host]));
    } finally {
      await patient.page.context().close();
      await therapist.page.context().close();
    }
  });
});

test('an app node killed mid-test: the balancer routes around it, nothing is lost, the node comes back', async ({ request }) => {
  const email = await newPatient(request, 'failover');
  const { visitTypeId, slots } = await openFollowUps(request);
  const before = clusterState().appNodes.find((n) => n.name === 'app-a')!;

  await test.step('app-a is killed by its PID (its whole process group, as the OOM killer would)', () => {
    process.kill(-before.pid, 'SIGKILL');
  });

  await test.step('the next requests all succeed, on app-b', async () => {
    const nodes: string[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await request.get('/api/auth/session');
      expect(res.status()).toBe(200);
      expect((await res.json()).user?.email).toBe(email);
      nodes.push(nodeOf(res));
    }
    const booked = await book(request, visitTypeId, slots[1]!);
    expect(booked.status(), await booked.text()).toBe(201);
    nodes.push(nodeOf(booked));
    expect(new Set(nodes)).toEqual(new Set(['app-b']));
    // Nothing lost: the booking made during the outage is there, and its confirmation goes out once.
    await expect
      .poll(async () => (await mailSubjectsTo(request, email)).filter((s) => s.startsWith('Booked:')).length, { timeout: 30_000 })
      .toBe(1);
  });

  await test.step('app-a is started again and the balancer sends it requests once its health check passes', async () => {
    await expect
      .poll(() => clusterState().appNodes.find((n) => n.name === 'app-a')!.restarts, { timeout: 10_000 })
      .toBe(before.restarts + 1);
    expect(clusterState().appNodes.find((n) => n.name === 'app-a')!.pid).not.toBe(before.pid);
    await expect
      .poll(async () => nodeOf(await request.get('/api/health')), { timeout: 120_000, intervals: [1_000] })
      .toBe('app-a');
    const nodes = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const res = await request.get('/api/auth/session');
      expect(res.status()).toBe(200);
      expect((await res.json()).user?.email).toBe(email);
      nodes.add(nodeOf(res));
    }
    expect(nodes).toEqual(new Set(['app-a', 'app-b']));
    expect((await mailSubjectsTo(request, email)).filter((s) => s.startsWith('Booked:'))).toHaveLength(1);
  });
});
