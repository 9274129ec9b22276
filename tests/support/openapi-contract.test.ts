import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AnySpec } from '@/lib/http';
import { contractProblems } from './openapi-contract';

const spec: AnySpec = {
  method: 'POST',
  path: '/api/things/{id}',
  summary: 'A thing',
  tags: ['Things'],
  auth: ['THERAPIST'],
  errors: ['SLOT_TAKEN'],
  params: z.object({ id: z.string() }),
  body: z.object({ name: z.string() }),
  response: z.object({ id: z.string(), startsAt: z.iso.datetime() }),
};
const jsonType = new Headers({ 'content-type': 'application/json' });
const error = (code: string) => JSON.stringify({ error: { code, message: 'm' } });

describe('contractProblems (an answer checked against the OpenAPI document)', () => {
  it('accepts documented answers', () => {
    expect(contractProblems(spec, 200, jsonType, JSON.stringify({ id: 'a', startsAt: '2026-12-05T09:00:00.000Z' }))).toEqual([]);
    expect(contractProblems(spec, 409, jsonType, error('SLOT_TAKEN'))).toEqual([]);
    expect(contractProblems(spec, 404, jsonType, error('NOT_FOUND'))).toEqual([]);
    expect(contractProblems(spec, 503, jsonType, error('BUSY'))).toEqual([]);
  });

  it('refuses an undocumented status, code, media type or body', () => {
    expect(contractProblems(spec, 500, jsonType, error('INTERNAL'))).toEqual([
      expect.stringContaining('status 500 is not documented'),
    ]);
    expect(contractProblems(spec, 409, jsonType, error('PLAN_EXISTS'))).toEqual([
      expect.stringContaining('must be equal to one of the allowed values'),
    ]);
    expect(contractProblems(spec, 200, jsonType, JSON.stringify({ id: 'a', startsAt: 'tomorrow' }))).toEqual(
      expect.arrayContaining([expect.stringContaining('must match format "date-time"')]),
    );
    expect(contractProblems(spec, 200, new Headers({ 'content-type': 'text/html' }), '<p>')).toEqual([
      expect.stringContaining('media type "text/html"'),
    ]);
    expect(contractProblems(spec, 422, jsonType, error('INSUFFICIENT_NOTICE'))).toEqual([
      expect.stringContaining('status 422 is not documented'),
    ]);
  });
});
