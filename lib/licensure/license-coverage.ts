// Whether a therapist may treat a patient located in a state by video on a date (pure).
// A state license covers its state through its expiry date. A PT Compact privilege covers its
// state through its own expiry, but only while the therapist also holds an unexpired license
// somewhere (the compact grants privileges on the strength of a home-state license).
// Dates are calendar dates "YYYY-MM-DD", so plain string comparison orders them.

export type LicenseKind = 'LICENSE' | 'COMPACT_PRIVILEGE';
export interface LicenseRecord {
  state: string;
  kind: LicenseKind;
  expiresOn: string;
}

const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const earlier = (a: string | null, b: string | null) => (a === null || b === null ? null : a < b ? a : b);

/** The last date on which these licenses cover the state, or null when they never do. */
export function coveredThrough(licenses: readonly LicenseRecord[], state: string): string | null {
  let direct: string | null = null;
  let home: string | null = null;
  let privilege: string | null = null;
  for (const l of licenses) {
    if (l.kind === 'LICENSE') {
      home = later(home, l.expiresOn);
      if (l.state === state) direct = later(direct, l.expiresOn);
    } else if (l.state === state) {
      privilege = later(privilege, l.expiresOn);
    }
  }
  return later(direct, earlier(privilege, home));
}

/** Whether a visit on `date` (the visit's local date) in `state` is covered. */
export function coversDate(licenses: readonly LicenseRecord[], state: string, date: string): boolean {
  const through = coveredThrough(licenses, state);
  return through !== null && date <= through;
}
