type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

/** The client address for rate limits: first X-Forwarded-For hop, else a fixed local key. */
export function clientIp(headers: HeaderSource): string {
  const raw = headers instanceof Headers ? headers.get('x-forwarded-for') : headers?.['x-forwarded-for'];
  const first = (Array.isArray(raw) ? raw[0] : raw)?.split(',')[0]?.trim();
  return first || 'local';
}
