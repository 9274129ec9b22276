// Where to go after signing in. Only a path on this site is accepted, so a crafted link
// (`?callbackUrl=https://evil.example` or `//evil.example`) cannot bounce a user elsewhere.
const PROBE_ORIGIN = 'http://rehabit.invalid';

export function safeCallbackPath(value: string | string[] | undefined, fallback = '/dashboard'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return fallback;
  try {
    const url = new URL(value, PROBE_ORIGIN);
    if (url.origin !== PROBE_ORIGIN) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
