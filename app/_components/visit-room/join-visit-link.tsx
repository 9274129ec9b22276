'use client';

// "Join video visit" for a booked virtual visit, shown only while its room is open. The server
// says whether it is open when the page renders; a timer keeps that true while the page stays up.
import { PageLink } from '@/app/_components/page-link';
import { useEffect, useState } from 'react';
import { joinWindow } from '@/lib/video/join-window';

export function JoinVisitLink({
  href,
  start,
  end,
  initiallyOpen,
  describedBy,
}: {
  href: string;
  start: string;
  end: string;
  initiallyOpen: boolean;
  describedBy?: string;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  useEffect(() => {
    const { opensAt, closesAt } = joinWindow({ startsAt: new Date(start), endsAt: new Date(end) });
    const check = () => {
      const now = Date.now();
      setOpen(now >= opensAt.getTime() && now < closesAt.getTime());
    };
    check();
    const timer = setInterval(check, 15_000);
    return () => clearInterval(timer);
  }, [start, end]);
  if (!open) return null;
  return (
    <PageLink href={href} className="button" aria-describedby={describedBy}>
      Join video visit
    </PageLink>
  );
}
