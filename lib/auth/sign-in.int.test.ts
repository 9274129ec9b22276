import { beforeAll, describe, expect, it } from 'vitest';
import type { CredentialsConfig } from 'next-auth/providers/credentials';
import type { EmailConfig } from 'next-auth/providers/email';
import { db } from '@/lib/db';
import { authOptions } from '@/lib/auth/options';
import { isSignInThrottled } from '@/lib/auth/sign-in-throttle';
import { createPatient, createTherapist, createPractice } from '@/prisma/factories';
import { POST } from '@/app/api/auth/[...nextauth]/route';
import { latestMailTo, mailsTo } from '@/tests/support/mail';

const provider = <T>(id: string) => authOptions().providers.find((p) => p.id === id) as unknown as T;
const authorize = (email: string, password: string, ip = '192.0.2.10') =>
  provider<CredentialsConfig>('credentials').options.authorize!({ email, password }, { headers: { 'x-forwarded-for': ip } } as never);

let patient: { id: string; email: string };

beforeAll(async () => {
  patient = await createPatient(db(), { email: 'jordan@example.test', password: 'a-long-password-1' });
});

describe('password sign-in', () => {
  it('signs in with the right password, case-insensitively on the email', async () => {
    const user = await authorize('  JORDAN@example.test ', 'a-long-password-1');
    expect(user).toMatchObject({ id: patient.id, email: 'jordan@example.test' });
  });

  it('refuses a wrong password, an unknown email and a deactivated account', async () => {
    expect(await authorize('jordan@example.test', 'wrong-password')).toBeNull();
    expect(await authorize('nobody@example.test', 'a-long-password-1')).toBeNull();
    const gone = await createPatient(db(), { email: 'gone@example.test', password: 'a-long-password-1' });
    await db().user.update({ where: { id: gone.id }, data: { active: false } });
    expect(await authorize('gone@example.test', 'a-long-password-1')).toBeNull();
  });

  it('answers 429 after five failures for one email, before checking any password', async () => {
    await createPatient(db(), { email: 'target@example.test', password: 'a-long-password-1' });
    for (let i = 0; i < 5; i++) await authorize('target@example.test', `guess-${i}`, `192.0.2.${20 + i}`);
    expect(await isSignInThrottled('target@example.test', '192.0.2.99')).toBe(true);

    const form = new URLSearchParams({ email: 'target@example.test', password: 'a-long-password-1', csrfToken: 'x', json: 'true' });
    const res = await POST(new Request('http://localhost/api/auth/callback/credentials', {
      method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' },
    }), { params: Promise.resolve({ nextauth: ['callback', 'credentials'] }) });
    expect(res.status).toBe(429);
    expect((await res.json()).error.code).toBe('RATE_LIMITED');
    // Another account is still reachable from a fresh address.
    expect(await isSignInThrottled('jordan@example.test', '192.0.2.200')).toBe(false);
  });

  it('a success clears the failures counted against that email', async () => {
    await createPatient(db(), { email: 'forgetful@example.test', password: 'a-long-password-1' });
    for (let i = 0; i < 4; i++) await authorize('forgetful@example.test', 'nope', '192.0.2.50');
    await authorize('forgetful@example.test', 'a-long-password-1', '192.0.2.50');
    await authorize('forgetful@example.test', 'nope', '192.0.2.51');
    expect(await isSignInThrottled('forgetful@example.test', '192.0.2.52')).toBe(false);
  });
});

describe('magic links', () => {
  const send = (identifier: string) => provider<EmailConfig>('email').options.sendVerificationRequest!({
    identifier, url: `http://localhost:3100/api/auth/callback/email?token=t&email=${identifier}`,
    expires: new Date(Date.now() + 15 * 60_000), provider: provider<EmailConfig>('email'), token: 't', theme: {},
  } as never);

  it('mails a sign-in link to an existing account through SMTP', async () => {
    const practice = await createPractice(db());
    await createTherapist(db(), { email: 'maya@example.test', practiceId: practice.id, password: null });
    await send('maya@example.test');
    const mail = await latestMailTo('maya@example.test');
    expect(mail.subject).toBe('Your Rehabit sign-in link');
    expect(mail.text).toContain('/api/auth/callback/email?token=t');
    expect(mail.text).toMatch(/expires in 1[45] minutes/);
  });

  it('sends nothing for an address without an account', async () => {
    await send('stranger@example.test');
    await new Promise((r) => setTimeout(r, 500));
    expect(await mailsTo('stranger@example.test')).toHaveLength(0);
  });

  it('a link works once: the stored token is consumed by the first use', async () => {
    const adapter = authOptions().adapter!;
    await adapter.createVerificationToken!({ identifier: 'jordan@example.test', token: 'hashed-token', expires: new Date(Date.now() + 60_000) });
    expect(await adapter.useVerificationToken!({ identifier: 'jordan@example.test', token: 'hashed-token' })).not.toBeNull();
    expect(await adapter.useVerificationToken!({ identifier: 'jordan@example.test', token: 'hashed-token' })).toBeNull();
    await adapter.createVerificationToken!({ identifier: 'jordan@example.test', token: 'old-token', expires: new Date(Date.now() - 1) });
    expect(await adapter.useVerificationToken!({ identifier: 'jordan@example.test', token: 'old-token' })).toBeNull();
  });
});
