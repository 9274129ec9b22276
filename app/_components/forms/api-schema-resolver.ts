// A form checked by the API's own zod schema (lib/*/schemas.ts), before anything is sent.
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues } from 'react-hook-form';
import { z } from 'zod';

/**
 * react-hook-form's zod resolver over `toBody(fields)`: the request body made from the fields as
 * filled in (radio values are strings, "yes"/"no" become booleans, …), parsed by the schema the
 * route handler parses it with. Problems come back at the body's paths; the values handed to the
 * submit handler are the parsed body (trimmed, defaults filled in), ready to send.
 */
export function apiSchemaResolver<Fields extends FieldValues, Body extends z.ZodType>(
  toBody: (fields: Fields) => unknown,
  schema: Body,
) {
  return zodResolver(z.custom<Fields>().transform(toBody).pipe(schema));
}
