// Which error answers one operation can give: the wrapper's own (lib/http.ts decides them from the
// spec alone) plus the codes its handler's lib functions throw, declared on the spec as `errors`.
// The OpenAPI document lists exactly these, one response per status with the codes as an enum.
import type { AnySpec } from '../http';
import { ERROR_STATUS, type ErrorCode } from '../errors';
import { ROLES } from '../auth/roles';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Signed server-to-server calls: the cross-site check leaves them alone. */
const SIGNED_WEBHOOKS = '/api/webhooks/';

/** What lib/http.ts (and the layers around every route) can answer for this spec, whatever the handler does. */
export function wrapperErrors(spec: AnySpec): ErrorCode[] {
  // Zod on path, query and body; before any route, a path that is not valid percent-encoding.
  const codes: ErrorCode[] = ['VALIDATION_FAILED'];
  if (spec.body) codes.push('INVALID_JSON');
  if (spec.body || spec.rawBody) codes.push('PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE');
  if (spec.auth !== 'public') {
    codes.push('UNAUTHENTICATED');
    if (!ROLES.every((role) => (spec.auth as readonly string[]).includes(role))) codes.push('FORBIDDEN');
  }
  // The same-origin check refuses a state-changing request sent from another site (not a webhook).
  if (UNSAFE_METHODS.has(spec.method) && !spec.path.startsWith(SIGNED_WEBHOOKS)) codes.push('CROSS_SITE_REQUEST');
  // An id in the path may name nothing, or nothing the caller may see (answered 404, not 403).
  if (spec.params) codes.push('NOT_FOUND');
  // Every request may read the caller's session from the database: down → UNAVAILABLE, pool exhausted → BUSY.
  codes.push('UNAVAILABLE', 'BUSY');
  return codes;
}

/** Every error status of the operation with its possible codes, sorted by status then code. */
export function operationErrors(spec: AnySpec): Map<number, ErrorCode[]> {
  const all = new Set<ErrorCode>([...wrapperErrors(spec), ...(spec.errors ?? [])]);
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of [...all].sort()) {
    const status = ERROR_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return new Map([...byStatus].sort(([a], [b]) => a - b));
}
