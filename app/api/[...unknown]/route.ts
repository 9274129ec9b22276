// Any /api/* path that no route matches: the JSON 404 in the error shape, for every method (Next
// would answer its HTML not-found page). More specific routes always win over this catch-all.
import { AppError, errorBody } from '@/lib/errors';
import { json } from '@/lib/http';

async function noSuchRoute(): Promise<Response> {
  return json(errorBody(new AppError('NOT_FOUND', 'There is no API route at this path.')), 404);
}

export const GET = noSuchRoute;
export const POST = noSuchRoute;
export const PUT = noSuchRoute;
export const PATCH = noSuchRoute;
export const DELETE = noSuchRoute;
export const OPTIONS = noSuchRoute;
