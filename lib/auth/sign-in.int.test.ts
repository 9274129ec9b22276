import { beforeAll, describe, expect, it } from 'vitest';
import type { CredentialsConfig } from 'next-auth/providers/credentials';
import { db } from '@/lib/db';
import { authOptions } from '@/lib/auth/options';
import { PER_ADDRESS_FACTOR, isSignInThrottled } from '@/lib/auth/sign-in-throttle';
import { env } from '@/lib/env';
import { MAGIC_LINKS_PER_EMAIL } from '@/lib/auth/magic-link-limit';
import { runJob } from '@/lib/jobs/run-job';
import { createPatient, createTherapist, createPractice } from '@/prisma/factories';
import { GET as me } from '@/app/api/me/route';
import { latestMailTo, mailsTo } from '@/tests/support/mail';
import { jobs } from '@/tests/support/payments';
import { authClient } from '@/tests/support/next-auth';
import { markPeerAddressFromServer, PEER_ADDRESS_HEADER } from '@/lib/auth/client-ip';

// Callers are told apart by the address the server saw (what scripts/serve.ts passes on).
markPeerAddressFromServer();

const provider = <T>(id: string) => authOptions().providers.find((p) => p.id === id) as unknown as T;
const authorize = (email: string, password: string, ip = '192.0.2.10') =>
  provider<CredentialsConfig>('credentials').options.authorize!({ email, password }, { headers: { [PEER_ADDRESS_HEADER]: ip } });
const from = (ip: string) => ({ headers: { [PEER_ADDRESS_HEADER]: ip } });
const PASSWORD = 'a-long-password-1';

let patient: { id: string; email: string };

beforeAll(async () => {
  patient = await createPatient(db(), { email: 'jordan@example.test', password: PASSWORD });
});

describe('password sign-in', () => {
  it('signs in with the right password, case-insensitively on the email', async () => {
    const user = await authorize('  JORDAN@example.test ', PASSWORD);
    expect(user).toMatchObject({ id: patient.id, email: 'jordan@example.test' });
  });

  it('refuses a wrong password, an unknown email and a deactivated account', async () => {
    expect(await authorize('jordan@example.test', 'wrong-password')).toBeNull();
    expect(await authorize('nobody@example.test', PASSWORD)).toBeNull();
    const gone = await createPatient(db(), { email: 'gone@example.test', password: PASSWORD });
    await db().user.update({ where: { id: gone.id }, data: { active: false } });
    expect(await authorize('gone@example.test', PASSWORD)).toBeNull();
  });

  it('signs in over the route with a form or a JSON body, and the session cookie works', async () => {
    for (const format of ['form', 'json'] as const) {
      const client = authClient();
      const res = await client.post(
        'callback/credentials',
        { email: 'jordan@example.test', password: PASSWORD },
        { format, ...from('192.0.2.11') },
      );
      expect(res.status).toBe(200);
      expect(client.sessionToken()).toBeTruthy();
      const profile = await me(
        new Request('http://localhost/api/me', { headers: { cookie: `next-auth.session-token=${client.sessionToken()}` } }),
      );
      expect((await profile.json()).id).toBe(patient.id);
    }
  });

  it('locks an email after five failures whatever the body format, before checking any password', async () => {
    await createPatient(db(), { email: 'target@example.test', password: PASSWORD });
    // Five wrong guesses, as form and as JSON, each from a different address.
    for (let i = 0; i < 5; i++) {
      const res = await authClient().post(
        'callback/credentials',
        { email: 'target@example.test', password: `guess-${i}` },
        { format: i % 2 ? 'json' : 'form', ...from(`192.0.2.${20 + i}`) },
      );
      expect(res.status).toBe(401);
    }
    expect(await isSignInThrottled('target@example.test', '192.0.2.99')).toBe(true);

    // The right password now gets 429 and no session, as JSON (the old bypass) and as a form.
    for (const format of ['json', 'form'] as const) {
      const client = authClient();
      const res = await client.post(
        'callback/credentials',
        { email: 'TARGET@example.test', password: PASSWORD },
        { format, ...from('192.0.2.98') },
      );
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('900');
      expect((await res.json()).error.code).toBe('RATE_LIMITED');
      expect(client.sessionToken()).toBeUndefined();
    }
    // And in authorize() itself, whatever route or format reaches it.
    await expect(authorize('target@example.test', PASSWORD, '192.0.2.97')).rejects.toThrow('RATE_LIMITED');
    // Another account is still reachable from a fresh address.
    expect(await isSignInThrottled('jordan@example.test', '192.0.2.200')).toBe(false);
  });

  it('counts guesses sent all at once: only the first five reach the password check', async () => {
    await createPatient(db(), { email: 'burst@example.test', password: PASSWORD });
    const guesses = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => authorize('burst@example.test', `nope-${i}`, `192.0.2.${60 + i}`)),
    );
    const refused = guesses.filter((g) => g.status === 'rejected');
    expect(refused).toHaveLength(3);
    for (const g of refused) expect(g.reason.message).toBe('RATE_LIMITED');
  });

  it("refusals for a locked account do not use up the caller's address", async () => {
    await createPatient(db(), { email: 'locked@example.test', password: PASSWORD });
    for (let i = 0; i < 5; i++) await authorize('locked@example.test', `nope-${i}`, `192.0.2.${120 + i}`);
    const desk = '192.0.2.130';
    for (let i = 0; i < 25; i++) await expect(authorize('locked@example.test', PASSWORD, desk)).rejects.toThrow('RATE_LIMITED');
    expect(await authorize('jordan@example.test', PASSWORD, desk)).toMatchObject({ id: patient.id });
  });

  it('a success clears the failures counted against that email', async () => {
    await createPatient(db(), { email: 'forgetful@example.test', password: PASSWORD });
    for (let i = 0; i < 4; i++) await authorize('forgetful@example.test', 'nope', '192.0.2.50');
    await authorize('forgetful@example.test', PASSWORD, '192.0.2.50');
    await authorize('forgetful@example.test', 'nope', '192.0.2.51');
    expect(await isSignInThrottled('forgetful@example.test', '192.0.2.52')).toBe(false);
  });
});

