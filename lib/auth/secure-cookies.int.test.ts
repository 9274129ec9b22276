// Under an https public URL the session cookie is Secure (and __Secure- prefixed, as are next-auth's
// other cookies), and the session reader looks for that cookie and no other.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { encode } from 'next-auth/jwt';

// Before anything reads the configuration (lib/env.ts parses once per test file). Still localhost,
// so this is not a deployment and the test secrets pass.
const publicUrl = process.env.NEXTAUTH_URL;
process.env.NEXTAUTH_URL = 'https://localhost:3100';
// A test process can run other files next: give them back their URL.
afterAll(() => {
  process.env.NEXTAUTH_URL = publicUrl;
});

const { db } = await import('@/lib/db');
const { env } = await import('@/lib/env');
const { createPatient } = await import('@/prisma/factories');
const { authOptions } = await import('@/lib/auth/options');
const { readRequestUser } = await import('@/lib/auth/session');

let patient: { id: string; email: string };

beforeAll(async () => {
  patient = await createPatient(db(), { email: 'secure@example.test' });
});

it('tells next-auth to set Secure, prefixed cookies', () => {
  expect(authOptions().useSecureCookies).toBe(true);
});

it('reads the session from the __Secure- cookie only', async () => {
  const token = await encode({ token: { sub: patient.id, email: patient.email }, secret: env().NEXTAUTH_SECRET });
  const as = (cookie: string) => readRequestUser(new Request('https://localhost:3100/api/appointments', { headers: { cookie } }));
  expect((await as(`__Secure-next-auth.session-token=${token}`))?.id).toBe(patient.id);
  expect(await as(`next-auth.session-token=${token}`)).toBeNull();
});
