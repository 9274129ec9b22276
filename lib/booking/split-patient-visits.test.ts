import { describe, expect, it } from 'vitest';
import { HOLD_EXPIRED } from './release-reasons';
import { splitPatientVisits } from './split-patient-visits';

const now = new Date('2027-02-10T15:00:00Z');
const visit = (id: string, start: string, status: string, cancelReason: string | null = null) => ({
  id,
  start,
  status,
  cancelReason,
});
const ids = (list: { id: string }[]) => list.map((v) => v.id);

describe("the lists on a therapist's patient record", () => {
  const visits = [
    visit('future-cancelled', '2027-02-20T14:00:00Z', 'CANCELLED', 'Feeling better'),
    visit('next', '2027-02-12T14:00:00Z', 'BOOKED'),
    visit('later', '2027-02-26T14:00:00Z', 'BOOKED'),
    visit('done', '2027-02-03T14:00:00Z', 'COMPLETED'),
    visit('missed', '2027-01-27T14:00:00Z', 'NO_SHOW'),
    visit('past-cancelled', '2027-01-20T14:00:00Z', 'CANCELLED', null),
    visit('started-not-closed', '2027-02-10T14:30:00Z', 'BOOKED'),
    visit('released-hold', '2027-02-15T14:00:00Z', 'CANCELLED', HOLD_EXPIRED),
    visit('held', '2027-02-16T14:00:00Z', 'HELD'),
  ];
  const split = splitPatientVisits(visits, now);

  it('puts a cancelled visit in the future under Cancelled, never under Past', () => {
    expect(ids(split.past)).not.toContain('future-cancelled');
    expect(ids(split.upcoming)).not.toContain('future-cancelled');
    expect(ids(split.cancelled)).toEqual(['future-cancelled', 'past-cancelled']);
  });

  it('lists past visits newest first: completed, no-show, and a booked one that has started', () => {
    expect(ids(split.past)).toEqual(['started-not-closed', 'done', 'missed']);
  });

  it('lists upcoming booked visits soonest first', () => {
    expect(ids(split.upcoming)).toEqual(['next', 'later']);
  });

  it('leaves out released holds and holds: they were never visits', () => {
    const all = [...split.upcoming, ...split.past, ...split.cancelled];
    expect(ids(all)).not.toContain('released-hold');
    expect(ids(all)).not.toContain('held');
  });
});
