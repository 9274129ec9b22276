// One table from error code to HTTP status; every route error goes through it.
export const ERROR_STATUS = {
  INVALID_JSON: 400,
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CROSS_SITE_REQUEST: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  EMAIL_TAKEN: 409,
  SLOT_TAKEN: 409,
  PATIENT_DOUBLE_BOOKED: 409,
  INVALID_TRANSITION: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  PAYMENT_REQUIRED: 422,
  REFUND_NOT_ALLOWED: 422,
  INVALID_SIGNATURE: 400,
  WEBHOOK_NOT_READY: 409,
  PAYMENT_PROVIDER_ERROR: 502,
  INSUFFICIENT_NOTICE: 422,
  BEYOND_HORIZON: 422,
  OUTSIDE_AVAILABILITY: 422,
  OFFER_EXPIRED: 410,
  NOT_A_VIDEO_VISIT: 409,
  VISIT_NOT_BOOKED: 409,
  OUTSIDE_JOIN_WINDOW: 403,
  VISIT_ENDED: 409,
  VIDEO_NOT_CONFIGURED: 503,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RULE_VIOLATION: 422,
  INTAKE_REQUIRED: 422,
  NOT_LICENSED_IN_STATE: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  BUSY: 503,
  PLAN_EXISTS: 409,
  PLAN_CHANGED: 409,
  PLAN_ENDED: 409,
  EXERCISE_NOT_IN_PLAN: 422,
  TIME_OF_DAY_NOT_IN_PLAN: 422,
  QUESTIONNAIRE_NOT_DUE: 422,
  QUESTIONNAIRE_INCOMPLETE: 422,
  ORPHANED_APPOINTMENTS: 409,
  LINK_EXPIRED: 410,
  RTM_NOT_ENABLED: 422,
  LICENSE_EXISTS: 409,
  EMAIL_NOT_VERIFIED: 403,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

const DEFAULT_MESSAGE: Record<ErrorCode, string> = {
  INVALID_JSON: 'The request body is not valid JSON.',
  VALIDATION_FAILED: 'The request is not valid.',
  UNAUTHENTICATED: 'Sign in to continue.',
  FORBIDDEN: 'You do not have access to this.',
  CROSS_SITE_REQUEST: 'This request came from another site. Make the change from Rehabit itself.',
  NOT_FOUND: 'Not found.',
  METHOD_NOT_ALLOWED: 'This method is not allowed here.',
  CONFLICT: 'This conflicts with the current state.',
  EMAIL_TAKEN: 'An account with this email already exists.',
  SLOT_TAKEN: 'That time was just taken. Please pick another.',
  PATIENT_DOUBLE_BOOKED: 'You already have an appointment at that time.',
  INVALID_TRANSITION: 'The appointment cannot change that way from its current status.',
  IDEMPOTENCY_KEY_REUSED: 'This Idempotency-Key was already used for a different request.',
  PAYMENT_REQUIRED: 'This visit has a price: choose to pay by card or to bill your insurance.',
  REFUND_NOT_ALLOWED: 'This payment cannot be refunded by that amount.',
  INVALID_SIGNATURE: 'The webhook signature is missing or does not match.',
  WEBHOOK_NOT_READY: 'This event refers to a payment that is not known yet; it will be accepted on a retry.',
  PAYMENT_PROVIDER_ERROR: 'The payment provider did not answer. Please try again in a moment.',
  INSUFFICIENT_NOTICE: 'That time is too soon to book online.',
  BEYOND_HORIZON: 'That time is too far ahead to book yet.',
  OUTSIDE_AVAILABILITY: 'The therapist does not see patients at that time.',
  OFFER_EXPIRED: 'This offer has expired; the time was released.',
  NOT_A_VIDEO_VISIT: 'This is an in-clinic visit; it has no video room.',
  VISIT_NOT_BOOKED: 'Only a booked visit has a video room.',
  OUTSIDE_JOIN_WINDOW: 'The video room opens 15 minutes before the visit and closes 15 minutes after its end.',
  VISIT_ENDED: 'Your therapist ended this visit; its video room is closed.',
  VIDEO_NOT_CONFIGURED: 'Video visits are not set up on this server.',
  PAYLOAD_TOO_LARGE: 'The request body is too large.',
  UNSUPPORTED_MEDIA_TYPE: 'Send the body as application/json.',
  RULE_VIOLATION: 'This breaks a rule.',
  INTAKE_REQUIRED: 'Please fill in the intake before your first booking.',
  NOT_LICENSED_IN_STATE: 'This therapist is not licensed to see patients in your state by video on that date.',
  RATE_LIMITED: 'Too many attempts. Wait a few minutes and try again.',
  INTERNAL: 'Something went wrong on our side.',
  UNAVAILABLE: 'The service is temporarily unavailable.',
  BUSY: 'Too many requests are being handled right now. Nothing was changed; please try again in a moment.',
  PLAN_EXISTS: 'This patient already has a current plan. Edit it (a new version) or end it first.',
  PLAN_CHANGED: 'The plan was changed by someone else meanwhile. Reload it and make your changes again.',
  PLAN_ENDED: 'This plan has ended; start a new one instead.',
  EXERCISE_NOT_IN_PLAN: 'That exercise is not in your current plan for today.',
  TIME_OF_DAY_NOT_IN_PLAN: 'That exercise is not planned for that time of day.',
  QUESTIONNAIRE_NOT_DUE: 'That questionnaire is not due now.',
  QUESTIONNAIRE_INCOMPLETE: 'Some answers are missing.',
  ORPHANED_APPOINTMENTS: 'This change leaves booked appointments outside your hours. Confirm to save anyway; they stay booked.',
  LINK_EXPIRED: 'This link has expired or was already used. Ask your administrator for a new one.',
  RTM_NOT_ENABLED: 'Remote therapeutic monitoring is switched off for this practice.',
  LICENSE_EXISTS: 'This therapist already holds a license of that kind in that state. Edit it instead.',
  EMAIL_NOT_VERIFIED: 'Check your email to verify your address; your booking is confirmed once it is verified.',
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message ?? DEFAULT_MESSAGE[code]);
    this.name = 'AppError';
    this.status = ERROR_STATUS[code];
  }
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

export function errorBody(err: AppError): ErrorBody {
  return { error: { code: err.code, message: err.message, ...(err.details === undefined ? {} : { details: err.details }) } };
}
