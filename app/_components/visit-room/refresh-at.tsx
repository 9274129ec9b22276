'use client';

// Re-renders the page when a moment arrives (the room opening), so nobody has to reload.
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

export function RefreshAt({ iso }: { iso: string }) {
  const router = useRouter();
  useEffect(() => {
    const wait = new Date(iso).getTime() - Date.now();
    // Timers past ~24 days overflow; nobody keeps a page open that long.
    if (wait > 2_000_000_000) return;
    const timer = setTimeout(() => router.refresh(), Math.max(0, wait) + 500);
    return () => clearTimeout(timer);
  }, [iso, router]);
  return null;
}
