// The therapist page's form resolvers: the API's own schemas over the bodies made from the fields.
// Loaded after the page (lazyResolver), so zod is not part of the page's first load.
import { apiSchemaResolver } from '@/app/_components/forms/api-schema-resolver';
import { reassignInput, updateTherapistInput } from '@/lib/staff/schemas';

/** PATCH /api/admin/therapists/{id}: '' in the select is no home clinic. */
export const homeClinicResolver = apiSchemaResolver(
  (fields: { clinicId: string }) => ({ clinicId: fields.clinicId || null }),
  updateTherapistInput,
);

/** POST /api/admin/appointments/{id}/reassign. */
export const reassignResolver = apiSchemaResolver((fields: { therapistId: string }) => fields, reassignInput);
