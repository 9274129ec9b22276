// Property-based sweep: every operation in GET /api/openapi.json, as every kind of caller, with
// generated hostile path parameters, query values and bodies (tests/support/hostile-values.ts).
// Whatever comes in, the answer is never 5xx, and every 4xx is in the error shape with the status
// its code maps to (FHIR routes: an OperationOutcome). Fixed seed; FUZZ_RUNS=500 (and FUZZ_SEED)
// for a longer search, FUZZ_SHRINK=1 to shrink a failure, FUZZ_LOG=file to write every answer
// (operation, caller, status, start of the body) for a look at how deep the requests get.
// See docs/decisions/017.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ERROR_STATUS, type ErrorCode } from '@/lib/errors';
import type { Endpoint } from '@/lib/http';
import { createAdmin, createAppointment } from '@/prisma/factories';
import { sessionCookie } from '@/tests/support/http';
import { buildClinic, at, weekdayAhead } from '@/tests/support/scheduling';
import { brokenPercent, fromSchema, hostileString, poisonOneString, rarely, unstorable } from '@/tests/support/hostile-values';
import { endpoints } from './openapi.json/registry';
import { GET as openApiDocument } from './openapi.json/route';
import * as nextAuthRoute from './auth/[...nextauth]/route';

// The registry lists every route but the document's own, which adds itself (no import cycle).
const everyEndpoint = () => [...endpoints(), openApiDocument];

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const SEED = Number(process.env.FUZZ_SEED ?? 20261205);

type Parameter = { name: string; in: 'path' | 'query'; schema?: object };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: object }> };
  'x-roles'?: string[];
};
interface Request {
  role: (typeof CALLERS)[number];
  params: Record<string, string>;
  query: [string, unknown][];
  rawQuery: string | null;
  body: unknown;
}

const CALLERS = ['anonymous', 'patient', 'therapist', 'practice admin', 'network admin'] as const;
const ROLE_OF: Record<(typeof CALLERS)[number], string> = {
  anonymous: '',
  patient: 'PATIENT',
  therapist: 'THERAPIST',
  'practice admin': 'ADMIN',
  'network admin': 'ADMIN',
};
const statuses = new Map<number, number>();
const cookies: Record<string, string | undefined> = {};
let ids: string[] = [];
let callerIds: string[] = [];
let operations: { method: string; path: string; operation: Operation; endpoint: Endpoint }[] = [];

beforeAll(async () => {
  const w = await buildClinic();
  const appointment = await createAppointment(db(), {
    patientId: w.patient.patient!.id,
    therapistId: w.therapist.id,
    visitTypeId: w.visitType.id,
    startsAt: at(weekdayAhead(1), '10:00'),
  });
  const practiceAdmin = await createAdmin(db(), { practiceId: w.practice.id });
  const networkAdmin = await createAdmin(db());
  cookies.patient = await sessionCookie(w.patient);
  cookies.therapist = await sessionCookie(w.therapistUser);
  cookies['practice admin'] = await sessionCookie(practiceAdmin);
  cookies['network admin'] = await sessionCookie(networkAdmin);
  callerIds = [w.patient.id, w.therapistUser.id, practiceAdmin.id, networkAdmin.id];
  // Real ids, so that some requests pass the lookups and reach the code behind them.
  ids = [
    w.practice.id,
    w.clinic.id,
    w.visitType.id,
    w.patient.id,
    w.patient.patient!.id,
    w.therapistUser.id,
    w.therapist.id,
    appointment.id,
    practiceAdmin.id,
    '2026-06-10',
  ];

  const res = await openApiDocument(new Request('http://localhost/api/openapi.json'));
  const doc = (await res.json()) as { paths: Record<string, Record<string, Operation>> };
  const byOperation = new Map(everyEndpoint().map((e) => [`${e.spec.method} ${e.spec.path}`, e]));
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      operation,
      endpoint: byOperation.get(`${method.toUpperCase()} ${path}`)!,
    })),
  );
});

// An operation may deactivate a caller or end their sessions (the ids include theirs): each
// operation starts with all four signed in again, so the next one is judged on its input.
beforeEach(async () => {
  if (callerIds.length)
    await db().user.updateMany({ where: { id: { in: callerIds } }, data: { active: true, sessionVersion: 0 } });
});

afterAll(() => {
  console.log(
    `hostile input: ${[...statuses.values()].reduce((a, b) => a + b, 0)} requests, by status`,
    Object.fromEntries([...statuses].sort(([a], [b]) => a - b)),
  );
});

