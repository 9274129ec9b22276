import { env } from '../env';

/** The FHIR base every fullUrl and self link is written against (…/api/fhir). */
export const fhirBaseUrl = () => `${env().NEXTAUTH_URL.replace(/\/$/, '')}/api/fhir`;
