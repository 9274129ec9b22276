import Link from 'next/link';
import { pageHref } from './query-string';

export function Pager({ path, params, page, pageSize, total, label }: {
  path: string; params: Record<string, string>; page: number; pageSize: number; total: number; label: string;
}) {
  const last = Math.max(1, Math.ceil(total / pageSize));
  if (last === 1) return null;
  return (
    <nav aria-label={`${label} pages`} className="actions">
      {page > 1 && <Link className="button button-secondary" href={pageHref(path, params, page - 1)}>Previous page</Link>}
      <span className="muted" aria-current="page">Page {page} of {last}</span>
      {page < last && <Link className="button button-secondary" href={pageHref(path, params, page + 1)}>Next page</Link>}
    </nav>
  );
}
