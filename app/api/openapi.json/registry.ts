// Every route module, for the OpenAPI document. A test compares this list with the route files
// on disk, so a new route that is not listed here fails the tests.
import type { Endpoint } from '@/lib/http';
import * as adminPayments from '../admin/payments/route';
import * as adminPaymentRefunds from '../admin/payments/[id]/refunds/route';
import * as adminPractices from '../admin/practices/route';
import * as adminStaff from '../admin/staff/route';
import * as appointmentSeries from '../appointment-series/route';
import * as appointments from '../appointments/route';
import * as appointment from '../appointments/[id]/route';
import * as appointmentCancel from '../appointments/[id]/cancel/route';
import * as appointmentStatus from '../appointments/[id]/status/route';
import * as appointmentVideoEnd from '../appointments/[id]/video-end/route';
import * as appointmentVideoParticipants from '../appointments/[id]/video-participants/route';
import * as appointmentVideoAdmit from '../appointments/[id]/video-participants/admit/route';
import * as appointmentVideoRemove from '../appointments/[id]/video-participants/remove/route';
import * as appointmentVideoToken from '../appointments/[id]/video-token/route';
import * as availability from '../availability/route';
import * as availabilityOverrides from '../availability/overrides/route';
import * as availabilityTimeOff from '../availability/time-off/route';
import * as health from '../health/route';
import * as me from '../me/route';
import * as openapi from './route';
import * as payments from '../payments/route';
import * as paymentCheckout from '../payments/[id]/checkout/route';
import * as paymentsTestCheckout from '../payments/test-checkout/[sessionId]/route';
import * as signup from '../signup/route';
import * as slots from '../slots/route';
import * as therapists from '../therapists/route';
import * as visitTypes from '../visit-types/route';
import * as waitlist from '../waitlist/route';
import * as waitlistAccept from '../waitlist/offers/[token]/accept/route';
import * as webhooksLivekit from '../webhooks/livekit/route';
import * as webhooksStripe from '../webhooks/stripe/route';
import * as exercises from '../exercises/route';
import * as exercise from '../exercises/[id]/route';
import * as exerciseLogs from '../exercise-logs/route';
import * as flags from '../flags/route';
import * as flagAcknowledge from '../flags/[id]/acknowledge/route';
import * as outcomeScores from '../outcome-scores/route';
import * as patientDashboard from '../patient-dashboard/route';
import * as patients from '../patients/route';
import * as patientPlans from '../patients/[id]/plans/route';
import * as patientProgress from '../patients/[id]/progress/route';
import * as planTemplates from '../plan-templates/route';
import * as plan from '../plans/[id]/route';
import * as planEnd from '../plans/[id]/end/route';
import * as planVersions from '../plans/[id]/versions/route';

export const routeModules: Record<string, Record<string, unknown>> = {
  'admin/payments': adminPayments,
  'admin/payments/[id]/refunds': adminPaymentRefunds,
  'admin/practices': adminPractices,
  'admin/staff': adminStaff,
  'appointment-series': appointmentSeries,
  appointments,
  'appointments/[id]': appointment,
  'appointments/[id]/cancel': appointmentCancel,
  'appointments/[id]/status': appointmentStatus,
  'appointments/[id]/video-end': appointmentVideoEnd,
  'appointments/[id]/video-participants': appointmentVideoParticipants,
  'appointments/[id]/video-participants/admit': appointmentVideoAdmit,
  'appointments/[id]/video-participants/remove': appointmentVideoRemove,
  'appointments/[id]/video-token': appointmentVideoToken,
  availability,
  'availability/overrides': availabilityOverrides,
  'availability/time-off': availabilityTimeOff,
  health,
  me,
  'openapi.json': openapi,
  payments,
  'payments/[id]/checkout': paymentCheckout,
  'payments/test-checkout/[sessionId]': paymentsTestCheckout,
  signup,
  slots,
  therapists,
  'visit-types': visitTypes,
  waitlist,
  'waitlist/offers/[token]/accept': waitlistAccept,
  'webhooks/livekit': webhooksLivekit,
  'webhooks/stripe': webhooksStripe,
  exercises,
  'exercises/[id]': exercise,
  'exercise-logs': exerciseLogs,
  flags,
  'flags/[id]/acknowledge': flagAcknowledge,
  'outcome-scores': outcomeScores,
  'patient-dashboard': patientDashboard,
  patients,
  'patients/[id]/plans': patientPlans,
  'patients/[id]/progress': patientProgress,
  'plan-templates': planTemplates,
  'plans/[id]': plan,
  'plans/[id]/end': planEnd,
  'plans/[id]/versions': planVersions,
};

export function endpoints(): Endpoint[] {
  return Object.values(routeModules).flatMap((mod) =>
    Object.values(mod).filter((v): v is Endpoint => typeof v === 'function' && 'spec' in v));
}
