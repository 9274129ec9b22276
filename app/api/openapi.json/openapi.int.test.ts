import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Role } from '@/lib/auth/roles';
import { createAdmin, createPatient, createPractice, createTherapist } from '@/prisma/factories';
import { call, type Caller } from '@/tests/support/http';
import { endpoints, routeModules } from './registry';
import { GET } from './route';

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
    const onDisk = routeFilesOnDisk().filter((r) => r !== 'auth/[...nextauth]').sort();
    expect(Object.keys(routeModules).sort()).toEqual(onDisk);
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
      expect.arrayContaining(['name', 'email', 'password', 'dateOfBirth']));
    expect(res.body.paths['/api/me'].get['x-roles']).toEqual(['PATIENT', 'THERAPIST', 'ADMIN']);
  });
});

describe('bad input on every route with a body', () => {
  const bodies: [string, { rawBody?: string; json?: unknown; headers?: Record<string, string> }, number][] = [
    ['empty', { rawBody: '', headers: { 'content-type': 'application/json' } }, 400],
    ['malformed JSON', { rawBody: '{"name": "x",', headers: { 'content-type': 'application/json' } }, 400],
    ['a JSON array', { json: [1, 2, 3] }, 400],
    ['wrong types', { json: { name: 42, email: true, password: [], role: 7, practiceId: {} } }, 400],
    ['null', { json: null }, 400],
    ['1 MB', { rawBody: JSON.stringify({ name: 'x'.repeat(1024 * 1024) }), headers: { 'content-type': 'application/json' } }, 413],
    ['form-encoded', { rawBody: 'name=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415],
  ];

  for (const endpoint of endpoints().filter((e) => e.spec.body || e.spec.rawBody)) {
    const { spec } = endpoint;
    it(`${spec.method} ${spec.path}: a clear 4xx with the error shape and no write`, async () => {
      const as = spec.auth === 'public' ? undefined : callers[spec.auth[0]!];
      // Path parameters are valid-looking ids, so the body is what gets judged.
      const params = Object.fromEntries(Object.keys((spec.params as { shape?: object } | undefined)?.shape ?? {})
        .map((k) => [k, 'cm0000000000000000000000']));
      const before = await rowCounts();
      for (const [label, body, status] of bodies) {
        const res = await call(endpoint, { method: spec.method, path: spec.path, as, params, ...body });
        // A signed webhook (raw body) refuses an unsigned one as bad input (Stripe) or as unauthenticated (LiveKit).
        if (spec.rawBody && status === 400) expect([400, 401], label).toContain(res.status);
        else expect(res.status, label).toBe(status);
        expect(res.body, label).toEqual({
          error: { code: expect.any(String), message: expect.any(String), ...(res.body.error.details ? { details: expect.anything() } : {}) },
        });
      }
      expect(await rowCounts()).toEqual(before);
    });
  }
});
