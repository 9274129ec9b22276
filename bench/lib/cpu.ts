// CPU time used by the app (its process group) and by the bench Postgres (postmaster and its
// backends), read from /proc. On a shared machine wall-clock latency moves with other people's
// work; CPU time per request mostly does not, and it says which side the time goes to.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface CpuSample {
  app: number;
  db: number;
}

let ticksPerSecond: number | undefined;
function tickMs(): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return 1000 / ticksPerSecond;
}

interface Stat {
  pid: number;
  ppid: number;
  pgid: number;
  own: number;
  children: number;
}

function readStat(pid: number): Stat | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised name: state ppid pgrp … utime(14) stime(15) cutime(16) cstime(17).
    const f = text
      .slice(text.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    return { pid, ppid: f[1]!, pgid: f[2]!, own: f[11]! + f[12]!, children: f[13]! + f[14]! };
  } catch {
    return null; // gone between readdir and read
  }
}

/** CPU milliseconds so far; compare two samples. Null where /proc is not available. */
export function sampleCpu(appPid: number, pgDataDir: string): CpuSample | null {
  if (!fs.existsSync('/proc/self/stat')) return null;
  const postmaster = Number(fs.readFileSync(path.join(pgDataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  let app = 0;
  let db = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const s = readStat(Number(entry));
    if (!s) continue;
    // Exited children's time lands in their parent's "children" fields once reaped.
    if (s.pgid === appPid) app += s.own + s.children;
    if (s.pid === postmaster) db += s.own + s.children;
    else if (s.ppid === postmaster) db += s.own;
  }
  return { app: app * tickMs(), db: db * tickMs() };
}

/** CPU ms per operation between two samples, as "app X / db Y". */
export function cpuPer(before: CpuSample | null, after: CpuSample | null, operations: number): string {
  if (!before || !after || operations === 0) return 'n/a';
  const per = (a: number, b: number) => ((b - a) / operations).toFixed(2);
  return `app ${per(before.app, after.app)} / db ${per(before.db, after.db)}`;
}
