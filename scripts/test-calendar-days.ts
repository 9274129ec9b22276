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

const DAY = 86_400_000;

/** New York's UTC offset in minutes at an instant (−300 in winter, −240 in summer). */
function newYorkOffset(ms: number): number {
  const part =
    new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', timeZoneName: 'longOffset' })
      .formatToParts(new Date(ms))
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(part);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/**
 * The next occurrence of each day, always ahead of the real clock (libfaketime then moves every
 * clock forward, monotonic ones included, which must never go below zero). Times are UTC; the
 * comments give New York's wall clock.
 */
export function calendarDays(now = Date.now()): { name: string; at: string }[] {
  const midnight = Math.floor(now / DAY) * DAY;
  let saturday = midnight + DAY;
  while (new Date(saturday).getUTCDay() !== 6) saturday += DAY;
  let transition = midnight + DAY; // the first UTC day whose noon has another New York offset than the day before
  while (newYorkOffset(transition + 12 * 3_600_000) === newYorkOffset(transition - 12 * 3_600_000)) transition += DAY;
  const year = new Date(now).getUTCFullYear() + (new Date(now).getUTCMonth() === 11 && new Date(now).getUTCDate() === 31 ? 1 : 0);
  const at = (ms: number) => new Date(ms).toISOString().replace('.000', '');
  return [
    { name: 'saturday', at: at(saturday + 15 * 3_600_000) }, // Sat 10:00 (or 11:00) in New York
    { name: 'sunday', at: at(saturday + DAY + 15 * 3_600_000) }, // Sun 10:00 in New York
    { name: 'dst-eve', at: at(transition - DAY + 15 * 3_600_000) }, // the Saturday before clocks change in New York
    { name: 'nye', at: at(Date.UTC(year + 1, 0, 1, 3)) }, // Dec 31 22:00 in New York, already Jan 1 in UTC
  ];
}

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function runShifted(at: string, name: string, args: string[]): Promise<{ code: number; tally: string }> {
  const offset = Math.round((Date.parse(at) - Date.now()) / 1000);
  return new Promise((resolve) => {
    const child = spawn('faketime', ['-f', `${offset >= 0 ? '+' : ''}${offset}`, 'npx', 'tsx', 'scripts/test.ts', ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, REHABIT_CLOCK_SHIFTED: name, FAKETIME_DONT_RESET: '1', NO_FAKE_STAT: '1' },
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
  const days = calendarDays().filter((d) => !wanted || wanted.includes(d.name));
  console.log(
    `Calendar days: ${calendarDays()
      .map((d) => `${d.name} ${d.at}`)
      .join(', ')}`,
  );
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

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
