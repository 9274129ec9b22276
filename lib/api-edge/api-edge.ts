// What proxy.ts answers before Next routes a request, where Next's own answer would be a 500 or not
// in our error shape: a path with broken percent-encoding (Next fails decoding it: a plain-text
// 500) → 400; for /api/*, a method the matched route does not export (Next: an empty 405) → 405
// with Allow.
// Pure: the route table is passed in. See docs/decisions/017.
import { AppError, errorBody, type ErrorBody } from '../errors';
import { unstorableTextProblem } from '../storable-input';

export interface EdgeRefusal {
  status: number;
  body: ErrorBody;
  headers: Record<string, string>;
}

interface Node {
  route?: readonly string[];
  statics: Map<string, Node>;
  dynamic?: Node;
  catchAll?: Node;
  optionalCatchAll?: Node;
}

const newNode = (): Node => ({ statics: new Map() });

export function buildRouteTree(table: readonly (readonly [string, readonly string[]])[]): Node {
  const root = newNode();
  for (const [route, methods] of table) {
    let node = root;
    for (const segment of route.split('/').filter(Boolean)) {
      if (segment.startsWith('(')) continue; // a route group does not appear in the URL
      const kind = segment.startsWith('[[...')
        ? 'optionalCatchAll'
        : segment.startsWith('[...')
          ? 'catchAll'
          : segment.startsWith('[')
            ? 'dynamic'
            : null;
      if (kind) node = node[kind] ??= newNode();
      else node = node.statics.get(segment) ?? node.statics.set(segment, newNode()).get(segment)!;
    }
    node.route = methods;
  }
  return root;
}

/** Next's precedence: a static segment before a dynamic one before a catch-all. */
function match(node: Node, segments: string[]): readonly string[] | null {
  if (segments.length === 0) return node.route ?? node.optionalCatchAll?.route ?? null;
  const [first, ...rest] = segments;
  const staticChild = node.statics.get(first!);
  return (
    (staticChild && match(staticChild, rest)) ??
    (node.dynamic && match(node.dynamic, rest)) ??
    node.catchAll?.route ??
    node.optionalCatchAll?.route ??
    null
  );
}

function refusal(status: number, err: AppError, headers: Record<string, string> = {}): EdgeRefusal {
  return { status, body: errorBody(err), headers: { 'Cache-Control': 'no-store', ...headers } };
}

/** `Allow` as Next's automatic OPTIONS answer writes it: HEAD with GET, OPTIONS always, sorted. */
export function allowHeader(methods: readonly string[]): string {
  const allowed = new Set([...methods, 'OPTIONS']);
  if (allowed.has('GET')) allowed.add('HEAD');
  return [...allowed].sort().join(', ');
}

/** The path's segments decoded, or null when a segment's percent-encoding is not UTF-8 (Next would answer 500). */
export function decodePathSegments(pathname: string): string[] | null {
  try {
    return pathname
      .split('/')
      .filter(Boolean)
      .map((raw) => decodeURIComponent(raw));
  } catch {
    return null;
  }
}

/**
 * Whether a raw query string (`url.search`) is valid percent-encoding of UTF-8. URLSearchParams
 * turns a broken sequence (%FF, an encoded lone surrogate) into U+FFFD without a word, so the
 * value a route sees is not what was sent; the endpoint wrapper refuses it (lib/http.ts). Only
 * where the raw query reaches it: over HTTP the server has already rewritten it (decision 017).
 */
export function queryEncodingValid(search: string): boolean {
  try {
    for (const part of search.replace(/^\?/, '').split(/[&=]/)) decodeURIComponent(part.replaceAll('+', ' '));
    return true;
  } catch {
    return false;
  }
}

/**
 * A page's path segments that no page can look up: a control character (NUL above all, which
 * Postgres refuses in any text) would reach a page's loader as an id and fail there as a 500. The
 * API refuses them in endpoint() (lib/storable-input.ts) with a 400 in the error shape.
 */
export function pageSegmentsRefused(segments: readonly string[]): boolean {
  return segments.some((s) => unstorableTextProblem(s) !== null);
}

/** null: let Next route it. `pathname` is the raw (still percent-encoded) request path, /api/… */
export function refuseAtApiEdge(method: string, pathname: string, tree: Node): EdgeRefusal | null {
  const segments = decodePathSegments(pathname);
  if (!segments) {
    return refusal(
      400,
      new AppError('VALIDATION_FAILED', 'The path is not valid percent-encoding (UTF-8).', [
        { path: 'path', message: 'not valid percent-encoding' },
      ]),
    );
  }
  if (segments[0] !== 'api') return null;
  const methods = match(tree, segments.slice(1));
  if (!methods) return null; // app/api/[...unknown] answers the JSON 404
  const allow = allowHeader(methods);
  if (allow.split(', ').includes(method.toUpperCase())) return null;
  return refusal(405, new AppError('METHOD_NOT_ALLOWED', `${method.toUpperCase()} is not allowed here; use ${allow}.`), {
    Allow: allow,
  });
}
