// Security review (2026-12-05): a message's image is served under a sandboxing policy with no
// script and no loads. The route set that policy, but the proxy (proxy.ts) sets the page policy
// on every response first, and Next keeps a header the proxy set over the route's own
// (next/dist/server/send-response.js appends only headers not yet present): in a real server the
// attachment went out under the page policy, not sandboxed. What the proxy sends is what is served.
import { beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { db } from '@/lib/db';
import { createExercise, createExercisePlan, createPatient, createPractice, createTherapist } from '@/prisma/factories';
import { call, sessionCookie } from '@/tests/support/http';
import { PEER_ADDRESS_HEADER } from '@/lib/auth/client-ip';
import { POST as send } from '@/app/api/conversations/[patientId]/[therapistId]/messages/route';
import { GET as attachment } from '@/app/api/messages/[id]/attachment/route';
import { proxy } from '@/proxy';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a0da0000000049454e44ae426082',
  'hex',
);
let patient: Awaited<ReturnType<typeof createPatient>>;
let therapistId: string;

beforeAll(async () => {
  const practice = await createPractice(db());
  const therapist = await createTherapist(db(), { practiceId: practice.id });
  therapistId = therapist.therapist!.id;
  patient = await createPatient(db());
  const exercise = await createExercise(db(), { name: 'Clamshell' });
  await createExercisePlan(db(), {
    patientId: patient.patient!.id,
    therapistId,
    versions: [{ startsOn: new Date().toISOString().slice(0, 10), items: [{ exerciseId: exercise.id }] }],
  });
});

const directives = (csp: string | null) => (csp ?? '').split(';').map((d) => d.trim());

describe('the headers an attachment is served with', () => {
  it('are the sandboxing policy from the proxy as well as the route', async () => {
    const sent = await call(send, {
      method: 'POST',
      as: patient,
      params: { patientId: patient.patient!.id, therapistId },
      json: { body: 'My knee', attachment: PNG.toString('base64') },
    });
    expect(sent.status).toBe(201);
    const url = `http://localhost${sent.body.attachment.url}`;
    // Called directly: the contract check knows no wildcard media type (image/*).
    const fromRoute = await attachment(
      new Request(url, { headers: { cookie: await sessionCookie(patient), [PEER_ADDRESS_HEADER]: '127.0.0.1' } }),
      { params: Promise.resolve({ id: sent.body.id }) },
    );
    expect(fromRoute.status).toBe(200);
    expect(fromRoute.headers.get('x-content-type-options')).toBe('nosniff');

    const fromProxy = (await proxy(new NextRequest(url))).headers.get('content-security-policy');
    for (const csp of [fromProxy, fromRoute.headers.get('content-security-policy')]) {
      expect(directives(csp)).toEqual(expect.arrayContaining(["default-src 'none'", 'sandbox', "frame-ancestors 'none'"]));
      expect(csp).not.toContain('script-src');
    }
  });

  it('leave the pages and the rest of the API their nonce policy', async () => {
    for (const path of ['/patient/messages', '/api/conversations', '/api/messages/x/attachment/more']) {
      const csp = (await proxy(new NextRequest(`http://localhost${path}`))).headers.get('content-security-policy');
      expect(csp, path).toMatch(/script-src 'self' 'nonce-/);
    }
  });
});
