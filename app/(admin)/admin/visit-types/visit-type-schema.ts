// The visit-type form's resolvers: the API's own schemas over the bodies made from the fields.
// Loaded after the page (lazyResolver), so zod is not part of the page's first load.
import { apiSchemaResolver } from '@/app/_components/forms/api-schema-resolver';
import { createVisitTypeInput, updateVisitTypeInput } from '@/lib/visit-types/schemas';
import { newVisitTypeBody, visitTypeBody } from './visit-type-fields';

export const newVisitTypeResolver = apiSchemaResolver(newVisitTypeBody, createVisitTypeInput);
export const visitTypeResolver = apiSchemaResolver(visitTypeBody, updateVisitTypeInput);
