// The license form's fields and the API body made from them (checked by the API's `licenseInput` /
// `licenseUpdateInput` in license-schema.ts). No zod here: this is in the first load.

export interface LicenseValues {
  id: string;
  state: string;
  stateName: string;
  number: string;
  kind: 'LICENSE' | 'COMPACT_PRIVILEGE';
  expiresOn: string;
}

export interface LicenseFields {
  state: string;
  kind: string;
  number: string;
  expiresOn: string;
}

export const licenseFields = (license: LicenseValues | null): LicenseFields => ({
  state: license?.state ?? '',
  kind: license?.kind ?? 'LICENSE',
  number: license?.number ?? '',
  expiresOn: license?.expiresOn ?? '',
});

/** The body of POST …/licenses and PATCH …/licenses/{licenseId}: every field. */
export const licenseBody = (fields: LicenseFields) => ({ ...fields, number: fields.number.trim() });
