// The license form's resolvers: the API's own schemas over the body made from the fields. Loaded
// after the page (lazyResolver), so zod is not part of the page's first load.
import { apiSchemaResolver } from '@/app/_components/forms/api-schema-resolver';
import { licenseInput, licenseUpdateInput } from '@/lib/licensure/schemas';
import { licenseBody } from './license-fields';

export const newLicenseResolver = apiSchemaResolver(licenseBody, licenseInput);
export const licenseResolver = apiSchemaResolver(licenseBody, licenseUpdateInput);
