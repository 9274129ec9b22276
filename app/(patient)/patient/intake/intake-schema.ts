// The intake form's resolver: the API's `intakeInput` over the body made from the fields. Loaded
// after the page (lazyResolver), so zod is not part of the page's first load.
import { apiSchemaResolver } from '@/app/_components/forms/api-schema-resolver';
import { intakeInput } from '@/lib/intake/schemas';
import { intakeBody } from './intake-fields';

export const intakeResolver = apiSchemaResolver(intakeBody, intakeInput);
