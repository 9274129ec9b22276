// The appointment behind a video room, for its own patient or therapist only. Anyone else is told
// it does not exist (as everywhere else), including admins: they do not sit in on visits.
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { findManageableAppointment } from '../booking/appointment-access';
import type { AppointmentRecord } from '../booking/appointment-view';
import { joinWindow, videoAccess } from './join-window';

export type VisitRole = 'PATIENT' | 'THERAPIST';

export interface VideoVisit {
  appointment: AppointmentRecord;
  role: VisitRole;
}

export async function findVideoVisit(actor: SessionUser, appointmentId: string, only?: VisitRole): Promise<VideoVisit> {
  const appointment = await findManageableAppointment(actor, appointmentId);
  const role =
    actor.id === appointment.patient.userId ? 'PATIENT' : actor.id === appointment.therapist.userId ? 'THERAPIST' : null;
  if (!role) throw new AppError('NOT_FOUND', 'Appointment not found.');
  if (only && role !== only) throw new AppError('FORBIDDEN', 'Only the therapist of this visit can do that.');
  return { appointment, role };
}

/** Throws the reason the room cannot be entered now (409 not virtual / not booked / ended by the therapist, 403 outside the window). */
export function assertRoomOpen(appointment: AppointmentRecord, now: Date): void {
  const access = videoAccess(appointment, now);
  if (access === 'open') return;
  if (access === 'not-virtual') throw new AppError('NOT_A_VIDEO_VISIT');
  if (access === 'ended' && appointment.videoEndedAt) throw new AppError('VISIT_ENDED');
  if (access === 'not-booked') {
    throw new AppError(
      'VISIT_NOT_BOOKED',
      `This visit is ${appointment.status.toLowerCase().replace('_', '-')}; only a booked visit has a video room.`,
    );
  }
  const { opensAt, closesAt } = joinWindow(appointment);
  throw new AppError(
    'OUTSIDE_JOIN_WINDOW',
    access === 'too-early'
      ? 'The video room opens 15 minutes before the visit.'
      : 'This visit has ended; its video room is closed.',
    { opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() },
  );
}
