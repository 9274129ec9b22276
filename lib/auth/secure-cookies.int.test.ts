// Under an https public URL every next-auth cookie, the session cookie included, is Secure (and
// __Secure-/__Host- prefixed), and the session reader looks for that cookie. Signs in for real
// through next-auth's own endpoints.
import { afterAll, beforeAll, expect, it } from 'vitest';

// Before anything reads the configuration (lib/env.ts parses once per test file). Still localhost,
// so this is not a deployment and the test secrets pass.
const publicUrl = process.env.NEXTAUTH_URL;
process.env.NEXTAUTH_URL = 'https://localhost:3100';
// A test process can run other files next: give them back their URL.
afterAll(() => { process.env.NEXTAUTH_URL = publicUrl; });

const { db } = await import('@/lib/db');
const { createPatient } = await import('@/prisma/factories');
const { GET, POST } = await import('@/app/api/auth/[...nextauth]/route');
const { readRequestUser } = await import('@/lib/auth/session');

const ctx = (...nextauth: string[]) => ({ params: Promise.resolve({ nextauth }) });
const setCookies = (res: Response) => res.headers.getSetCookie();
const pair = (cookie: string) => cookie.split(';')[0]!;
let patientId: string;

beforeAll(async () => {
  patientId = (await createPatient(db(), { email: 'secure@example.test', password: 'a-long-password-1' })).id;
});

it('sets only Secure cookies over https and reads the session back from the __Secure- cookie', async () => {
  const csrf = await GET(new Request('https://localhost:3100/api/auth/csrf'), ctx('csrf'));
  const csrfCookie = setCookies(csrf).find((c) => c.startsWith('__Host-next-auth.csrf-token='));
  expect(csrfCookie).toMatch(/; Secure/i);
  const { csrfToken } = await csrf.json() as { csrfToken: string };

  const signIn = await POST(new Request('https://localhost:3100/api/auth/callback/credentials', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: pair(csrfCookie!), origin: 'https://localhost:3100' },
    body: new URLSearchParams({ email: 'secure@example.test', password: 'a-long-password-1', csrfToken, json: 'true' }),
  }), ctx('callback', 'credentials'));
  const cookies = setCookies(signIn);
  const session = cookies.find((c) => c.startsWith('__Secure-next-auth.session-token='));
  expect(session, cookies.join('\n')).toMatch(/; Secure/i);
  expect(session).toMatch(/; HttpOnly/i);
  expect(cookies.every((c) => /; Secure/i.test(c))).toBe(true);

  const user = await readRequestUser(new Request('https://localhost:3100/api/appointments', { headers: { cookie: pair(session!) } }));
  expect(user?.id).toBe(patientId);
});
