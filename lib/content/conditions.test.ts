import { describe, expect, it } from 'vitest';
import { SERVICE_SLUGS } from '../clinics/services';
import { CONDITIONS, findCondition, serviceLinks } from './conditions';

describe('condition causes and the services that treat them', () => {
  it('links every cause to at least one service of the catalogue, without repeats', () => {
    for (const condition of CONDITIONS) {
      for (const cause of condition.causes) {
        expect(cause.services.length, cause.slug).toBeGreaterThan(0);
        expect(new Set(cause.services).size, cause.slug).toBe(cause.services.length);
        for (const s of cause.services) expect(SERVICE_SLUGS, `${cause.slug}: ${s}`).toContain(s);
      }
    }
  });

  it('sends osteoarthritis to aquatic therapy near you, on the locator filtered by it', () => {
    const oa = findCondition('low-back-pain')!.causes.find((c) => c.slug === 'osteoarthritis')!;
    expect(serviceLinks(oa)[0]).toEqual({ label: 'Aquatic therapy near you', href: '/locations?service=aquatic-therapy' });
  });
});
