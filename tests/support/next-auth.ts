// Drives next-auth's own endpoints through our route handler (app/api/auth/[...nextauth]) with
// real Requests and a cookie jar, the way a browser or a script would: fetch a CSRF token, then
// post a form or a JSON body. Nothing of next-auth is bypassed.
import { GET, POST } from '@/app/api/auth/[...nextauth]/route';

type Jar = Map<string, string>;

function remember(jar: Jar, res: Response): void {
  for (const line of res.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    if (!value || /expires=Thu, 01 Jan 1970/i.test(line) || /max-age=0/i.test(line)) jar.delete(name);
    else jar.set(name, value);
  }
}

const cookieHeader = (jar: Jar) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
const routeParams = (path: string) => ({ params: Promise.resolve({ nextauth: (path.split('?')[0] ?? '').split('/') }) });

export interface AuthClient {
  jar: Jar;
  /** The session token cookie's value, if signed in. */
  sessionToken(): string | undefined;
  get(path: string): Promise<Response>;
  /** POSTs to /api/auth/<path> with a fresh CSRF token added to the fields. */
  post(
    path: string,
    fields: Record<string, string>,
    opts?: { format?: 'form' | 'json'; headers?: Record<string, string> },
  ): Promise<Response>;
}

export function authClient(): AuthClient {
  const jar: Jar = new Map();
  const client: AuthClient = {
    jar,
    sessionToken: () => jar.get('next-auth.session-token'),
    async get(path) {
      const res = await GET(
        new Request(`http://localhost/api/auth/${path}`, { headers: { cookie: cookieHeader(jar) } }),
        routeParams(path),
      );
      remember(jar, res);
      return res;
    },
    async post(path, fields, opts = {}) {
      const { csrfToken } = (await (await client.get('csrf')).json()) as { csrfToken: string };
      const all = { ...fields, csrfToken, json: 'true' };
      const json = opts.format === 'json';
      const res = await POST(
        new Request(`http://localhost/api/auth/${path}`, {
          method: 'POST',
          headers: {
            'content-type': json ? 'application/json' : 'application/x-www-form-urlencoded',
            cookie: cookieHeader(jar),
            ...opts.headers,
          },
          body: json ? JSON.stringify(all) : new URLSearchParams(all).toString(),
        }),
        routeParams(path),
      );
      remember(jar, res);
      return res;
    },
  };
  return client;
}
