import { endpoint } from '@/lib/http';
import { buildOpenApiDocument } from '@/lib/openapi/build-document';
import { endpoints } from './registry';

export const GET = endpoint({
  method: 'GET', path: '/api/openapi.json', tags: ['Operations'], auth: 'public',
  summary: 'This document: OpenAPI 3.1 for every route, generated from the handlers\' zod schemas.',
}, async () => buildOpenApiDocument(endpoints().map((e) => e.spec), '/'));
