// The clinic form's resolvers: the API's own schemas over the bodies made from the fields. Loaded
// after the page (lazyResolver), so zod is not part of the page's first load.
import { apiSchemaResolver } from '@/app/_components/forms/api-schema-resolver';
import { createClinicInput, updateClinicInput } from '@/lib/clinics/clinic-admin-schemas';
import { clinicBody, newClinicBody } from './clinic-fields';

export const newClinicResolver = apiSchemaResolver(newClinicBody, createClinicInput);
export const clinicResolver = apiSchemaResolver(clinicBody, updateClinicInput);
