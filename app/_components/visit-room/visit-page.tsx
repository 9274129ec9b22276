// The visit page for either side (server component): the appointment's own patient or
// therapist only (404 for anyone else), a plain sentence for every reason the room cannot open
// now, otherwise the room itself.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import type { SessionUser } from '@/lib/auth/roles';
import { AppError } from '@/lib/errors';
import { findVideoVisit } from '@/lib/video/find-video-visit';
import { joinWindow, videoAccess } from '@/lib/video/join-window';
import { videoServer } from '@/lib/video/livekit';
import { readVideoSummary } from '@/lib/video/video-attendance';
import { STATUS_LABEL } from '@/app/_components/format';
import { LocalTime } from '@/app/_components/local-time';
import { RefreshAt } from './refresh-at';
import { VisitRoom } from './visit-room';
import { VisitEnded } from './visit-ended';
import { VisitSummary } from './visit-summary';

async function findOrNotFound(user: SessionUser, id: string) {
  try {
    return await findVideoVisit(user, id);
  } catch (err) {
    if (err instanceof AppError && err.status === 404) notFound();
    throw err;
  }
}

export async function VisitPage({
  user,
  appointmentId,
  homeHref,
  beforeOpen,
}: {
  user: SessionUser;
  appointmentId: string;
  homeHref: string;
  /** Shown while the room is not open yet (the patient's how to join and "Add to calendar"). */
  beforeOpen?: ReactNode;
}) {
  const { appointment: a, role } = await findOrNotFound(user, appointmentId);
  const otherName = role === 'PATIENT' ? a.therapist.user.name : a.patient.user.name;
  const selfName = role === 'PATIENT' ? a.patient.user.name : a.therapist.user.name;
  const access = videoAccess(a, new Date());
  const { opensAt } = joinWindow(a);

  let body;
  if (access === 'not-virtual') {
    body = <p className="notice">This is an in-clinic visit{a.clinic ? ` at ${a.clinic.name}` : ''}; it has no video room.</p>;
  } else if (access === 'not-booked') {
    body = <p className="notice">This visit is {STATUS_LABEL[a.status].toLowerCase()}, so its video room is closed.</p>;
  } else if (!videoServer()) {
    body = (
      <p className="notice" role="alert">
        Video visits are not set up on this server yet, so this visit cannot take place here. Please call the clinic.
      </p>
    );
  } else if (access === 'too-early') {
    body = (
      <>
        <p className="notice" role="status">
          The video room opens at <LocalTime iso={opensAt.toISOString()} />, 15 minutes before the visit. This page opens it by
          itself then.
        </p>
        <RefreshAt iso={opensAt.toISOString()} />
        {beforeOpen}
      </>
    );
  } else if (access === 'ended') {
    body =
      role === 'THERAPIST' ? (
        <VisitSummary appointmentId={a.id} summary={await readVideoSummary(a.id)} patientName={a.patient.user.name} closable />
      ) : (
        <VisitEnded user={user} appointmentId={a.id} therapistName={a.therapist.user.name} />
      );
  } else {
    body = (
      <VisitRoom
        appointmentId={a.id}
        role={role}
        otherName={otherName}
        patientName={a.patient.user.name}
        selfName={selfName}
        homeHref={homeHref}
        patientState={role === 'PATIENT' ? a.patientState : null}
      />
    );
  }

  return (
    <div className="stack">
      <div>
        <p>
          <Link href={homeHref}>← Back to your dashboard</Link>
        </p>
        <h1 id="visit-heading">
          {a.visitType.name} with {otherName}
        </h1>
        <p className="lead">
          <LocalTime iso={a.startsAt.toISOString()} /> · {a.visitType.durationMinutes} min video visit
        </p>
      </div>
      {body}
    </div>
  );
}
