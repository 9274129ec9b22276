'use client';

import Link from 'next/link';
import { useEffect } from 'react';

/** Shown when a page fails to render. The server already logged the details under `digest`. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;

  useEffect(() => {
    // Server errors are logged on the server; only failures in the browser are news here.
    if (!digest) console.error(error);
  }, [error, digest]);

  return (
    <div className="card" role="alert">
      <h1>Something went wrong</h1>
      <p>We could not show this page just now. Please try again; if it keeps happening, come back in a few minutes.</p>
      {digest && (
        <p className="muted">
          Reference: <code>{digest}</code>
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => retry()}>
          Try again
        </button>
        <Link href="/" className="button button-secondary">
          Go to the home page
        </Link>
      </div>
    </div>
  );
}
