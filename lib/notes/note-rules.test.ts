import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/roles';
import { readerOf, type NoteAppointment } from './note-access';
import { assertSignable } from './sign-visit-note';

const visit: NoteAppointment = {
  id: 'a1',
  status: 'BOOKED',
  modality: 'IN_CLINIC',
  startsAt: new Date('2026-03-02T15:00:00Z'),
  endsAt: new Date('2026-03-02T15:30:00Z'),
  checkedInAt: null,
  patientId: 'p1',
  therapistId: 't1',
  patient: { userId: 'u-patient' },
  therapist: { userId: 'u-therapist', practiceId: 'practice-1' },
};
const user = (id: string, role: SessionUser['role'], practiceId: string | null = null): SessionUser => ({
  id,
  email: '',
  name: '',
  role,
  practiceId,
});
const note = { assessment: 'Improving.', plan: 'Review in 2 weeks.' };

describe('who reads a visit note', () => {
  it("is the visit's therapist, its patient, and admins of its practice or the network", () => {
    expect(readerOf(user('u-therapist', 'THERAPIST'), visit)).toBe('THERAPIST');
    expect(readerOf(user('u-patient', 'PATIENT'), visit)).toBe('PATIENT');
    expect(readerOf(user('u-admin', 'ADMIN', 'practice-1'), visit)).toBe('ADMIN');
    expect(readerOf(user('u-network', 'ADMIN', null), visit)).toBe('ADMIN');
  });

  it('is nobody else: another therapist, another patient, an admin of another practice', () => {
    expect(readerOf(user('u-other', 'THERAPIST'), visit)).toBeNull();
    expect(readerOf(user('u-other', 'PATIENT'), visit)).toBeNull();
    expect(readerOf(user('u-admin', 'ADMIN', 'practice-2'), visit)).toBeNull();
  });
});

describe('signing a note', () => {
  it('is allowed once the visit has begun, or earlier once the patient is checked in', () => {
    expect(() => assertSignable(visit, note, new Date('2026-03-02T15:05:00Z'))).not.toThrow();
    expect(() => assertSignable(visit, note, new Date('2026-03-02T14:00:00Z'))).toThrow(/begun/);
    expect(() =>
      assertSignable({ ...visit, checkedInAt: new Date('2026-03-02T14:50:00Z') }, note, new Date('2026-03-02T14:55:00Z')),
    ).not.toThrow();
  });

  it('needs an assessment and a plan', () => {
    const after = new Date('2026-03-02T16:00:00Z');
    expect(() => assertSignable(visit, { ...note, assessment: '  ' }, after)).toThrow(/assessment and the plan/);
    expect(() => assertSignable(visit, { ...note, plan: '' }, after)).toThrow(/assessment and the plan/);
  });
});
