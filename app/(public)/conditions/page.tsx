import type { Metadata } from 'next';
import Link from 'next/link';
import { CONDITIONS } from '@/lib/content/conditions';

export const metadata: Metadata = {
  title: 'Conditions we treat',
  description: 'Plain-language guides to common low back problems, how physical therapy helps and when to see a doctor.',
};

export default function ConditionsIndex() {
  return (
    <div className="stack">
      <div>
        <h1>Conditions we treat</h1>
        <p className="lead">Plain-language guides: what is going on, how physical therapy helps, and when to see a doctor.</p>
      </div>
      <ul className="grid bare">
        {CONDITIONS.map((c) => (
          <li key={c.slug} className="card">
            <h2 className="h3">
              <Link href={`/conditions/${c.slug}`}>{c.name}</Link>
            </h2>
            <p>{c.description}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
