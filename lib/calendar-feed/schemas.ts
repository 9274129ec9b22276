import { z } from 'zod';

/** The path segment `<token>.ics`; the suffix is required, and stripped. */
export const feedParams = z.object({
  token: z
    .string()
    .regex(/^[^/]{1,200}\.ics$/, 'must end in .ics')
    .transform((s) => s.slice(0, -'.ics'.length)),
});

export const feedLinkOutput = z.object({
  url: z.string(),
  /** True when an older link was replaced (and stopped working). */
  replaced: z.boolean(),
});
