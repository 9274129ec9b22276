import type { SearchParams } from '@/app/_components/search-params';

/** The first value of each search param, for zod. */
export function firstValues(params: SearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) out[key] = first;
  }
  return out;
}

/** The same filters on another page. */
export function pageHref(path: string, params: Record<string, string>, page: number): string {
  const q = new URLSearchParams({ ...params, page: String(page) });
  return `${path}?${q.toString()}`;
}
