// Lists, for each operation, the error codes its handler may throw that its spec does not declare
// in `errors` (see docs/decisions/018-openapi-contract.md). It follows the route's imports through
// lib/ and collects `AppError('…')` codes, so it over-approximates at file level: read each hit and
// add it to the route's `errors` only if that handler can really reach it. Advisory; prints nothing
// when every reachable code is declared. Usage: npx tsx scripts/openapi-errors.ts
import fs from 'node:fs';
import path from 'node:path';
import { endpoints } from '../app/api/openapi.json/registry';
import { ERROR_STATUS } from '../lib/errors';
import { wrapperErrors } from '../lib/openapi/operation-errors';

const root = process.cwd();
const CODES = new Set(Object.keys(ERROR_STATUS));
// The wrapper and the FHIR envelope name codes without throwing them for a handler.
const SKIP = new Set([
  'lib/http.ts',
  'lib/http-errors.ts',
  'lib/errors.ts',
  'lib/fhir/fhir-bundle.ts',
  'lib/fhir/fhir-endpoint.ts',
]);
// Slot verdicts are returned by find-open-slots and thrown by check-slot; constraint names are
// mapped by toBookingConflict where it is called.
const VERDICTS = ['INSUFFICIENT_NOTICE', 'BEYOND_HORIZON', 'OUTSIDE_AVAILABILITY', 'SLOT_TAKEN'];
const CONSTRAINT_CODES = ['SLOT_TAKEN', 'PATIENT_DOUBLE_BOOKED', 'INVALID_TRANSITION'];

type Import = { file: string; names: string[] };

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/')
    ? path.join(root, spec.slice(2))
    : spec.startsWith('.')
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  const found = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find(
    (c) => fs.existsSync(c) && fs.statSync(c).isFile(),
  );
  return found && !found.includes('/generated/') ? found : null;
}

function importsOf(file: string, src: string): Import[] {
  const out: Import[] = [];
  for (const m of src.matchAll(/(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s+['"]([^'"]+)['"]/g)) {
    const target = m[1] ? null : resolve(file, m[3]!);
    if (!target) continue;
    out.push({
      file: target,
      names: [...m[2]!.matchAll(/(?:^|[{,\s])(?!type\s)(\w+)(?:\s+as\s+(\w+))?/g)].map((x) => x[2] ?? x[1]!),
    });
  }
  return out;
}

function codesIn(rel: string, src: string): string[] {
  if (rel === 'lib/scheduling/find-open-slots.ts' || rel === 'lib/booking/database-conflicts.ts') return [];
  const found = [...src.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]!).filter((c) => CODES.has(c));
  if (rel === 'lib/booking/check-slot.ts') found.push(...VERDICTS);
  if (/toBookingConflict\(/.test(src)) found.push(...CONSTRAINT_CODES);
  return found;
}

const memo = new Map<string, Map<string, string>>();
function reachable(file: string, seen = new Set<string>()): Map<string, string> {
  const rel = path.relative(root, file);
  const known = memo.get(file);
  if (known) return known;
  const out = new Map<string, string>();
  if (seen.has(file) || SKIP.has(rel)) return out;
  seen.add(file);
  const src = fs.readFileSync(file, 'utf8');
  for (const code of codesIn(rel, src)) out.set(code, rel);
  for (const imp of importsOf(file, src))
    for (const [code, where] of reachable(imp.file, seen)) if (!out.has(code)) out.set(code, where);
  memo.set(file, out);
  return out;
}

/** The codes one exported handler of a route file may reach: only the imports its own text uses. */
function handlerCodes(routeFile: string, method: string): Map<string, string> {
  const src = fs.readFileSync(routeFile, 'utf8');
  const parts = src.split(/(?=export const (?:GET|POST|PUT|PATCH|DELETE)\b)/);
  const shared = parts.shift()!.replace(/^import[^;]*;/gm, '');
  const own = (parts.find((p) => p.startsWith(`export const ${method}`)) ?? '') + shared;
  const out = new Map<string, string>();
  for (const code of codesIn(path.relative(root, routeFile), own)) out.set(code, 'the route');
  for (const imp of importsOf(routeFile, src)) {
    if (!imp.names.some((n) => new RegExp(`\\b${n}\\b`).test(own))) continue;
    for (const [code, where] of reachable(imp.file)) if (!out.has(code)) out.set(code, where);
  }
  return out;
}

const routeFiles = new Map<string, string>();
(function walk(dir: string) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name === 'route.ts') {
      const m = fs.readFileSync(p, 'utf8').match(/path: '([^']+)'/);
      if (m) routeFiles.set(m[1]!, p);
    }
  }
})(path.join(root, 'app/api'));

let missing = 0;
for (const { spec } of endpoints()) {
  const file = routeFiles.get(spec.path);
  if (!file) continue;
  const declared = new Set<string>([...wrapperErrors(spec), ...(spec.errors ?? [])]);
  const undeclared = [...handlerCodes(file, spec.method)].filter(([code]) => !declared.has(code));
  if (spec.path === '/api/openapi.json' || undeclared.length === 0) continue;
  missing += undeclared.length;
  console.log(`${spec.method} ${spec.path}: ${undeclared.map(([code, where]) => `${code} (${where})`).join(', ')}`);
}
if (missing) console.log(`\n${missing} reachable code(s) not in \`errors\`: check each, declare the real ones.`);
