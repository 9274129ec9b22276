// First-load JavaScript per route, read from a production build (no server needed): the root
// chunks every page loads plus every chunk the route's layouts and page list in their client
// reference manifest, each counted once, raw and gzipped.
//   npx tsx scripts/route-js.ts [distDir=.next] [route-substring ...]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';

const [distDir = '.next', ...filters] = process.argv.slice(2);
const appDir = join(distDir, 'server', 'app');
const build = JSON.parse(readFileSync(join(distDir, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };

function manifests(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return manifests(path);
    return name === 'page_client-reference-manifest.js' ? [path] : [];
  });
}

const gz = new Map<string, number>();
function sizes(file: string): { raw: number; gzip: number } {
  const body = readFileSync(join(distDir, file));
  if (!gz.has(file)) gz.set(file, gzipSync(body, { level: 9 }).length);
  return { raw: body.length, gzip: gz.get(file)! };
}

const rows: { route: string; files: number; raw: number; gzip: number }[] = [];
for (const path of manifests(appDir)) {
  const route =
    '/' +
    relative(appDir, path)
      .split(sep)
      .slice(0, -1)
      .filter((s) => !/^\(.*\)$/.test(s))
      .join('/');
  if (filters.length && !filters.some((f) => route.includes(f))) continue;
  const sandbox: { self: Record<string, unknown>; globalThis?: unknown } = { self: {} };
  sandbox.globalThis = sandbox.self;
  runInNewContext(readFileSync(path, 'utf8'), sandbox.self);
  const all = (sandbox.self.__RSC_MANIFEST ?? {}) as Record<string, { entryJSFiles: Record<string, string[]> }>;
  const files = new Set(build.rootMainFiles);
  for (const m of Object.values(all)) for (const list of Object.values(m.entryJSFiles)) list.forEach((f) => files.add(f));
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    if (!existsSync(join(distDir, f))) continue;
    const s = sizes(f);
    raw += s.raw;
    gzip += s.gzip;
  }
  rows.push({ route, files: files.size, raw, gzip });
}
rows.sort((a, b) => a.route.localeCompare(b.route));
const kB = (n: number) => (n / 1000).toFixed(1).padStart(7);
console.log(`${'route'.padEnd(44)} files   raw kB  gzip kB`);
for (const r of rows) console.log(`${r.route.padEnd(44)} ${String(r.files).padStart(5)} ${kB(r.raw)}  ${kB(r.gzip)}`);
