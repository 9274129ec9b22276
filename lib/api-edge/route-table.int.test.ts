// The table proxy.ts answers 405 from must be the route modules' real exports: a stale row would
// refuse a method a route has, or miss one it lacks.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routeModules } from '@/app/api/openapi.json/registry';
import * as nextAuthRoute from '@/app/api/auth/[...nextauth]/route';
import * as openApiRoute from '@/app/api/openapi.json/route';
import { apiClientTypesSource, apiRouteTableSource, openApiPathOf, openApiRegistrySource } from '@/scripts/api-route-table';
import { API_ROUTE_TABLE } from './route-table';

const HTTP_METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'];

describe('lib/api-edge/route-table.ts', () => {
  it('is current (else run `npx tsx scripts/api-route-table.ts`)', () => {
    expect(fs.readFileSync(path.join(process.cwd(), 'lib/api-edge/route-table.ts'), 'utf8')).toBe(apiRouteTableSource());
  });

  it('has a current OpenAPI registry beside it (else run `npx tsx scripts/api-route-table.ts`)', () => {
    expect(fs.readFileSync(path.join(process.cwd(), 'app/api/openapi.json/registry.ts'), 'utf8')).toBe(openApiRegistrySource());
  });

  it('has current client types in app/_components (else run `npx tsx scripts/api-route-table.ts`)', () => {
    expect(fs.readFileSync(path.join(process.cwd(), 'app/_components/api-routes.ts'), 'utf8')).toBe(apiClientTypesSource());
  });

  it("keys the client's routes right: each endpoint's spec names its own folder and method", () => {
    for (const [route, mod] of Object.entries(routeModules)) {
      for (const [method, handler] of Object.entries(mod)) {
        if (typeof handler !== 'function' || !('spec' in handler)) continue;
        expect(handler.spec, route).toMatchObject({ method, path: openApiPathOf(route) });
      }
    }
  });

  it('lists exactly the methods each route module exports', () => {
    const modules: Record<string, Record<string, unknown>> = {
      ...routeModules,
      'auth/[...nextauth]': nextAuthRoute,
      'openapi.json': openApiRoute,
    };
    const exported = Object.entries(modules).map(([route, mod]) => [
      route,
      Object.keys(mod)
        .filter((k) => HTTP_METHODS.includes(k) && typeof mod[k] === 'function')
        .sort(),
    ]);
    expect(Object.fromEntries(API_ROUTE_TABLE)).toEqual(Object.fromEntries(exported));
  });
});
