// `npm start` builds Next only when the sources changed since the last build.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const INPUTS = [
  'app',
  'lib',
  'prisma/schema.prisma',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.js',
  'tsconfig.json',
  'package-lock.json',
  'types',
];
const DIST = process.env.REHABIT_NEXT_DIR ?? '.next';
const STAMP = `${DIST}/rehabit-source-hash`;

function walk(p: string, out: string[]): void {
  if (!fs.existsSync(p)) return;
  const stat = fs.statSync(p);
  if (stat.isFile()) {
    out.push(p);
    return;
  }
  for (const entry of fs.readdirSync(p).sort()) {
    if (entry === 'generated' || entry === 'node_modules') continue;
    walk(path.join(p, entry), out);
  }
}

export function sourceHash(): string {
  const files: string[] = [];
  for (const input of INPUTS) walk(input, files);
  const hash = crypto.createHash('sha256');
  for (const f of files) hash.update(f).update('\0').update(fs.readFileSync(f));
  return hash.digest('hex');
}

export function buildIsCurrent(): boolean {
  return fs.existsSync(`${DIST}/BUILD_ID`) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === sourceHash();
}

export function markBuilt(): void {
  fs.writeFileSync(STAMP, sourceHash());
}

/**
 * `next build` adds its build folder's type paths to tsconfig.json; for a side folder (a test
 * slot, the benchmarks) that would dirty the checkout, so the file is put back afterwards.
 */
export async function preservingTsconfig<T>(build: () => Promise<T>): Promise<T> {
  const before = fs.readFileSync('tsconfig.json', 'utf8');
  try {
    return await build();
  } finally {
    if (DIST !== '.next' && fs.readFileSync('tsconfig.json', 'utf8') !== before) fs.writeFileSync('tsconfig.json', before);
  }
}
