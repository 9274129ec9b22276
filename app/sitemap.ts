// The public pages search engines should know: home, booking, conditions, the locator, each clinic.
import type { MetadataRoute } from 'next';
import { db } from '@/lib/db';
import { CONDITIONS } from '@/lib/content/conditions';
import { siteUrl } from '@/lib/content/site-url';

export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const clinics = await db().clinic.findMany({
    where: { active: true, closedAt: null },
    select: { slug: true },
    orderBy: { slug: 'asc' },
  });
  return [
    { url: siteUrl('/'), changeFrequency: 'weekly', priority: 1 },
    { url: siteUrl('/locations'), changeFrequency: 'weekly', priority: 0.9 },
    { url: siteUrl('/book'), changeFrequency: 'daily', priority: 0.8 },
    { url: siteUrl('/conditions'), changeFrequency: 'monthly', priority: 0.6 },
    ...CONDITIONS.map((c) => ({
      url: siteUrl(`/conditions/${c.slug}`),
      lastModified: c.updatedOn,
      changeFrequency: 'monthly' as const,
      priority: 0.8,
    })),
    ...clinics.map((c) => ({ url: siteUrl(`/clinics/${c.slug}`), changeFrequency: 'weekly' as const, priority: 0.7 })),
  ];
}
