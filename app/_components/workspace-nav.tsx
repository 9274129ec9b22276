'use client';
// The section links of the therapist and admin workspaces. The current page is marked for
// screen readers (aria-current) and visibly.
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface WorkspaceLink {
  href: string;
  label: string;
}

function isCurrent(pathname: string, href: string, root: string): boolean {
  return href === root ? pathname === root : pathname === href || pathname.startsWith(`${href}/`);
}

export function WorkspaceNav({ label, root, links }: { label: string; root: string; links: WorkspaceLink[] }) {
  const pathname = usePathname() ?? '';
  return (
    <nav className="workspace-nav" aria-label={label}>
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} aria-current={isCurrent(pathname, l.href, root) ? 'page' : undefined}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
