// Password sign-in over HTTP, the way e2e/fixtures.ts does it: GET /api/auth/csrf, then POST the
// credentials form with json=true. Returns the Cookie header that carries the session.

/** `name=value` of each Set-Cookie, later ones replacing earlier ones of the same name. */
function mergeCookies(jar: Map<string, string>, res: Response): void {
  for (const line of res.headers.getSetCookie()) {
    const pair = line.split(';')[0] ?? '';
    const eq = pair.indexOf('=');
    if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

export async function signIn(
  baseUrl: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<string> {
  const jar = new Map<string, string>();
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`, { headers });
  mergeCookies(jar, csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
    body: new URLSearchParams({ email, password, csrfToken, json: 'true', callbackUrl: '/dashboard' }),
  });
  mergeCookies(jar, res);
  await res.text();
  if (res.status !== 200 || ![...jar.keys()].some((k) => k.includes('session-token'))) {
    throw new Error(`sign-in of ${email} failed: HTTP ${res.status}, cookies ${[...jar.keys()].join(', ') || 'none'}`);
  }
  return cookieHeader(jar);
}
