// A link to one of our pages that does not prefetch it (issue 17, decision 036). Every page is
// rendered per request (the CSP nonce) and none has a loading.js, so Next's default prefetch of
// a link in view fetches two small route-tree responses and no page: a click still waits for the
// server. On /patient that was 12 requests, parsed on the main thread while the page hydrates
// (Lighthouse's Total Blocking Time). A click does the same navigation without them.
import Link from 'next/link';
import type { ComponentProps } from 'react';

export function PageLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link {...props} prefetch={false} />;
}
