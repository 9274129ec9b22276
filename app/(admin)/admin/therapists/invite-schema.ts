// The invitation form's resolver: the API's `inviteTherapistInput` over the body made from the
// fields. Loaded after the page (lazyResolver), so zod is not part of the page's first load.
import { apiSchemaResolver } from '@/app/_components/forms/api-schema-resolver';
import { inviteTherapistInput } from '@/lib/staff/schemas';
import { inviteBody } from './invite-fields';

export const inviteResolver = apiSchemaResolver(inviteBody, inviteTherapistInput);
