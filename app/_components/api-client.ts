// Browser-side calls to our own JSON API. Every failure comes back in one shape, so a form only
// has to decide which message to show: the server's `{ error: { code, message } }` when there is
// one, a network message when the request never got an answer.
import { NETWORK_MESSAGE } from './auth-requests';

export interface ApiFailure {
  ok: false;
  status: number;
  code: string;
  message: string;
}
export type ApiResult<T> = { ok: true; status: number; data: T } | ApiFailure;

interface ErrorShape {
  error?: { code?: unknown; message?: unknown };
}

export async function apiRequest<T>(
  path: string,
  init: {
    method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
    body?: unknown;
    headers?: Record<string, string>;
    signal?: AbortSignal;
  } = {},
): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? 'GET',
      cache: 'no-store',
      signal: init.signal,
      headers: {
        Accept: 'application/json',
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch (err) {
    if (init.signal?.aborted) throw err;
    return { ok: false, status: 0, code: 'NETWORK', message: NETWORK_MESSAGE };
  }
  const body = (await res.json().catch(() => null)) as unknown;
  if (res.ok) return { ok: true, status: res.status, data: body as T };
  const error = (body as ErrorShape | null)?.error;
  return {
    ok: false,
    status: res.status,
    code: typeof error?.code === 'string' ? error.code : 'HTTP_ERROR',
    message: typeof error?.message === 'string' ? error.message : 'Something went wrong on our side. Please try again.',
  };
}

/** Query string from the defined values only. */
export function query(params: Record<string, string | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  return q.toString();
}
