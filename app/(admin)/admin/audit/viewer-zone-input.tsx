'use client';

import { useViewerZone } from '@/app/_components/local-time';

/** Sends the browser's zone with the filter form, so "From" and "To" are the viewer's own days. */
export function ViewerZoneInput() {
  const zone = useViewerZone();
  return <input type="hidden" name="tz" value={zone ?? 'UTC'} />;
}
