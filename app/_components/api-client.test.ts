// The browser client: how a route key becomes a request, and how every kind of answer becomes one
// result shape. fetch is the platform's, answered here with real Response objects.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, type ApiAnswer, type ApiBody } from './api-client';
import { fieldErrors } from './field-errors';

const calls: { url: string; init: RequestInit }[] = [];
function answer(response: () => Response) {
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return Promise.resolve(response());
  });
}
afterEach(() => {
  vi.unstubAllGlobals();
  calls.length = 0;
});

describe('api()', () => {
  it('fills path parameters encoded, sends the query and the JSON body, and hands back the answer', async () => {
    answer(() => Response.json({ late: false, billing: null }, { status: 200 }));
    const res = await api('POST /api/appointments/{id}/cancel', { params: { id: 'a b/c' }, body: { reason: 'sick' } });
    expect(calls[0]?.url).toBe('/api/appointments/a%20b%2Fc/cancel');
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.body).toBe(JSON.stringify({ reason: 'sick' }));
    expect(res).toEqual({ ok: true, status: 200, data: { late: false, billing: null } });
  });

  it('leaves out empty query values and repeats a list', async () => {
    answer(() => Response.json({ slots: [] }));
    await api('GET /api/slots', { query: { visitTypeId: 'v', from: 'f', to: 't', therapistId: undefined, zone: '' } });
    expect(calls[0]?.url).toBe('/api/slots?visitTypeId=v&from=f&to=t');
    answer(() => Response.json({ orphans: [] }));
    await api('DELETE /api/availability/overrides/{date}', { params: { date: '2026-12-24' }, query: { confirmOrphans: 'true' } });
    expect(calls[1]?.url).toBe('/api/availability/overrides/2026-12-24?confirmOrphans=true');
    expect(calls[0]?.init.body).toBeUndefined();
  });

  it("answers a refusal in the error shape, with the server's field messages by field", async () => {
    answer(() =>
      Response.json(
        {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'Invalid body: must be 5 digits.',
            details: [
              { path: 'body.zip', message: 'must be 5 digits' },
              { path: 'body.zip', message: 'second message for the same field' },
              { path: 'body.services.1', message: 'is not a service' },
            ],
          },
        },
        { status: 400 },
      ),
    );
    const res = await api('PATCH /api/admin/clinics/{id}', { params: { id: 'c1' }, body: { zip: '1' } });
    expect(res).toMatchObject({ ok: false, status: 400, code: 'VALIDATION_FAILED', message: 'Invalid body: must be 5 digits.' });
    expect(res.ok ? null : fieldErrors(res.details)).toEqual({ zip: 'must be 5 digits', services: 'is not a service' });
  });

  it('answers an error without the error shape (a proxy page) as HTTP_ERROR, and no answer at all as NETWORK', async () => {
    answer(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(await api('POST /api/plans/{id}/end', { params: { id: 'p' } })).toMatchObject({
      ok: false,
      status: 502,
      code: 'HTTP_ERROR',
    });
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await api('POST /api/plans/{id}/end', { params: { id: 'p' } })).toMatchObject({
      ok: false,
      status: 0,
      code: 'NETWORK',
    });
  });

  it('lets an abort through as a rejection, so a superseded request is not shown as a failure', async () => {
    const controller = new AbortController();
    controller.abort();
    vi.stubGlobal('fetch', () => Promise.reject(new DOMException('aborted', 'AbortError')));
    await expect(api('GET /api/therapists', { signal: controller.signal })).rejects.toThrow('aborted');
  });

  it('gives a 204 answer as null', async () => {
    answer(() => new Response(null, { status: 204 }));
    expect(await api('DELETE /api/therapists/me/calendar-feed')).toEqual({ ok: true, status: 204, data: null });
  });
});

// Compile-time: the types come from the routes' zod schemas (tsc checks this file).
function typesFollowTheSchemas() {
  const score: ApiAnswer<'POST /api/outcome-scores'>['score'] = 3;
  const body: ApiBody<'POST /api/outcome-scores'> = { planId: 'p', instrument: 'NPRS', rating: 4 };
  // @ts-expect-error a rating is a number
  const wrong: ApiBody<'POST /api/outcome-scores'> = { planId: 'p', instrument: 'NPRS', rating: 'high' };
  // @ts-expect-error the path parameter is required
  void api('POST /api/plans/{id}/end');
  // @ts-expect-error no such route
  void api('POST /api/nowhere');
  // @ts-expect-error the body is required and typed
  void api('POST /api/appointments/{id}/cancel', { params: { id: 'a' }, body: { why: 'x' } });
  return [score, body, wrong];
}
void typesFollowTheSchemas;
