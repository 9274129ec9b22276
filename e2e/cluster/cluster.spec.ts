import { expect, test } from '@playwright/test';
import { signInWithPassword, DEMO } from '../fixtures';

test('smoke: the balancer alternates', async ({ request }) => {
  const seen = new Set<string>();
  for (let i = 0; i < 4; i++) {
    const res = await request.get('/api/health');
    expect(res.status()).toBe(200);
    seen.add(res.headers()['x-rehabit-node'] ?? '');
  }
  expect([...seen].sort()).toEqual(['app-a', 'app-b']);
  expect((await signInWithPassword(request, DEMO.patient)).status()).toBe(200);
});
