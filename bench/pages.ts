// `npm run bench:pages`: Lighthouse (mobile preset: emulated phone, simulated slow 4G and 4× CPU
// slowdown) with Debian's chromium on the pages of issues 17 and 23, against a production build on
// the demo network, beside their targets: performance ≥ 95, CLS ≤ 0.05, first-load JS ≤ 130 kB gzip
// (≤ 170 kB on /patient, signed in as the demo patient). Asserts nothing.
//   BENCH_PAGES_RUNS=N  runs per page (default 3; the median by score is shown)
//   CHROME_PATH=…       another Chromium (default /usr/bin/chromium)
//   BENCH_PAGES_CPU_SLOWDOWN=x  instead of the preset's 4 (Lighthouse's advice for a machine whose
//                       benchmarkIndex, printed per run, is far from a desktop's ~1500; not a target run)
// Like every bench it reuses the production build when the sources have not changed since it was
// made (runBench); otherwise it runs `next build` first (3–5 min).
// "First-load JS" is every script the page downloaded during the Lighthouse run (until the network
// was quiet, so chunks fetched just after hydration count too), each body gzipped as the server
// sends it: the same measure as e2e/booking-flow.spec.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { DEMO_PASSWORD } from '../prisma/factories';
import { DATA_DIR } from '../scripts/lib/config';
import { seedDemo } from '../prisma/seed';
import { runBench } from './lib/environment';
import { signIn } from './lib/sign-in';
import { printTable } from './lib/stats';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const RUNS = Math.max(1, Number(process.env.BENCH_PAGES_RUNS ?? 3));
/** The median run's full Lighthouse report per page (open in https://googlechrome.github.io/lighthouse/viewer/). */
const REPORT_DIR = path.resolve(DATA_DIR, 'bench-pages');
const CPU_SLOWDOWN = Number(process.env.BENCH_PAGES_CPU_SLOWDOWN) || undefined;
const PATIENT = 'patient1@rehabit.test';
const TARGET = { score: 95, cls: 0.05 };
const PAGES = [
  { path: '/', jsKb: 130, signedIn: false },
  { path: '/locations?zip=10001', jsKb: 130, signedIn: false },
  { path: '/book', jsKb: 130, signedIn: false },
  { path: '/patient', jsKb: 170, signedIn: true },
];

interface RunFigures {
  score: number;
  cls: number;
  lcpMs: number;
  tbtMs: number;
  scripts: string[];
  transferred: number;
  /** Lighthouse's measure of this machine's speed at the time (a loaded machine scores low). */
  benchmarkIndex: number;
  report: string;
}

interface NetworkItem {
  url: string;
  resourceType?: string;
  transferSize?: number;
}

async function lighthouseRun(url: string, port: number, cookie: string | null): Promise<RunFigures> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    ...(CPU_SLOWDOWN ? { throttling: { cpuSlowdownMultiplier: CPU_SLOWDOWN } } : {}),
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const finalUrl = lhr.finalDisplayedUrl;
  if (new URL(finalUrl).pathname !== new URL(url).pathname) throw new Error(`${url} ended on ${finalUrl} (signed out?)`);
  const items = ((lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ?? []).filter(
    (i) => i.resourceType === 'Script',
  );
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    scripts: [...new Set(items.map((i) => i.url))],
    transferred: items.reduce((sum, i) => sum + (i.transferSize ?? 0), 0),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    report: result.report as string,
  };
}

/** Gzipped size of each script (default level, as Next's compression sends it). */
async function gzipBytes(urls: string[], cookie: string | null): Promise<number> {
  const sizes = await Promise.all(
    urls.map(async (u) => {
      const res = await fetch(u, { headers: cookie ? { cookie } : {} });
      if (!res.ok) throw new Error(`GET ${u}: HTTP ${res.status}`);
      return gzipSync(Buffer.from(await res.arrayBuffer())).length;
    }),
  );
  return sizes.reduce((a, b) => a + b, 0);
}

runBench('bench:pages', async (env) => {
  await seedDemo(env.client);
  const cookie = await signIn(env.baseUrl, PATIENT, DEMO_PASSWORD);
  // Server warm-up: the first render of each route pays for module loading, which is not the page's weight.
  for (const p of PAGES) {
    for (let i = 0; i < 3; i++) {
      const res = await fetch(env.baseUrl + p.path, { headers: p.signedIn ? { cookie } : {} });
      await res.text();
      if (res.status !== 200) throw new Error(`GET ${p.path}: HTTP ${res.status}`);
    }
  }
  mkdirSync(REPORT_DIR, { recursive: true });
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS });
  const rows: string[][] = [];
  try {
    for (const p of PAGES) {
      const runs: RunFigures[] = [];
      for (let i = 0; i < RUNS; i++)
        runs.push(await lighthouseRun(env.baseUrl + p.path, chrome.port, p.signedIn ? cookie : null));
      const scores = runs.map((r) => r.score).join(' ');
      const median = [...runs].sort((a, b) => a.score - b.score)[Math.floor(runs.length / 2)]!;
      const js = await gzipBytes(median.scripts, p.signedIn ? cookie : null);
      writeFileSync(path.join(REPORT_DIR, `${p.path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}.json`), median.report);
      const ok = (pass: boolean) => (pass ? 'ok' : 'MISSED');
      rows.push([
        p.path + (p.signedIn ? ' (patient)' : ''),
        `${median.score} (${scores})`,
        `≥ ${TARGET.score} ${ok(median.score >= TARGET.score)}`,
        median.cls.toFixed(3),
        `≤ ${TARGET.cls} ${ok(median.cls <= TARGET.cls)}`,
        `${(median.lcpMs / 1000).toFixed(2)} s`,
        `${Math.round(median.tbtMs)} ms`,
        `${(js / 1000).toFixed(1)} (${median.scripts.length})`,
        `${(median.transferred / 1000).toFixed(1)}`,
        `≤ ${p.jsKb} ${ok(js / 1000 <= p.jsKb)}`,
      ]);
      console.log(
        `${p.path}: scores ${scores}, CLS ${runs.map((r) => r.cls.toFixed(3)).join(' ')}, ` +
          `benchmarkIndex ${runs.map((r) => Math.round(r.benchmarkIndex)).join(' ')}`,
      );
    }
  } finally {
    chrome.kill();
  }
  printTable(
    `Lighthouse ${RUNS}× per page, mobile preset, ${CHROME}; the median run by score:`,
    ['page', 'perf (runs)', 'target', 'CLS', 'target', 'LCP', 'TBT', 'JS gzip kB (files)', 'as sent kB', 'target kB'],
    rows,
  );
  console.log(`Reports of the median runs: ${REPORT_DIR}/`);
});
