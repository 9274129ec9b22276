// Every route module, for the OpenAPI document. A test compares this list with the route files
// on disk, so a new route that is not listed here fails the build's tests.
import type { Endpoint } from '@/lib/http';
import * as adminPractices from '../admin/practices/route';
import * as adminStaff from '../admin/staff/route';
import * as health from '../health/route';
import * as me from '../me/route';
import * as openapi from './route';
import * as signup from '../signup/route';

export const routeModules: Record<string, Record<string, unknown>> = {
  'admin/practices': adminPractices,
  'admin/staff': adminStaff,
  health,
  me,
  'openapi.json': openapi,
  signup,
};

export function endpoints(): Endpoint[] {
  return Object.values(routeModules).flatMap((mod) =>
    Object.values(mod).filter((v): v is Endpoint => typeof v === 'function' && 'spec' in v));
}
