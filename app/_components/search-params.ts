/** What a page receives as `searchParams` once awaited. */
export type SearchParams = Record<string, string | string[] | undefined>;
