import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Role } from '@/lib/auth/roles';
import { createAdmin, createClinic, createPatient, createPractice, createTherapist, createVisitType } from '@/prisma/factories';
import { call, type Caller } from '@/tests/support/http';
import { endpoints, routeModules } from './registry';
import { GET } from './route';
import { GET as listTherapists } from '../therapists/route';
import { GET as listVisitTypes } from '../visit-types/route';
import { GET as listWaitlist } from '../waitlist/route';

function routeFilesOnDisk(dir = path.join(process.cwd(), 'app/api'), base = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return routeFilesOnDisk(path.join(dir, e.name), base ? `${base}/${e.name}` : e.name);
    return e.name === 'route.ts' ? [base] : [];
  });
}

async function rowCounts(): Promise<Record<string, number>> {
  const tables = await db().$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`;
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await db().$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table_name}"`);
    counts[table_name] = Number(row?.n ?? 0);
  }
  return counts;
}

const callers = {} as Record<Role, Caller>;

beforeAll(async () => {
  const practice = await createPractice(db());
  callers.PATIENT = await createPatient(db());
  callers.THERAPIST = await createTherapist(db(), { practiceId: practice.id });
  callers.ADMIN = await createAdmin(db());
});

describe('GET /api/openapi.json', () => {
  it('lists every route handler in the repository (the registry cannot fall behind)', () => {
    const onDisk = routeFilesOnDisk()
      .filter((r) => r !== 'auth/[...nextauth]')
      .sort();
    expect([...Object.keys(routeModules), 'openapi.json'].sort()).toEqual(onDisk);
  });

  it('is an OpenAPI 3.1 document with every operation and its request schema', async () => {
    const res = await call(GET, { path: '/api/openapi.json' });
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    for (const { spec } of endpoints()) {
      expect(res.body.paths[spec.path]?.[spec.method.toLowerCase()], `${spec.method} ${spec.path}`).toBeDefined();
    }
    const signup = res.body.paths['/api/signup'].post;
    expect(signup.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['name', 'email', 'password', 'dateOfBirth']),
    );
    expect(res.body.paths['/api/me'].get['x-roles']).toEqual(['PATIENT', 'THERAPIST', 'ADMIN']);
  });

  it('lists the errors each operation can answer, by status, with the codes as an enum', async () => {
    const { body: doc } = await call(GET, { path: '/api/openapi.json' });
    // The document is untyped JSON here; `any` keeps the lookups short.
    const codes = (op: any, status: number) =>
      op.responses[status]?.content['application/json'].schema.allOf[1].properties.error.properties.code.enum;
    const book = doc.paths['/api/appointments'].post;
    expect(codes(book, 409)).toEqual(expect.arrayContaining(['SLOT_TAKEN', 'PATIENT_DOUBLE_BOOKED']));
    expect(codes(book, 422)).toEqual(expect.arrayContaining(['INSUFFICIENT_NOTICE', 'OUTSIDE_AVAILABILITY', 'PAYMENT_REQUIRED']));
    expect(codes(book, 400)).toEqual(expect.arrayContaining(['VALIDATION_FAILED', 'INVALID_JSON']));
    expect(codes(book, 401)).toEqual(['UNAUTHENTICATED']);
    expect(codes(book, 403)).toEqual(['CROSS_SITE_REQUEST', 'EMAIL_NOT_VERIFIED', 'FORBIDDEN']);
    expect(codes(book, 413)).toEqual(['PAYLOAD_TOO_LARGE']);
    expect(codes(book, 415)).toEqual(['UNSUPPORTED_MEDIA_TYPE']);
    expect(codes(book, 503)).toEqual(['BUSY', 'UNAVAILABLE']);
    expect(book.responses[503].headers['Retry-After']).toBeDefined();
    expect(codes(doc.paths['/api/signup'].post, 429)).toEqual(['RATE_LIMITED']);
    // A path id that names nothing is a 404; a public GET without a body has no 401, 413 or 415.
    expect(codes(doc.paths['/api/appointments/{id}'].get, 404)).toEqual(['NOT_FOUND']);
    const visitTypes = doc.paths['/api/visit-types'].get;
    expect(Object.keys(visitTypes.responses).sort()).toEqual(['200', '400', '503']);
  });

  it('declares FHIR, CSV and iCalendar answers with their media types', async () => {
    const { body: doc } = await call(GET, { path: '/api/openapi.json' });
    const patient = doc.paths['/api/fhir/Patient/{id}'].get.responses;
    expect(patient[200].content['application/fhir+json'].schema).toEqual({ $ref: '#/components/schemas/FhirPatient' });
    expect(patient[404].content['application/fhir+json'].schema).toEqual({ $ref: '#/components/schemas/FhirOperationOutcome' });
    expect(doc.paths['/api/fhir/Appointment'].get.responses[200].content['application/fhir+json'].schema).toEqual({
      $ref: '#/components/schemas/FhirAppointmentBundle',
    });
    expect(Object.keys(doc.paths['/api/admin/reports/csv'].get.responses[200].content)).toEqual(['text/csv']);
    expect(Object.keys(doc.paths['/api/calendar/{token}'].get.responses[200].content)).toEqual(['text/calendar']);
  });

  it('documents the Idempotency-Key header on the operations that honour it, and only there', async () => {
    const { body: doc } = await call(GET, { path: '/api/openapi.json' });
    const withKey = Object.entries(
      doc.paths as Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>,
    ).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => op.parameters?.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'))
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(withKey.sort()).toEqual([
      'POST /api/admin/payments/{id}/refunds',
      'POST /api/appointment-series',
      'POST /api/appointments',
      'POST /api/staff/appointments',
    ]);
    // Only the refund requires one (decision 048): a retried refund must never be a second refund.
    const refundKey = doc.paths['/api/admin/payments/{id}/refunds'].post.parameters.find(
      (p: { name: string }) => p.name === 'Idempotency-Key',
    );
    expect(refundKey.required).toBe(true);
    expect(
      doc.paths['/api/appointments'].post.parameters.find((p: { name: string }) => p.name === 'Idempotency-Key').required,
    ).toBe(false);
    expect(Object.keys(doc.paths['/api/admin/payments/{id}/refunds'].post.responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '404', '422', '503']),
    );
    expect(
      doc.paths['/api/admin/payments/{id}/refunds'].post.responses[422].content['application/json'].schema.allOf[1],
    ).toMatchObject({
      properties: { error: { properties: { code: { enum: ['IDEMPOTENCY_KEY_REUSED', 'REFUND_NOT_ALLOWED'] } } } },
    });
  });

  it('has no empty schema (each says what it holds), apart from the free-form error details', async () => {
    const { body: doc } = await call(GET, { path: '/api/openapi.json' });
    const empty: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${at}/${i}`));
      else if (node && typeof node === 'object') {
        const entries = Object.entries(node);
        if ((at.endsWith('/schema') || /\/(properties\/[^/]+|items|anyOf\/\d+|oneOf\/\d+)$/.test(at)) && entries.length === 0)
          empty.push(at);
        for (const [k, v] of entries) walk(v, `${at}/${k}`);
      }
    };
    walk(doc, '');
    expect(empty).toEqual([]);
  });

  it("passes Redocly's recommended rules with no error and no warning", async () => {
    const { body: doc } = await call(GET, { path: '/api/openapi.json' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehabit-openapi-'));
    const file = path.join(dir, 'openapi.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    const cli = path.join(process.cwd(), 'node_modules/@redocly/cli/bin/cli.js');
    // The CLI exits 1 on problems; its JSON report on stdout says which.
    const run = await promisify(execFile)(process.execPath, [cli, 'lint', '--extends', 'recommended', '--format', 'json', file], {
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    }).catch((err: { stdout?: string; stderr?: string }) => ({ stdout: err.stdout ?? '', stderr: err.stderr ?? '' }));
    fs.rmSync(dir, { recursive: true, force: true });
    const report = JSON.parse(run.stdout) as {
      totals: Record<string, number>;
      problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
    };
    const problems = report.problems.map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 120_000);
});

describe('bad input on every route with a body', () => {
  const bodies: [string, { rawBody?: string; json?: unknown; headers?: Record<string, string> }, number][] = [
    ['empty', { rawBody: '', headers: { 'content-type': 'application/json' } }, 400],
    ['malformed JSON', { rawBody: '{"name": "x",', headers: { 'content-type': 'application/json' } }, 400],
    ['a JSON array', { json: [1, 2, 3] }, 400],
    ['wrong types', { json: { name: 42, email: true, password: [], role: 7, practiceId: {} } }, 400],
    ['null', { json: null }, 400],
    [
      '1 MB',
      { rawBody: JSON.stringify({ name: 'x'.repeat(1024 * 1024) }), headers: { 'content-type': 'application/json' } },
      413,
    ],
    ['form-encoded', { rawBody: 'name=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415],
  ];

  for (const endpoint of endpoints().filter((e) => e.spec.body || e.spec.rawBody)) {
    const { spec } = endpoint;
    it(`${spec.method} ${spec.path}: a clear 4xx with the error shape and no write`, async () => {
      const as = spec.auth === 'public' ? undefined : callers[spec.auth[0]!];
      // Path parameters are valid-looking ids, so the body is what gets judged.
      const params = Object.fromEntries(
        Object.keys((spec.params as { shape?: object } | undefined)?.shape ?? {}).map((k) => [k, 'cm0000000000000000000000']),
      );
      const before = await rowCounts();
      // Over the route's own limit (a message with an image may be ~2.8 MB: decision 026).
      const tooLarge = Math.max(1024 * 1024, (spec.maxBodyBytes ?? 0) + 1);
      for (const [label, given, status] of bodies) {
        const body =
          label === '1 MB' && tooLarge > 1024 * 1024
            ? { rawBody: JSON.stringify({ name: 'x'.repeat(tooLarge) }), headers: { 'content-type': 'application/json' } }
            : given;
        const res = await call(endpoint, { method: spec.method, path: spec.path, as, params, ...body });
        // A signed webhook (raw body) refuses an unsigned one as bad input (Stripe) or as unauthenticated (LiveKit).
        if (spec.rawBody && status === 400) expect([400, 401], label).toContain(res.status);
        else expect(res.status, label).toBe(status);
        expect(res.body, label).toEqual({
          error: {
            code: expect.any(String),
            message: expect.any(String),
            ...(res.body.error.details ? { details: expect.anything() } : {}),
          },
        });
      }
      expect(await rowCounts()).toEqual(before);
    });
  }
});

// call() checks every answer against the document; these operations have no test of their own.
describe('answers of the operations no other test calls match the document', () => {
  it('GET /api/therapists, /api/visit-types and /api/waitlist: success and refusals', async () => {
    const practice = await createPractice(db());
    const clinic = await createClinic(db(), practice.id);
    await createTherapist(db(), { practiceId: practice.id, clinicId: clinic.id, offersVirtual: true });
    await createVisitType(db(), { practiceId: practice.id });

    expect((await call(listTherapists, { path: `/api/therapists?clinicId=${clinic.id}` })).status).toBe(200);
    expect((await call(listTherapists, { path: '/api/therapists?virtual=maybe' })).status).toBe(400);
    const visitTypes = await call(listVisitTypes, { path: '/api/visit-types' });
    expect(visitTypes.status).toBe(200);
    expect(visitTypes.body.visitTypes.length).toBeGreaterThan(0);
    expect((await call(listWaitlist, { path: '/api/waitlist', as: callers.PATIENT })).body).toEqual({ entries: [] });
    expect((await call(listWaitlist, { path: '/api/waitlist' })).status).toBe(401);
    expect((await call(listWaitlist, { path: '/api/waitlist', as: callers.THERAPIST })).status).toBe(403);
  });
});
