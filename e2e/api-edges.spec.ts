// What Next itself answers around our route handlers, on the production server: every /api/*
// answer is JSON in the error shape, whatever the path, the method or its encoding (proxy.ts and
// app/api/[...unknown]). See docs/decisions/017.
import { expect, test, type APIResponse } from '@playwright/test';

async function expectErrorShape(res: APIResponse, status: number, code: string) {
  expect(res.status(), `${res.url()}`).toBe(status);
  expect(res.headers()['content-type']).toContain('application/json');
  expect(await res.json()).toEqual({
    error: { code, message: expect.any(String), ...(status === 400 ? { details: expect.anything() } : {}) },
  });
}

test('a path whose percent-encoding does not decode is a 400 in the error shape, not a 500', async ({ request }) => {
  for (const path of [
    '/api/appointments/%E0%A4%A',
    '/api/%ZZ',
    '/api/fhir/Patient/%C0%AF',
    '/api/appointments/%E0%A4%A/cancel',
  ]) {
    await expectErrorShape(await request.get(path), 400, 'VALIDATION_FAILED');
  }
  await expectErrorShape(await request.post('/api/appointments/%FF/cancel', { data: {} }), 400, 'VALIDATION_FAILED');
});

test('a page address with broken percent-encoding is a 400, not a 500', async ({ request }) => {
  for (const path of ['/clinics/%E0%A4%A', '/conditions/%C0%AF']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(400);
  }
  expect((await request.get('/conditions/low-back-pain')).status()).toBe(200);
});

test('an unknown /api path is a JSON 404 for every method', async ({ request }) => {
  await expectErrorShape(await request.get('/api/nowhere'), 404, 'NOT_FOUND');
  await expectErrorShape(await request.post('/api/me/extra', { data: {} }), 404, 'NOT_FOUND');
  await expectErrorShape(await request.delete('/api/appointments/a1/cancel/more'), 404, 'NOT_FOUND');
  expect((await request.head('/api/nowhere')).status()).toBe(404);
});

test('a method the route does not have is a JSON 405 with Allow', async ({ request }) => {
  const post = await request.post('/api/me', { data: {} });
  await expectErrorShape(post, 405, 'METHOD_NOT_ALLOWED');
  expect(post.headers().allow).toBe('GET, HEAD, OPTIONS');
  const del = await request.delete('/api/appointments/a1');
  await expectErrorShape(del, 405, 'METHOD_NOT_ALLOWED');
  expect(del.headers().allow).toBe('GET, HEAD, OPTIONS, PATCH');
  const head = await request.head('/api/signup');
  expect(head.status()).toBe(405);
  expect(head.headers().allow).toBe('OPTIONS, POST');
});

test('HEAD answers like GET without a body, OPTIONS lists the methods', async ({ request }) => {
  const head = await request.head('/api/health');
  expect(head.status()).toBe(200);
  expect(await head.body()).toHaveLength(0);
  const options = await request.fetch('/api/appointments', { method: 'OPTIONS' });
  expect(options.status()).toBe(204);
  expect(options.headers().allow).toBe('GET, HEAD, OPTIONS, POST');
});
