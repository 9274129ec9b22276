import { stateName } from './us-states';
import type { LicenseRecord } from './license-coverage';

export const licenseSelect = { id: true, state: true, number: true, kind: true, expiresOn: true } as const;

interface LicenseRow {
  id: string;
  state: string;
  number: string;
  kind: 'LICENSE' | 'COMPACT_PRIVILEGE';
  expiresOn: Date;
}

export const toDate = (d: Date) => d.toISOString().slice(0, 10);

export function toLicenseView(l: LicenseRow) {
  return {
    id: l.id,
    state: l.state,
    stateName: stateName(l.state),
    number: l.number,
    kind: l.kind,
    expiresOn: toDate(l.expiresOn),
  };
}

export const toLicenseRecord = (l: Pick<LicenseRow, 'state' | 'kind' | 'expiresOn'>): LicenseRecord => ({
  state: l.state,
  kind: l.kind,
  expiresOn: toDate(l.expiresOn),
});
