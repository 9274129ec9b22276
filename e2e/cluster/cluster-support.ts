// What the cluster spec needs beyond the usual fixtures: the cluster's state file (ports, node
// PIDs), a Prisma client through PgBouncer like the app's, a fresh patient, and a booking.
import fs from 'node:fs';
import { PrismaPg } from '@prisma/adapter-pg';
import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import { PrismaClient } from '../../lib/generated/prisma/client.ts';
import type { ClusterState } from '../../scripts/lib/cluster';
import { signInWithPassword, verifyEmailFromCatcher } from '../fixtures';
import { submitClearIntake } from '../intake';

export const DAY = 24 * 60 * 60_000;

export function clusterState(): ClusterState {
  const file = process.env.REHABIT_CLUSTER_STATE;
  if (!file) throw new Error('REHABIT_CLUSTER_STATE is not set: run this through `npm test -- --only cluster`');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ClusterState;
}

/** Through PgBouncer in transaction mode, as the app nodes connect. */
export function clusterDb(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: clusterState().databaseUrl }) });
}

export const nodeOf = (res: APIResponse) => res.headers()['x-rehabit-node'] ?? '(none)';

/** A new patient who has answered the intake, signed in on `request`. */
export async function newPatient(request: APIRequestContext, label: string): Promise<string> {
  const email = `cluster-${label}-${Date.now()}@rehabit.test`;
  const password = 'cluster-e2e-password-42';
  const signUp = await request.post('/api/signup', {
    data: { name: `Casey ${label}`, email, password, dateOfBirth: '1984-03-02' },
  });
  expect(signUp.status(), await signUp.text()).toBe(201);
  await verifyEmailFromCatcher(request, email); // before a first booking (decision 045)
  expect((await signInWithPassword(request, email, password)).status()).toBe(200);
  await submitClearIntake(request);
  return email;
}

interface Slot {
  start: string;
  therapistId: string;
  clinicId: string | null;
}

/** Open Follow-up times (in clinic, paid by insurance here) for one therapist, a day ahead and later. */
export async function openFollowUps(request: APIRequestContext): Promise<{ visitTypeId: string; slots: Slot[] }> {
  const { visitTypes } = (await (await request.get('/api/visit-types')).json()) as { visitTypes: { id: string; name: string }[] };
  const followUp = visitTypes.find((v) => v.name === 'Follow-up')!;
  const { therapists } = (await (await request.get('/api/therapists')).json()) as {
    therapists: { id: string; clinic: { id: string } | null }[];
  };
  const therapist = therapists.find((t) => t.clinic)!;
  const from = new Date(Date.now() + DAY + 60 * 60_000);
  const query = new URLSearchParams({
    visitTypeId: followUp.id,
    therapistId: therapist.id,
    clinicId: therapist.clinic!.id,
    from: from.toISOString(),
    to: new Date(from.getTime() + 12 * DAY).toISOString(),
  });
  const { slots } = (await (await request.get(`/api/slots?${query}`)).json()) as { slots: Slot[] };
  expect(slots.length).toBeGreaterThan(3);
  return { visitTypeId: followUp.id, slots };
}

export async function book(request: APIRequestContext, visitTypeId: string, slot: Slot): Promise<APIResponse> {
  return request.post('/api/appointments', {
    headers: { 'Idempotency-Key': `cluster-${slot.start}-${Math.random().toString(36).slice(2, 10)}` },
    data: {
      visitTypeId,
      therapistId: slot.therapistId,
      clinicId: slot.clinicId ?? undefined,
      start: slot.start,
      payment: { method: 'insurance', payer: 'Aetna', memberId: 'W100200300' },
    },
  });
}

interface CaughtMail {
  subject: string;
  to: { address: string }[];
}

export async function mailSubjectsTo(request: APIRequestContext, address: string): Promise<string[]> {
  const api = process.env.MAILDEV_API ?? 'http://127.0.0.1:1180';
  const all = (await (await request.get(`${api}/api/email`)).json()) as CaughtMail[];
  return all.filter((m) => m.to.some((t) => t.address === address)).map((m) => m.subject);
}
