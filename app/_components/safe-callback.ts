// Where to go after signing in. Only a path on this site is accepted, so a crafted link
// (`?callbackUrl=https://evil.example` or `//evil.example`) cannot bounce a user elsewhere.
const PROBE_ORIGIN = 'http://rehabit.invalid';

export function safeCallbackPath(value: string | string[] | undefined, fallback = '/dashboard'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return fallback;
  try {
    const url = new URL(value, PROBE_ORIGIN);
    if (url.origin !== PROBE_ORIGIN) return fallback;
    // Dot segments can leave a path that starts with `//` (`/..//evil.example` → `//evil.example`),
    // which a browser reads as another host.
    if (url.pathname.startsWith('//') || url.pathname.startsWith('/\\')) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
