// One table from error code to HTTP status; every route error goes through it.
export const ERROR_STATUS = {
  INVALID_JSON: 400,
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  EMAIL_TAKEN: 409,
  SLOT_TAKEN: 409,
  PATIENT_DOUBLE_BOOKED: 409,
  INVALID_TRANSITION: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  INSUFFICIENT_NOTICE: 422,
  BEYOND_HORIZON: 422,
  OUTSIDE_AVAILABILITY: 422,
  OFFER_EXPIRED: 410,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RULE_VIOLATION: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

const DEFAULT_MESSAGE: Record<ErrorCode, string> = {
  INVALID_JSON: 'The request body is not valid JSON.',
  VALIDATION_FAILED: 'The request is not valid.',
  UNAUTHENTICATED: 'Sign in to continue.',
  FORBIDDEN: 'You do not have access to this.',
  NOT_FOUND: 'Not found.',
  METHOD_NOT_ALLOWED: 'This method is not allowed here.',
  CONFLICT: 'This conflicts with the current state.',
  EMAIL_TAKEN: 'An account with this email already exists.',
  SLOT_TAKEN: 'That time was just taken. Please pick another.',
  PATIENT_DOUBLE_BOOKED: 'You already have an appointment at that time.',
  INVALID_TRANSITION: 'The appointment cannot change that way from its current status.',
  IDEMPOTENCY_KEY_REUSED: 'This Idempotency-Key was already used for a different request.',
  INSUFFICIENT_NOTICE: 'That time is too soon to book online.',
  BEYOND_HORIZON: 'That time is too far ahead to book yet.',
  OUTSIDE_AVAILABILITY: 'The therapist does not see patients at that time.',
  OFFER_EXPIRED: 'This offer has expired; the time was released.',
  PAYLOAD_TOO_LARGE: 'The request body is too large.',
  UNSUPPORTED_MEDIA_TYPE: 'Send the body as application/json.',
  RULE_VIOLATION: 'This breaks a rule.',
  RATE_LIMITED: 'Too many attempts. Wait a few minutes and try again.',
  INTERNAL: 'Something went wrong on our side.',
  UNAVAILABLE: 'The service is temporarily unavailable.',
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
