// Every route module, for the OpenAPI document. A test compares this list with the route files
// on disk, so a new route that is not listed here fails the tests.
import type { Endpoint } from '@/lib/http';
import * as adminPractices from '../admin/practices/route';
import * as adminStaff from '../admin/staff/route';
import * as appointmentSeries from '../appointment-series/route';
import * as appointments from '../appointments/route';
import * as appointment from '../appointments/[id]/route';
import * as appointmentCancel from '../appointments/[id]/cancel/route';
import * as appointmentStatus from '../appointments/[id]/status/route';
import * as availability from '../availability/route';
import * as availabilityOverrides from '../availability/overrides/route';
import * as availabilityTimeOff from '../availability/time-off/route';
import * as health from '../health/route';
import * as me from '../me/route';
import * as openapi from './route';
import * as signup from '../signup/route';
import * as slots from '../slots/route';
import * as therapists from '../therapists/route';
import * as visitTypes from '../visit-types/route';
import * as waitlist from '../waitlist/route';
import * as waitlistAccept from '../waitlist/offers/[token]/accept/route';

export const routeModules: Record<string, Record<string, unknown>> = {
  'admin/practices': adminPractices,
  'admin/staff': adminStaff,
  'appointment-series': appointmentSeries,
  appointments,
  'appointments/[id]': appointment,
  'appointments/[id]/cancel': appointmentCancel,
  'appointments/[id]/status': appointmentStatus,
  availability,
  'availability/overrides': availabilityOverrides,
  'availability/time-off': availabilityTimeOff,
  health,
  me,
  'openapi.json': openapi,
  signup,
  slots,
  therapists,
  'visit-types': visitTypes,
  waitlist,
  'waitlist/offers/[token]/accept': waitlistAccept,
};

export function endpoints(): Endpoint[] {
  return Object.values(routeModules).flatMap((mod) =>
    Object.values(mod).filter((v): v is Endpoint => typeof v === 'function' && 'spec' in v));
}