function requestArbitrary(operation: Operation): fc.Arbitrary<Request> {
  const parameters = operation.parameters ?? [];
  const pathParams = parameters.filter((p) => p.in === 'path');
  const queryParams = parameters.filter((p) => p.in === 'query');
  const bodySchema = operation.requestBody ? (Object.values(operation.requestBody.content)[0]?.schema ?? {}) : undefined;
  const pathValue = fc.oneof(
    { arbitrary: fc.constantFrom(...ids), weight: 3 },
    { arbitrary: fc.constantFrom(...brokenPercent), weight: 1 },
    { arbitrary: hostileString, weight: 3 },
  );
  // Mostly callers the operation admits, so the input gets judged rather than the caller.
  const admitted = CALLERS.filter((c) => !operation['x-roles'] || operation['x-roles'].includes(ROLE_OF[c]));
  const request = fc.record({
    role: fc.oneof({ arbitrary: fc.constantFrom(...admitted), weight: 4 }, { arbitrary: fc.constantFrom(...CALLERS), weight: 1 }),
    params: fc.record(Object.fromEntries(pathParams.map((p) => [p.name, pathValue]))),
    query: fc
      .tuple(
        ...queryParams.map((p) =>
          fc.option(
            fromSchema(p.schema, ids).map((v) => [p.name, v] as [string, unknown]),
            { freq: 3 },
          ),
        ),
      )
      .map((pairs) => pairs.filter((p): p is [string, unknown] => p !== null)),
    // Percent-encoding the URL parser keeps as typed.
    rawQuery: rarely(
      fc
        .tuple(fc.constantFrom(...queryParams.map((p) => p.name), 'x'), fc.constantFrom(...brokenPercent))
        .map(([k, v]) => `${k}=${v}`),
    ),
    body: bodySchema === undefined ? fc.constant(undefined) : fromSchema(bodySchema, ids),
  });
  // Half the requests carry one string only storage would refuse, anywhere in path, query or body.
  return fc.tuple(request, fc.option(unstorable, { freq: 2 })).map(([r, poison]) => {
    if (!poison) return r;
    const { params, query, body } = poisonOneString({ params: r.params, query: r.query, body: r.body }, poison.at, poison.text);
    return { ...r, params, query, body };
  });
}

function queryString(r: Request): string {
  const search = new URLSearchParams();
  for (const [name, value] of r.query) {
    for (const v of Array.isArray(value) ? value : [value])
      search.append(name, typeof v === 'object' ? JSON.stringify(v) : String(v));
  }
  const parts = [search.toString(), r.rawQuery ?? ''].filter(Boolean);
  return parts.length ? `?${parts.join('&')}` : '';
}

async function send(method: string, path: string, endpoint: Endpoint, r: Request) {
  const headers: Record<string, string> = { 'idempotency-key': randomUUID() };
  const cookie = cookies[r.role];
  if (cookie) headers.cookie = cookie;
  if (r.body !== undefined) headers['content-type'] = 'application/json';
  const req = new Request(`http://localhost${path}${queryString(r)}`, {
    method,
    headers,
    body: r.body === undefined ? undefined : (JSON.stringify(r.body) ?? 'null'),
  });
  const res = await endpoint(req, { params: Promise.resolve(r.params) });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

function describeFailure(what: string, r: Request, res: { status: number; text: string }): string {
  const short = (v: unknown) => {
    const s = JSON.stringify(v) ?? String(v);
    return s.length > 300 ? `${s.slice(0, 300)}…(${s.length})` : s;
  };
  return `${what}: ${res.status} ${res.text.slice(0, 300)}\n  as ${r.role}, params ${short(r.params)}, query ${short(r.query)} ${r.rawQuery ?? ''}, body ${short(r.body)}`;
}

describe('hostile input on every operation in the OpenAPI document, as every caller', () => {
  it('covers every operation', () => {
    expect(operations.length).toBeGreaterThan(80);
    expect(operations.filter((o) => !o.endpoint).map((o) => `${o.method} ${o.path}`)).toEqual([]);
  });

  it.each(everyEndpoint().map((e) => [`${e.spec.method} ${e.spec.path}`]))(
    '%s: never 5xx, every 4xx in the error shape',
    async (name) => {
      const { method, path, operation, endpoint } = operations.find((o) => `${o.method} ${o.path}` === name)!;
      await fc.assert(
        fc.asyncProperty(requestArbitrary(operation), async (r) => {
          const res = await send(method, path, endpoint, r);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (process.env.FUZZ_LOG)
            fs.appendFileSync(process.env.FUZZ_LOG, `${name}\t${r.role}\t${res.status}\t ${res.text.slice(0, 160)}\n`);
          if (res.status >= 500) throw new Error(describeFailure('5xx', r, res));
          if (res.status < 400) return;
          const body = JSON.parse(res.text) as { resourceType?: string; error?: { code?: string; message?: unknown } };
          if (path.startsWith('/api/fhir/')) {
            if (body.resourceType !== 'OperationOutcome') throw new Error(describeFailure('not an OperationOutcome', r, res));
            return;
          }
          const code = body.error?.code as ErrorCode | undefined;
          if (!code || typeof body.error?.message !== 'string' || ERROR_STATUS[code] !== res.status) {
            throw new Error(describeFailure('not the error shape', r, res));
          }
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: process.env.FUZZ_SHRINK !== '1' },
      );
    },
    120_000,
  );
});

describe('sign-in (next-auth, outside the OpenAPI document)', () => {
  const nextAuthCall = (method: string, path: string, body?: URLSearchParams) =>
    nextAuthRoute[method as 'GET' | 'POST'](
      new Request(`http://localhost/api/auth/${path}`, {
        method,
        body,
        headers: body ? { 'content-type': 'application/x-www-form-urlencoded' } : {},
      }),
      { params: Promise.resolve({ nextauth: path.split('?')[0]!.split('/') }) },
    );

  // (A lone surrogate cannot arrive here: form and URL encoding carry UTF-8, which turns it into U+FFFD.)
  it('refuses a NUL or another control character in the form or the query with 400 in the error shape (a NUL was a 500)', async () => {
    for (const email of ['a\u0000@example.test', 'a\u001b@example.test']) {
      for (const path of ['callback/credentials', 'signin/email']) {
        const res = await nextAuthCall('POST', path, new URLSearchParams({ email, password: 'x', csrfToken: 'x', json: 'true' }));
        expect(res.status, path).toBe(400);
        expect((await res.json()).error.code).toBe('VALIDATION_FAILED');
      }
    }
    const res = await nextAuthCall('GET', `callback/email?token=x&email=${encodeURIComponent('a\u0000@example.test')}`);
    expect(res.status).toBe(400);
  });
});
