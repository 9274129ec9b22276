// How sessions end (decision 014): signing out, a new password, deactivation and a role change
// end every session of that user, for the cookie and for the same token sent as a Bearer header.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createAdmin, createPatient, createTherapist } from '@/prisma/factories';
import { buildClinic } from '@/tests/support/scheduling';
import { authClient, type AuthClient } from '@/tests/support/next-auth';
import { GET as me } from '@/app/api/me/route';
import { POST as deactivate } from '@/app/api/admin/therapists/[id]/deactivate/route';
import { POST as reactivate } from '@/app/api/admin/therapists/[id]/reactivate/route';
import { sessionCookie } from '@/tests/support/http';
import { hashPassword } from './password';
import { markPeerAddressFromServer, PEER_ADDRESS_HEADER } from '@/lib/auth/client-ip';

// Callers are told apart by the address the server saw (what scripts/serve.ts passes on).
markPeerAddressFromServer();

const PASSWORD = 'a-long-password-1';

async function signIn(email: string, password = PASSWORD): Promise<AuthClient> {
  const client = authClient();
  const res = await client.post(
    'callback/credentials',
    { email, password },
    { headers: { [PEER_ADDRESS_HEADER]: '203.0.113.5' } },
  );
  expect(res.status, `${email} signs in`).toBe(200);
  return client;
}

/** GET /api/me with the session token as the cookie and as a Bearer header: the two statuses. */
async function statuses(token: string): Promise<[number, number]> {
  const byCookie = await me(new Request('http://localhost/api/me', { headers: { cookie: `next-auth.session-token=${token}` } }));
  const byBearer = await me(new Request('http://localhost/api/me', { headers: { authorization: `Bearer ${token}` } }));
  return [byCookie.status, byBearer.status];
}

let w: Awaited<ReturnType<typeof buildClinic>>;
let admin: { id: string };

beforeAll(async () => {
  w = await buildClinic();
  admin = await createAdmin(db(), { practiceId: w.practice.id });
});

describe('sessions end', () => {
  it('on sign-out: the old token no longer works as a cookie or a Bearer token, on any device', async () => {
    await createPatient(db(), { email: 'leaver@example.test', password: PASSWORD });
    const laptop = await signIn('leaver@example.test');
    const phone = await signIn('leaver@example.test');
    const laptopToken = laptop.sessionToken()!;
    expect(await statuses(laptopToken)).toEqual([200, 200]);

    const out = await laptop.post('signout', { callbackUrl: 'http://localhost:3100/' });
    expect(out.status).toBe(200);
    expect(laptop.sessionToken()).toBeUndefined();
    expect(await statuses(laptopToken)).toEqual([401, 401]);
    expect(await statuses(phone.sessionToken()!)).toEqual([401, 401]);

    // next-auth's own session endpoint agrees: the ended session is empty and its cookie cleared.
    const ended = authClient();
    ended.jar.set('next-auth.session-token', phone.sessionToken()!);
    const endedRes = await ended.get('session');
    expect(await endedRes.json()).toEqual({});
    expect(ended.sessionToken()).toBeUndefined();

    // Signing in again starts a working session.
    expect(await statuses((await signIn('leaver@example.test')).sessionToken()!)).toEqual([200, 200]);
  });

  it('on a new password, for sessions that began before it', async () => {
    const user = await createPatient(db(), { email: 'changer@example.test', password: PASSWORD });
    const before = (await signIn('changer@example.test')).sessionToken()!;
    await db().user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword('a-brand-new-password-2') } });
    expect(await statuses(before)).toEqual([401, 401]);
    expect(await statuses((await signIn('changer@example.test', 'a-brand-new-password-2')).sessionToken()!)).toEqual([200, 200]);
  });

  it('on deactivation, and reactivating does not bring the old session back', async () => {
    const t = await createTherapist(db(), {
      email: 'paused@example.test',
      password: PASSWORD,
      practiceId: w.practice.id,
      clinicId: w.clinic.id,
    });
    const token = (await signIn('paused@example.test')).sessionToken()!;
    expect(
      (
        await deactivate(new Request('http://localhost/x', { method: 'POST', headers: { cookie: await sessionCookie(admin) } }), {
          params: Promise.resolve({ id: t.therapist!.id }),
        })
      ).status,
    ).toBe(200);
    expect(await statuses(token)).toEqual([401, 401]);
    expect(
      (
        await reactivate(new Request('http://localhost/x', { method: 'POST', headers: { cookie: await sessionCookie(admin) } }), {
          params: Promise.resolve({ id: t.therapist!.id }),
        })
      ).status,
    ).toBe(200);
    expect(await statuses(token)).toEqual([401, 401]);
    expect(await statuses((await signIn('paused@example.test')).sessionToken()!)).toEqual([200, 200]);
  });

  it("next-auth's session endpoint shows the live role and name, and nothing for an ended session", async () => {
    const user = await createPatient(db(), { email: 'renamed@example.test', password: PASSWORD, name: 'Old Name' });
    const client = await signIn('renamed@example.test');
    expect((await (await client.get('session')).json()).user).toMatchObject({ name: 'Old Name', role: 'PATIENT' });
    await db().user.update({ where: { id: user.id }, data: { name: 'New Name' } });
    expect((await (await client.get('session')).json()).user).toMatchObject({ name: 'New Name' });
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await (await client.get('session')).json()).toEqual({});
  });

  it('on a role or practice change', async () => {
    const user = await createPatient(db(), { email: 'promoted@example.test', password: PASSWORD });
    const token = (await signIn('promoted@example.test')).sessionToken()!;
    await db().user.update({ where: { id: user.id }, data: { role: 'ADMIN', practiceId: w.practice.id } });
    expect(await statuses(token)).toEqual([401, 401]);

    const otherAdmin = await createAdmin(db(), { practiceId: w.practice.id, password: PASSWORD });
    const email = (await db().user.findUniqueOrThrow({ where: { id: otherAdmin.id } })).email;
    const adminToken = (await signIn(email)).sessionToken()!;
    await db().user.update({ where: { id: otherAdmin.id }, data: { practiceId: null } });
    expect(await statuses(adminToken)).toEqual([401, 401]);
  });

  it('not on changes that leave who they are alone (name, email verified)', async () => {
    const user = await createPatient(db(), { email: 'stays@example.test', password: PASSWORD });
    const token = (await signIn('stays@example.test')).sessionToken()!;
    await db().user.update({ where: { id: user.id }, data: { name: 'Stays Signed In', emailVerified: new Date() } });
    expect(await statuses(token)).toEqual([200, 200]);
  });
});
