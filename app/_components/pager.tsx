import Link from 'next/link';
/** The same filters on another page. */
export function pageHref(path: string, params: Record<string, string>, page: number): string {
  const q = new URLSearchParams({ ...params, page: String(page) });
  return `${path}?${q.toString()}`;
}

/** Previous/Next for a paged list (the admin's, the patient's payments); the links say what they page through ("Next page of payments
 *  (page 2 of 5)"). Hidden when everything fits on one page; a page past the end links back into range. */
export function Pager({
  path,
  params,
  page,
  pageSize,
  total,
  label,
  noun,
}: {
  path: string;
  params: Record<string, string>;
  page: number;
  pageSize: number;
  total: number;
  label: string;
  noun: string;
}) {
  const last = Math.max(1, Math.ceil(total / pageSize));
  if (last === 1) return null;
  const previous = Math.min(page - 1, last);
  return (
    <nav aria-label={`${label} pages`} className="actions">
      {page > 1 && (
        <Link
          className="button button-secondary"
          href={pageHref(path, params, previous)}
          rel="prev"
          aria-label={`Previous page of ${noun} (page ${previous} of ${last})`}
        >
          Previous page
        </Link>
      )}
      <span className="muted" aria-current="page">
        Page {page} of {last}
      </span>
      {page < last && (
        <Link
          className="button button-secondary"
          href={pageHref(path, params, page + 1)}
          rel="next"
          aria-label={`Next page of ${noun} (page ${page + 1} of ${last})`}
        >
          Next page
        </Link>
      )}
    </nav>
  );
}
