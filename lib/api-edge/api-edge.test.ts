import { describe, expect, it } from 'vitest';
import { allowHeader, buildRouteTree, decodePathSegments, queryEncodingValid, refuseAtApiEdge } from './api-edge';

const tree = buildRouteTree([
  ['[...unknown]', ['DELETE', 'GET', 'OPTIONS', 'PATCH', 'POST', 'PUT']],
  ['appointments', ['GET', 'POST']],
  ['appointments/[id]', ['GET', 'PATCH']],
  ['appointments/[id]/cancel', ['POST']],
  ['availability/overrides/[date]', ['DELETE']],
  ['auth/[...nextauth]', ['GET', 'POST']],
  ['fhir/Appointment', ['GET']],
]);
const refuse = (method: string, path: string) => refuseAtApiEdge(method, path, tree);

describe('refuseAtApiEdge', () => {
  it('lets every method a route exports through, with HEAD for GET and OPTIONS always', () => {
    for (const [method, path] of [
      ['GET', '/api/appointments'],
      ['POST', '/api/appointments'],
      ['HEAD', '/api/appointments/a1'],
      ['OPTIONS', '/api/appointments/a1/cancel'],
      ['PATCH', '/api/appointments/a1'],
      ['POST', '/api/auth/callback/credentials'],
    ]) {
      expect(refuse(method!, path!), `${method} ${path}`).toBeNull();
    }
  });

  it('answers 405 in the error shape with Allow for a method the matched route lacks', () => {
    const r = refuse('DELETE', '/api/appointments/a1');
    expect(r).toEqual({
      status: 405,
      body: { error: { code: 'METHOD_NOT_ALLOWED', message: expect.stringContaining('GET, HEAD, OPTIONS, PATCH') } },
      headers: { Allow: 'GET, HEAD, OPTIONS, PATCH', 'Cache-Control': 'no-store' },
    });
    expect(refuse('GET', '/api/appointments/a1/cancel')?.headers.Allow).toBe('OPTIONS, POST');
    expect(refuse('HEAD', '/api/availability/overrides/2026-01-01')?.status).toBe(405);
    expect(refuse('TRACE', '/api/fhir/Appointment')?.status).toBe(405);
  });

  it('prefers a static segment to a dynamic one, and both to the catch-all (as Next routes)', () => {
    expect(refuse('PUT', '/api/fhir/Appointment')?.headers.Allow).toBe('GET, HEAD, OPTIONS');
    // Deeper than any route: Next gives it to the catch-all, which answers the JSON 404 itself.
    expect(refuse('PUT', '/api/appointments/a1/cancel/extra')).toBeNull();
    expect(refuse('PUT', '/api/nowhere')).toBeNull();
  });

  it('answers 400 for a path whose percent-encoding does not decode, for any method', () => {
    for (const path of ['/api/%ZZ', '/api/appointments/%E0%A4%A', '/api/appointments/%', '/api/appointments/%C0%AF/cancel']) {
      const r = refuse('GET', path);
      expect(r?.status, path).toBe(400);
      expect(r?.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect(refuse('GET', '/api/appointments/%41%C3%A9')).toBeNull();
  });

  it('leaves paths outside /api alone', () => {
    expect(refuse('DELETE', '/patient')).toBeNull();
  });

  it('writes Allow as Next does for OPTIONS', () => {
    expect(allowHeader(['POST', 'GET'])).toBe('GET, HEAD, OPTIONS, POST');
  });

  it('decodes a page path, or says it cannot', () => {
    expect(decodePathSegments('/clinics/caf%C3%A9')).toEqual(['clinics', 'café']);
    expect(decodePathSegments('/clinics/%E0%A4%A')).toBeNull();
  });
});

describe('queryEncodingValid', () => {
  it('accepts UTF-8 percent-encoding, plus signs and empty parts; refuses broken sequences', () => {
    for (const ok of ['', '?', '?a=1&b=2', '?zip=10001&q=%E2%82%AC+x', '?a=&=b&&', '?%F0%9F%98%80=1'])
      expect(queryEncodingValid(ok), ok).toBe(true);
    for (const bad of ['?a=%', '?a=%Z', '?a=%E0%A4%A', '?a=%C0%AF', '?a=%FF%FE', '?%ED%A0%80=1', '?a=%%', '?a=1&b=%u0041'])
      expect(queryEncodingValid(bad), bad).toBe(false);
  });
});
