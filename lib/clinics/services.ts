// What a clinic offers in person (issue 16 part 4): a fixed catalogue, so the locator can filter by
// it and the database can refuse anything else (a CHECK on clinics.services).
export const CLINIC_SERVICES = [
  ['orthopedic-care', 'Orthopedic physical therapy'],
  ['spine-care', 'Spine care'],
  ['aquatic-therapy', 'Aquatic therapy'],
  ['dry-needling', 'Dry needling'],
  ['instrument-assisted-manual-therapy', 'Instrument-assisted manual therapy'],
  ['myofascial-release', 'Myofascial release'],
  ['soft-tissue-mobilization', 'Soft tissue mobilization'],
] as const;

export type ClinicService = (typeof CLINIC_SERVICES)[number][0];
export const SERVICE_SLUGS = CLINIC_SERVICES.map(([slug]) => slug) as [ClinicService, ...ClinicService[]];
export const SERVICE_LABEL: Record<ClinicService, string> = Object.fromEntries(CLINIC_SERVICES) as Record<ClinicService, string>;

/** Catalogue order, no repeats. */
export function sortServices(services: readonly string[]): ClinicService[] {
  return SERVICE_SLUGS.filter((s) => services.includes(s));
}
