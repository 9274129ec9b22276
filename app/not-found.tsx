import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="card">
      <h1>Page not found</h1>
      <p>We could not find that page. The link may be old, or the address may have a typo.</p>
      <div className="actions">
        <Link href="/" className="button">
          Go to the home page
        </Link>
        <Link href="/dashboard" className="button button-secondary">
          Go to your dashboard
        </Link>
      </div>
    </div>
  );
}
