// Component tests talk to no server: `fetch` is replaced by one that records each request and
// answers from a queue the test fills (an empty queue answers 500).
import { vi } from 'vitest';

export interface SentRequest {
  url: string;
  method: string;
  body: unknown;
  headers: Headers;
}
export interface FakeAnswer {
  status: number;
  body: unknown;
}

export function fakeFetch(): { sent: SentRequest[]; answers: FakeAnswer[] } {
  const sent: SentRequest[] = [];
  const answers: FakeAnswer[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    sent.push({
      url,
      method: init.method ?? 'GET',
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      headers: new Headers(init.headers),
    });
    const answer = answers.shift() ?? { status: 500, body: {} };
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  });
  return { sent, answers };
}
