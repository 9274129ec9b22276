// Sign-ins in a practice admin's audit log. next-auth runs `authorize` and then the `signIn`
// event for a successful sign-in; the test calls both the way next-auth does (its route handler
// needs a Next request scope), then reads the log over the admin API.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Account, User } from 'next-auth';
import type { CredentialsConfig } from 'next-auth/providers/credentials';
import { db } from '@/lib/db';
import { authOptions } from '@/lib/auth/options';
import { createAdmin, createPatient, createPractice, createTherapist } from '@/prisma/factories';
import { call, type Caller } from '@/tests/support/http';
import { GET as auditEvents } from '@/app/api/admin/audit-events/route';
import { markPeerAddressFromServer, PEER_ADDRESS_HEADER } from '@/lib/auth/client-ip';

// Callers are told apart by the address the server saw (what scripts/serve.ts passes on).
markPeerAddressFromServer();

const PASSWORD = 'a-long-password-1';

async function signInWithPassword(email: string): Promise<User> {
  const credentials = authOptions().providers.find((p) => p.id === 'credentials') as unknown as CredentialsConfig;
  const user = await credentials.options.authorize!(
    { email, password: PASSWORD },
    { headers: { [PEER_ADDRESS_HEADER]: '192.0.2.10' } },
  );
  expect(user, `${email} signs in`).not.toBeNull();
  const account: Account = { provider: 'credentials', type: 'credentials', providerAccountId: user!.id };
  await authOptions().events!.signIn!({ user: user as User, account, isNewUser: false });
  return user as User;
}

async function signInWithMagicLink(user: { id: string; email: string }): Promise<void> {
  const account: Account = { provider: 'email', type: 'email', providerAccountId: user.email };
  await authOptions().events!.signIn!({ user: { id: user.id, email: user.email }, account, isNewUser: false });
}

const signInsSeenBy = async (admin: Caller) => {
  const res = await call(auditEvents, { path: '/api/admin/audit-events?action=auth.sign_in', as: admin });
  expect(res.status).toBe(200);
  return (res.body.events as { action: string; actor: { id: string } | null }[]).map((e) => e.actor?.id);
};

let adminA: Caller;
let adminB: Caller;
let networkAdmin: Caller;
let therapistA: Caller;
let therapistB: Caller;
let patient: Caller;

beforeAll(async () => {
  const a = await createPractice(db(), { name: 'Harbor PT' });
  const b = await createPractice(db(), { name: 'Prairie Motion' });
  adminA = await createAdmin(db(), { practiceId: a.id, password: PASSWORD });
  adminB = await createAdmin(db(), { practiceId: b.id, password: PASSWORD });
  networkAdmin = await createAdmin(db(), { password: PASSWORD });
  therapistA = await createTherapist(db(), { practiceId: a.id, email: 'maya@example.test', password: PASSWORD });
  therapistB = await createTherapist(db(), { practiceId: b.id, email: 'luis@example.test', password: PASSWORD });
  patient = await createPatient(db(), { email: 'jordan@example.test', password: PASSWORD });
});

describe('sign-ins in the audit log', () => {
  it("shows practice A's admin their therapist signing in, and practice B's admin does not see it", async () => {
    await signInWithPassword('maya@example.test');
    const row = await db().auditEvent.findFirstOrThrow({ where: { action: 'auth.sign_in', actorId: therapistA.id } });
    expect(row).toMatchObject({ entityType: 'User', entityId: therapistA.id, data: { method: 'credentials' } });

    expect(await signInsSeenBy(adminA)).toContain(therapistA.id);
    expect(await signInsSeenBy(adminB)).not.toContain(therapistA.id);
    expect(await signInsSeenBy(networkAdmin)).toContain(therapistA.id);
  });

  it('stamps a magic-link sign-in and a practice admin signing in with their practice too', async () => {
    await signInWithMagicLink({ id: therapistB.id, email: 'luis@example.test' });
    await signInWithPassword((await db().user.findUniqueOrThrow({ where: { id: adminB.id } })).email);
    const seenByB = await signInsSeenBy(adminB);
    expect(seenByB).toEqual(expect.arrayContaining([therapistB.id, adminB.id]));
    expect(seenByB).not.toContain(therapistA.id);
    expect(await signInsSeenBy(adminA)).not.toContain(therapistB.id);
  });

  it("keeps a patient's and a network admin's sign-ins out of every practice's log", async () => {
    await signInWithPassword('jordan@example.test');
    await signInWithPassword((await db().user.findUniqueOrThrow({ where: { id: networkAdmin.id } })).email);
    const rows = await db().auditEvent.findMany({
      where: { action: 'auth.sign_in', actorId: { in: [patient.id, networkAdmin.id] } },
    });
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.practiceId === null)).toBe(true);
    for (const admin of [adminA, adminB]) {
      const seen = await signInsSeenBy(admin);
      expect(seen).not.toContain(patient.id);
      expect(seen).not.toContain(networkAdmin.id);
    }
    expect(await signInsSeenBy(networkAdmin)).toEqual(expect.arrayContaining([patient.id, networkAdmin.id]));
  });
});
