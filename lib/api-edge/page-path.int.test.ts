// Security review (2026-12-05): a page path with a control character (/therapist/patients/%00,
// /admin/therapists/%00) reached the page's loader as an id; Postgres refuses NUL in any text, so
// the loader threw a database error and the page answered 500. The proxy now answers 400 first,
// as it does for a path whose percent-encoding does not decode.
import { beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { db } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/roles';
import { AppError } from '@/lib/errors';
import { createAdmin } from '@/prisma/factories';
import { buildClinic } from '@/tests/support/scheduling';
import { sessionCookie } from '@/tests/support/http';
import { loadPatientProgress } from '@/lib/plans/load-patient-progress';
import { findManagedTherapist } from '@/lib/staff/find-managed-therapist';
import { proxy } from '@/proxy';

let w: Awaited<ReturnType<typeof buildClinic>>;
let therapist: SessionUser;
let admin: SessionUser;
const asSession = (u: {
  id: string;
  email: string;
  name: string;
  role: SessionUser['role'];
  practiceId: string | null;
}): SessionUser => ({ id: u.id, email: u.email, name: u.name, role: u.role, practiceId: u.practiceId });

beforeAll(async () => {
  w = await buildClinic();
  therapist = asSession(w.therapistUser);
  admin = asSession(await createAdmin(db(), { practiceId: w.practice.id }));
});

const through = async (path: string, as: SessionUser) =>
  proxy(new NextRequest(`http://localhost${path}`, { headers: { cookie: await sessionCookie(as) } }));

describe('a page path with a control character', () => {
  it('would fail in the page loaders with a database error, not a 404', async () => {
    const notAppError = (p: Promise<unknown>) =>
      p.then(
        () => 'resolved',
        (e: unknown) => (e instanceof AppError ? e.code : 'database error'),
      );
    expect(await notAppError(loadPatientProgress(therapist, 'a\u0000b'))).toBe('database error');
    expect(await notAppError(findManagedTherapist(admin, 'a\u0000b'))).toBe('database error');
  });

  it('is answered 400 by the proxy before any page runs', async () => {
    for (const [path, as] of [
      ['/therapist/patients/a%00b', therapist],
      ['/admin/therapists/%1b', admin],
      ['/therapist/calendar%00', therapist],
    ] as const) {
      const res = await through(path, as);
      expect(res.status, path).toBe(400);
      expect(await res.text()).toMatch(/^Bad request/);
    }
  });

  it('lets ordinary page paths through', async () => {
    const res = await through(`/therapist/patients/${w.patient.patient!.id}`, therapist);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-middleware-next')).toBe('1');
  });
});
