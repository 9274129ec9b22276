import { describe, expect, it } from 'vitest';
import { bookingLockKeys } from './booking-locks';

describe('the one lock order', () => {
  it('is key, then patients, then therapists, each sorted and without repeats, whatever order they are given in', () => {
    const a = bookingLockKeys({
      idempotency: { createdById: 'u1', key: 'k' },
      patientIds: ['p2', 'p1'],
      therapistIds: ['t2', 't1', 't2'],
    });
    const b = bookingLockKeys({
      idempotency: { createdById: 'u1', key: 'k' },
      patientIds: ['p1', 'p2'],
      therapistIds: ['t1', 't2'],
    });
    expect(a).toEqual(b);
    expect(a).toHaveLength(5);
    expect(a[0]).toBe(bookingLockKeys({ idempotency: { createdById: 'u1', key: 'k' }, patientIds: [], therapistIds: [] })[0]);
  });

  it('keeps namespaces apart: one id as a patient and as a therapist are two locks', () => {
    const [patient] = bookingLockKeys({ patientIds: ['same-id'], therapistIds: [] });
    const [therapist] = bookingLockKeys({ patientIds: [], therapistIds: ['same-id'] });
    expect(patient).not.toBe(therapist);
    expect(BigInt(patient!)).toBeGreaterThanOrEqual(-(2n ** 63n));
    expect(BigInt(patient!)).toBeLessThan(2n ** 63n);
  });
});
