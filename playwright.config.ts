import { defineConfig, devices } from '@playwright/test';

const VIDEO_CALL_SPECS = /e2e\/video(-[a-z-]+)?\.spec\.ts$/;
// A project's testIgnore replaces the config's: the cluster profile's specs are named here too.
const CLUSTER_SPECS = /e2e\/cluster\//;

// Run through `npm test` (scripts/test.ts), which builds the app once, starts it on a seeded
// database with a mail catcher, and points E2E_BASE_URL at it.
export default defineConfig({
  testDir: 'e2e',
  // The cluster profile's spec runs against its own services (playwright.cluster.config.ts).
  testIgnore: CLUSTER_SPECS,
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json']],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://localhost:3100',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
        '--disable-quic',
      ],
    },
  },
  // Per test slot, so two runs on one machine (REHABIT_TEST_SLOT) don't wipe each other's artifacts.
  outputDir: `.data/test-results${process.env.REHABIT_TEST_SLOT ? `-${process.env.REHABIT_TEST_SLOT}` : ''}/playwright`,
  // The two-browser video calls (four Chromiums with fake camera and microphone each) run one at a
  // time beside the other specs: two at once on a 2-core machine starve each other of CPU and time
  // out while still working (see the issue 17 note: the "hang" after the phone rotated was this).
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: [CLUSTER_SPECS, VIDEO_CALL_SPECS] },
    { name: 'video', use: { ...devices['Desktop Chrome'] }, testMatch: VIDEO_CALL_SPECS, workers: 1 },
  ],
});
