// `npm run test:calendar-days`: every test layer (as `npm test`) with every process's clock
// moved to days that have broken date-dependent tests before: a Saturday, a Sunday, the day before
// a DST change and New Year's Eve. libfaketime (Debian `faketime`, installed here as root when
// missing) shifts Node, Postgres (`now()`), Next and Chromium by one fixed offset, so they agree with
// each other and time still runs. Go binaries do not read the clock through libc, so livekit-server
// keeps the real time: the few tests that need it to accept our tokens skip themselves when
// REHABIT_CLOCK_SHIFTED is set (see tests/support/clock-shift.ts). docs/decisions/020-test-clock.md.
//   npm run test:calendar-days                        all four days, every layer
//   npm run test:calendar-days -- --days sunday,nye   some of them
//   npm run test:calendar-days -- --only e2e --files e2e/booking
import { spawn } from 'node:child_process';
import { ensureSystemDeps } from './lib/system-deps';

/** Instants in UTC; the comments give the wall clock where the demo network's therapists work. */
export const CALENDAR_DAYS = [
  { name: 'saturday', at: '2026-12-12T15:00:00Z' }, // Sat 10:00 New York, 07:00 Los Angeles; Sun 02:00 Sydney
  { name: 'sunday', at: '2026-12-13T15:00:00Z' }, // Sun 10:00 New York
  { name: 'dst-eve', at: '2027-03-13T15:00:00Z' }, // Sat 10:00 New York; clocks spring forward that night
  { name: 'nye', at: '2027-01-01T03:00:00Z' }, // Thu 22:00 New York on Dec 31, already Jan 1 in UTC
] as const;

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function runShifted(at: string, name: string, args: string[]): Promise<{ code: number; tally: string }> {
  const offset = Math.round((Date.parse(at) - Date.now()) / 1000);
  return new Promise((resolve) => {
    const child = spawn('faketime', ['-f', `${offset >= 0 ? '+' : ''}${offset}`, 'npx', 'tsx', 'scripts/test.ts', ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, REHABIT_CLOCK_SHIFTED: name, FAKETIME_DONT_FAKE_MONOTONIC: '1', FAKETIME_DONT_RESET: '1', NO_FAKE_STAT: '1' },
    });
    let tally = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      const line = /^tests: .*$/m.exec(chunk.toString());
      if (line) tally = line[0];
    });
    child.on('exit', (code) => resolve({ code: code ?? 1, tally: tally || 'tests: (no tally)' }));
  });
}

async function main(): Promise<number> {
  await ensureSystemDeps(['faketime']);
  const wanted = argValue('--days')?.split(',');
  const days = CALENDAR_DAYS.filter((d) => !wanted || wanted.includes(d.name));
  const passOn = process.argv.slice(2).filter((a, i, all) => a !== '--days' && all[i - 1] !== '--days');
  const args = passOn;
  const results: string[] = [];
  let failed = false;
  for (const day of days) {
    console.log(`\n=== ${day.name}: clock at ${day.at} ===`);
    const { code, tally } = await runShifted(day.at, day.name, args);
    failed ||= code !== 0;
    results.push(`${day.name.padEnd(9)} ${day.at}  ${code === 0 ? 'green' : 'FAILED'}  ${tally}`);
  }
  console.log(`\nCalendar days:\n${results.join('\n')}`);
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code), (err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
