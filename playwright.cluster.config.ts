import { defineConfig, devices } from '@playwright/test';
import base from './playwright.config';

// The `cluster` test layer (scripts/test.ts): e2e/cluster/ against the cluster profile
// (scripts/lib/cluster.ts) through its balancer. One worker: a spec stops an app node.
export default defineConfig({
  ...base,
  testDir: 'e2e/cluster',
  testIgnore: [],
  // The base config's projects ignore e2e/cluster/ (and split off the video calls): one plain project here.
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'] } }],
  fullyParallel: false,
  workers: 1,
  timeout: 180_000,
  outputDir: `${base.outputDir}-cluster`,
});
