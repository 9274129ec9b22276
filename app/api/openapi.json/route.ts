import { endpoint, type Endpoint } from '@/lib/http';
import { buildOpenApiDocument } from '@/lib/openapi/build-document';
// The registry lists every other route; this one adds its own operation, so that the registry
// never imports this module (no import cycle).
import { endpoints } from './registry';

export const GET: Endpoint = endpoint(
  {
    method: 'GET',
    path: '/api/openapi.json',
    tags: ['Operations'],
    auth: 'public',
    summary: "This document: OpenAPI 3.1 for every route, generated from the handlers' zod schemas.",
  },
  async () => buildOpenApiDocument([...endpoints().map((e) => e.spec), GET.spec], '/'),
);
