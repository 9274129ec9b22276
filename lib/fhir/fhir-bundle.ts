// FHIR envelopes: a searchset Bundle around search results, and the OperationOutcome every
// FHIR error is answered with. Pure.
import type { Bundle, OperationOutcome, OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';
import type { ErrorCode } from '../errors';

/** `base` is the FHIR base URL (…/api/fhir); `self` the search URL as it was asked. */
export function searchsetBundle<T extends Resource>(resources: T[], base: string, self: string): Bundle<T> {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: resources.length,
    link: [{ relation: 'self', url: self }],
    entry: resources.map((resource) => ({
      fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
      resource,
      search: { mode: 'match' },
    })),
  };
}

const ISSUE_CODE: Partial<Record<ErrorCode, OperationOutcomeIssue['code']>> = {
  INVALID_JSON: 'invalid',
  VALIDATION_FAILED: 'invalid',
  UNAUTHENTICATED: 'login',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'not-found',
  METHOD_NOT_ALLOWED: 'not-supported',
  RATE_LIMITED: 'throttled',
  UNAVAILABLE: 'transient',
};

export function operationOutcome(code: ErrorCode, message: string): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code: ISSUE_CODE[code] ?? 'exception', diagnostics: message, details: { text: message } }],
  };
}