describe('magic links', () => {
  const askForLink = (email: string, ip: string, format: 'form' | 'json' = 'form') =>
    authClient().post('signin/email', { email, callbackUrl: 'http://localhost:3100/dashboard' }, { format, ...from(ip) });
  const runQueuedLinks = async () => {
    for (const { data } of await jobs('auth.magic-link')) await runJob('auth.magic-link', data);
    await db().$executeRaw`DELETE FROM pgboss.job WHERE name = 'auth.magic-link'`;
  };

  it('answers an existing and an unknown address alike, and mails only the existing one', async () => {
    const practice = await createPractice(db());
    await createTherapist(db(), { email: 'maya@example.test', practiceId: practice.id, password: null });
    const known = await askForLink('maya@example.test', '198.51.100.1');
    const unknown = await askForLink('stranger@example.test', '198.51.100.1', 'json');
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(known.status);
    const [knownBody, unknownBody] = [await known.json(), await unknown.json()];
    expect(unknownBody).toEqual(knownBody);
    expect(knownBody.url).toContain('/api/auth/verify-request');
    // Nothing was mailed on the request path; both requests queued the same job.
    expect((await jobs('auth.magic-link')).map((j) => j.data.identifier).sort()).toEqual([
      'maya@example.test',
      'stranger@example.test',
    ]);

    await runQueuedLinks();
    const mail = await latestMailTo('maya@example.test');
    expect(mail.subject).toBe('Your Rehabit sign-in link');
    expect(mail.text).toContain('/api/auth/callback/email?');
    expect(mail.text).toMatch(/expires in 1[45] minutes/);
    expect(await mailsTo('stranger@example.test')).toHaveLength(0);

    // The mailed link signs Maya in.
    const link = new URL(/(http\S+\/api\/auth\/callback\/email\S+)/.exec(mail.text)![1]!);
    const client = authClient();
    const res = await client.get(`callback/email${link.search}`);
    expect(res.status, await res.clone().text()).toBe(302);
    expect(client.sessionToken()).toBeTruthy();
  });

  it(`sends at most ${MAGIC_LINKS_PER_EMAIL} links per email in a window, known or not`, async () => {
    for (const email of ['jordan@example.test', 'nobody-here@example.test']) {
      for (let i = 0; i < MAGIC_LINKS_PER_EMAIL; i++) expect((await askForLink(email, `198.51.100.${10 + i}`)).status).toBe(200);
      const over = await askForLink(email, '198.51.100.20', 'json');
      expect(over.status).toBe(429);
      expect((await over.json()).error.code).toBe('RATE_LIMITED');
    }
    const queued = (await jobs('auth.magic-link')).filter((j) => j.data.identifier === 'jordan@example.test');
    expect(queued).toHaveLength(MAGIC_LINKS_PER_EMAIL);
    await runQueuedLinks();
  });

  it('limits links asked from one client address across many emails', async () => {
    let status = 200;
    let asked = 0;
    while (status === 200 && asked < 50) {
      status = (await askForLink(`walker${asked}@example.test`, '198.51.100.77')).status;
      asked++;
    }
    expect(status).toBe(429);
    expect(asked).toBe(env().AUTH_MAX_FAILURES * PER_ADDRESS_FACTOR + 1);
    // Another address is not affected.
    expect((await askForLink('walker0@example.test', '198.51.100.78')).status).toBe(200);
    await runQueuedLinks();
  });

  it('a link works once: the stored token is consumed by the first use', async () => {
    const adapter = authOptions().adapter!;
    await adapter.createVerificationToken!({
      identifier: 'jordan@example.test',
      token: 'hashed-token',
      expires: new Date(Date.now() + 60_000),
    });
    expect(await adapter.useVerificationToken!({ identifier: 'jordan@example.test', token: 'hashed-token' })).not.toBeNull();
    expect(await adapter.useVerificationToken!({ identifier: 'jordan@example.test', token: 'hashed-token' })).toBeNull();
    await adapter.createVerificationToken!({
      identifier: 'jordan@example.test',
      token: 'old-token',
      expires: new Date(Date.now() - 1),
    });
    expect(await adapter.useVerificationToken!({ identifier: 'jordan@example.test', token: 'old-token' })).toBeNull();
  });
});
