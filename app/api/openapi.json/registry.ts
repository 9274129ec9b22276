// Every route module, for the OpenAPI document. A test compares this list with the route files
// on disk, so a new route that is not listed here fails the tests.
import type { Endpoint } from '@/lib/http';
import * as adminPayments from '../admin/payments/route';
import * as adminPaymentRefunds from '../admin/payments/[id]/refunds/route';
import * as adminPractices from '../admin/practices/route';
import * as adminStaff from '../admin/staff/route';
import * as adminAppointments from '../admin/appointments/route';
import * as adminAppointmentReassign from '../admin/appointments/[id]/reassign/route';
import * as adminAuditEvents from '../admin/audit-events/route';
import * as adminClinics from '../admin/clinics/route';
import * as adminClinic from '../admin/clinics/[id]/route';
import * as adminClinicClose from '../admin/clinics/[id]/close/route';
import * as adminTherapists from '../admin/therapists/route';
import * as adminTherapist from '../admin/therapists/[id]/route';
import * as adminTherapistDeactivate from '../admin/therapists/[id]/deactivate/route';
import * as adminTherapistReactivate from '../admin/therapists/[id]/reactivate/route';
import * as adminTherapistInvite from '../admin/therapists/[id]/invite/route';
import * as adminTherapistLicenses from '../admin/therapists/[id]/licenses/route';
import * as adminTherapistLicense from '../admin/therapists/[id]/licenses/[licenseId]/route';
import * as therapistLicenses from '../therapists/me/licenses/route';
import * as adminVisitTypes from '../admin/visit-types/route';
import * as adminVisitType from '../admin/visit-types/[id]/route';
import * as passwordSetup from '../password-setup/route';
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
import * as appointmentCheckIn from '../appointments/[id]/check-in/route';
import * as appointmentNote from '../appointments/[id]/note/route';
import * as appointmentNoteSign from '../appointments/[id]/note/sign/route';
import * as appointmentNoteAddenda from '../appointments/[id]/note/addenda/route';
import * as availability from '../availability/route';
import * as availabilityOverrides from '../availability/overrides/route';
import * as availabilityPreview from '../availability/preview/route';
import * as availabilityOverrideDate from '../availability/overrides/[date]/route';
import * as availabilityTimeOffItem from '../availability/time-off/[id]/route';
import * as availabilityTimeOff from '../availability/time-off/route';
import * as health from '../health/route';
import * as me from '../me/route';
import * as openapi from './route';
import * as payments from '../payments/route';
import * as paymentCheckout from '../payments/[id]/checkout/route';
import * as testCheckout from '../test-checkouts/[sessionId]/route';
import * as signup from '../signup/route';
import * as slots from '../slots/route';
import * as slotDays from '../slots/days/route';
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
import * as clinics from '../clinics/route';
import * as intakes from '../intakes/route';
import * as appointmentIntake from '../appointments/[id]/intake/route';
import * as fhirPatient from '../fhir/Patient/[id]/route';
import * as fhirAppointments from '../fhir/Appointment/route';
import * as fhirCarePlans from '../fhir/CarePlan/route';
import * as fhirAppointment from '../fhir/Appointment/[id]/route';
import * as fhirCarePlan from '../fhir/CarePlan/[id]/route';
import * as fhirMetadata from '../fhir/metadata/route';
import * as fhirPractitioner from '../fhir/Practitioner/[id]/route';
import * as fhirLocation from '../fhir/Location/[id]/route';
import * as calendarFeed from '../calendar/[token]/route';
import * as therapistCalendarFeed from '../therapists/me/calendar-feed/route';
import * as adminReports from '../admin/reports/route';
import * as adminReportsCsv from '../admin/reports/csv/route';
import * as adminRtm from '../admin/rtm/route';
import * as adminRtmCsv from '../admin/rtm/csv/route';
import * as conversations from '../conversations/route';
import * as conversationMessages from '../conversations/[patientId]/[therapistId]/messages/route';
import * as messageAttachment from '../messages/[id]/attachment/route';
import * as patientRtmTime from '../patients/[id]/rtm-time/route';
import * as unknownApiPath from '../[...unknown]/route';

export const routeModules: Record<string, Record<string, unknown>> = {
  'admin/payments': adminPayments,
  'admin/payments/[id]/refunds': adminPaymentRefunds,
  'admin/practices': adminPractices,
  'admin/staff': adminStaff,
  'admin/appointments': adminAppointments,
  'admin/appointments/[id]/reassign': adminAppointmentReassign,
  'admin/audit-events': adminAuditEvents,
  'admin/clinics': adminClinics,
  'admin/clinics/[id]': adminClinic,
  'admin/clinics/[id]/close': adminClinicClose,
  'admin/therapists': adminTherapists,
  'admin/therapists/[id]': adminTherapist,
  'admin/therapists/[id]/deactivate': adminTherapistDeactivate,
  'admin/therapists/[id]/reactivate': adminTherapistReactivate,
  'admin/therapists/[id]/invite': adminTherapistInvite,
  'admin/therapists/[id]/licenses': adminTherapistLicenses,
  'admin/therapists/[id]/licenses/[licenseId]': adminTherapistLicense,
  'therapists/me/licenses': therapistLicenses,
  'admin/visit-types': adminVisitTypes,
  'admin/visit-types/[id]': adminVisitType,
  'password-setup': passwordSetup,
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
  'appointments/[id]/check-in': appointmentCheckIn,
  'appointments/[id]/note': appointmentNote,
  'appointments/[id]/note/sign': appointmentNoteSign,
  'appointments/[id]/note/addenda': appointmentNoteAddenda,
  availability,
  'availability/overrides': availabilityOverrides,
  'availability/preview': availabilityPreview,
  'availability/overrides/[date]': availabilityOverrideDate,
  'availability/time-off/[id]': availabilityTimeOffItem,
  'availability/time-off': availabilityTimeOff,
  health,
  me,
  'openapi.json': openapi,
  payments,
  'payments/[id]/checkout': paymentCheckout,
  'test-checkouts/[sessionId]': testCheckout,
  signup,
  slots,
  'slots/days': slotDays,
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
  clinics,
  intakes,
  'appointments/[id]/intake': appointmentIntake,
  'fhir/Patient/[id]': fhirPatient,
  'fhir/Appointment': fhirAppointments,
  'fhir/CarePlan': fhirCarePlans,
  'fhir/Appointment/[id]': fhirAppointment,
  'fhir/CarePlan/[id]': fhirCarePlan,
  'fhir/metadata': fhirMetadata,
  'fhir/Practitioner/[id]': fhirPractitioner,
  'fhir/Location/[id]': fhirLocation,
  'calendar/[token]': calendarFeed,
  'therapists/me/calendar-feed': therapistCalendarFeed,
  'admin/reports': adminReports,
  'admin/reports/csv': adminReportsCsv,
  'admin/rtm': adminRtm,
  'admin/rtm/csv': adminRtmCsv,
  conversations,
  'conversations/[patientId]/[therapistId]/messages': conversationMessages,
  'messages/[id]/attachment': messageAttachment,
  'patients/[id]/rtm-time': patientRtmTime,
  // The JSON 404 for paths no route matches; it exports no endpoints, so it adds no operation.
  '[...unknown]': unknownApiPath,
};

export function endpoints(): Endpoint[] {
  return Object.values(routeModules).flatMap((mod) =>
    Object.values(mod).filter((v): v is Endpoint => typeof v === 'function' && 'spec' in v));
}
