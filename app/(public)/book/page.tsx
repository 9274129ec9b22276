import type { Metadata } from 'next';
import { readPageUser } from '@/lib/auth/session';
import { listClinics } from '@/lib/clinics/list-bookable-therapists';
import { listVisitTypes } from '@/lib/clinics/list-visit-types';
import { patientIdOf } from '@/lib/booking/people';
import { findIntakeStatus } from '@/lib/intake/intake-status';
import { findDefaultPatientState } from '@/lib/licensure/default-patient-state';
import { BookingFlow } from './booking-flow';
import type { BookingViewer } from './confirm-booking';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Book a visit' };

export default async function BookPage() {
  const [visitTypes, clinics, user] = await Promise.all([listVisitTypes(), listClinics(), readPageUser()]);
  const viewer: BookingViewer = !user ? 'signed-out' : user.role === 'PATIENT' ? 'patient' : 'other-role';
  // A new patient answers the intake before their first booking; a red flag in it rules out video visits.
  const patientId = user?.role === 'PATIENT' ? await patientIdOf(user) : null;
  const [intake, defaultState] = patientId
    ? await Promise.all([findIntakeStatus(patientId), findDefaultPatientState(patientId)])
    : [null, null];
  return (
    <div className="stack">
      <div>
        <h1>Book a visit</h1>
        <p className="lead">
          Choose the kind of visit, where and with whom, then pick a time that suits you. You can look around before signing in.
        </p>
      </div>
      <BookingFlow
        visitTypes={visitTypes.map((v) => ({
          id: v.id,
          name: v.name,
          description: v.description,
          durationMinutes: v.durationMinutes,
          priceCents: v.priceCents,
          currency: v.currency,
          modality: v.modality,
          freeCancellationHours: v.freeCancellationHours,
          lateCancellationFeeCents: v.lateCancellationFeeCents,
        }))}
        clinics={clinics.map((c) => ({
          id: c.id,
          name: c.name,
          addressLine1: c.addressLine1,
          addressLine2: c.addressLine2,
          city: c.city,
          state: c.state,
          zip: c.zip,
          timezone: c.timezone,
        }))}
        viewer={viewer}
        intake={{ needed: intake?.needsIntake ?? false, virtualAllowed: intake?.virtualAllowed ?? true }}
        defaultState={defaultState}
      />
    </div>
  );
}
