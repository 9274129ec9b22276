import type { ReactNode } from 'react';
import type { SearchParams } from './search-params';

function firstName(fullName: string): string {
  return fullName.trim().split(/\s+/)[0] || fullName;
}

/** The top of every dashboard: the greeting, and a notice when the proxy or a guard bounced the user here. */
export function DashboardHeading({
  name,
  searchParams,
  children,
}: {
  name: string;
  searchParams: SearchParams;
  children?: ReactNode;
}) {
  return (
    <>
      {searchParams.denied === '1' && (
        <p className="notice" role="status">
          That page is for another role. Here is your own dashboard.
        </p>
      )}
      <h1>Welcome, {firstName(name)}</h1>
      {children && <p className="lead">{children}</p>}
    </>
  );
}
