// `npx tsx bench/profile-summary.ts .data/bench-profile/CPU.….cpuprofile [--from ms] [--to ms]`:
// where the app's CPU went in a V8 profile written by `BENCH_PROFILE=1 npm run bench:…`, as shares
// of the sampled (non-idle) time: by package or area (self time), by top functions (self time),
// and by a few markers of our own code (inclusive time: the function and everything it called).
// --from/--to cut the profile to a time range (ms since it started), e.g. a bench's phase (b).
import fs from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx bench/profile-summary.ts <file.cpuprofile> [--from ms] [--to ms]');
  process.exit(2);
}
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
};
const fromMs = arg('--from') ?? 0;
const toMs = arg('--to') ?? Infinity;
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** The area a frame's code belongs to: a package, Next, Node itself, or our own code. */
function area(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === '(garbage collector)') return 'V8: garbage collection';
    if (functionName === '(program)') return 'V8: program (native, unattributed)';
    return `native: ${functionName || '(anonymous)'}`;
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] === 'next' ? 'next (framework)' : pkg[1]!;
  if (url.startsWith('node:')) return `node: ${url.slice(5).split('/')[0]}`;
  if (/\[turbopack\]|\/chunks\/.*node_modules|\/chunks\/ssr\/|\[externals\]/.test(url))
    return 'app bundle (next/turbopack chunks)';
  if (url.includes('/server/chunks/') || url.includes('/server/app/')) return 'app bundle (our code + bundled packages)';
  return url.replace(/^file:\/\//, '').replace(process.cwd(), '.');
}

const self = new Map<number, number>();
let t = profile.startTime;
let total = 0;
let idle = 0;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i] ?? 0;
  const at = (t - profile.startTime) / 1000;
  if (at < fromMs || at > toMs) continue;
  const id = profile.samples[i]!;
  const delta = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const node = byId.get(id)!;
  if (node.callFrame.functionName === '(idle)') {
    idle += delta;
    continue;
  }
  self.set(id, (self.get(id) ?? 0) + delta);
  total += delta;
}

const pct = (ms: number) => `${((ms / total) * 100).toFixed(1).padStart(5)} %`;
const top = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${pct(v)}  ${(v / 1000).toFixed(2).padStart(7)} s  ${k}`)
    .join('\n');

const areas = new Map<string, number>();
const functions = new Map<string, number>();
for (const [id, ms] of self) {
  const frame = byId.get(id)!.callFrame;
  const a = area(frame);
  areas.set(a, (areas.get(a) ?? 0) + ms);
  const name = `${frame.functionName || '(anonymous)'}  [${a}${frame.url ? `:${frame.lineNumber + 1}` : ''}]`;
  functions.set(name, (functions.get(name) ?? 0) + ms);
}

// Inclusive time of markers: a sample counts once for a marker if any frame on its stack matches.
const MARKERS: [string, RegExp][] = [
  ['pg: writing queries to the socket (writev/writeBuffer)', /^(writev|writeBuffer|_writev|writeGeneric)$/],
  ['pg: reading/parsing answers (parse, handlePacket)', /^(parse|handlePacket|handleDataRow|parseDataRowMessage)$/],
  [
    'prisma: query compiler / interpreter (wasm, interpret*)',
    /^(interpret|compile|wasm-function.*|compileQuery|QueryInterpreter.*)$/,
  ],
  ['zod: parse / safeParse', /^(safeParse|parse|_parse|run)$/],
  ['JSON.stringify / JSON.parse', /^(stringify|parse)$/],
  ['next-auth: getToken / decode (JWT)', /^(getToken|decode|jwtDecrypt|hkdf|deriveKey)$/],
  ['nodemailer (confirmation email)', /^(sendMail|send)$/],
  ['pg-boss (job queue)', /^(fetch|complete|insert|send)$/],
];
const markerTimes = new Map<string, number>();
for (const [id, ms] of self) {
  const matched = new Set<string>();
  for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
    const frame = byId.get(n)!.callFrame;
    for (const [label, re] of MARKERS) {
      if (matched.has(label) || !re.test(frame.functionName)) continue;
      // Narrow the generic names to their package.
      const a = area(frame);
      if (label.startsWith('zod') && !a.includes('zod') && !a.includes('app bundle')) continue;
      if (label.startsWith('JSON') && frame.url) continue;
      if (label.startsWith('pg:') && !/^(pg|pg-protocol|node: net|node: internal|native)/.test(a) && frame.url) continue;
      if (label.startsWith('nodemailer') && a !== 'nodemailer') continue;
      if (label.startsWith('pg-boss') && a !== 'pg-boss') continue;
      if (label.startsWith('next-auth') && !/next-auth|jose|@panva|app bundle/.test(a)) continue;
      matched.add(label);
    }
  }
  for (const label of matched) markerTimes.set(label, (markerTimes.get(label) ?? 0) + ms);
}

console.log(`${file}: ${(total / 1000).toFixed(2)} s sampled on the CPU, ${(idle / 1000).toFixed(2)} s idle`);
console.log(`\nBy area (self time):\n${top(areas, 25)}`);
console.log(`\nTop functions (self time):\n${top(functions, 30)}`);
console.log(`\nMarkers (inclusive, a sample counted once per marker):\n${top(markerTimes, MARKERS.length)}`);
