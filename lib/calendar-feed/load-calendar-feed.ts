// The feed behind a secret URL: find the therapist by the token's hash (an unknown or rotated
// token is a 404), then their visits from 30 days back to 180 days ahead. Held slots (a patient
// mid-checkout for minutes) and cancelled visits are left out: a subscribed calendar replaces
// its copy on every refresh, so a visit that is cancelled simply disappears.
import { db } from '../db';
import { env } from '../env';
import { AppError } from '../errors';
import { FEED_TOKEN_PATTERN, hashFeedToken } from './feed-token';
import { therapistFeed, type FeedAppointment } from './therapist-feed';

const DAY_MS = 86_400_000;
export const FEED_DAYS_BACK = 30;
export const FEED_DAYS_AHEAD = 180;
const FEED_STATUSES = ['BOOKED', 'COMPLETED', 'NO_SHOW'] as const;

export async function loadCalendarFeed(token: string, now = new Date()): Promise<string> {
  const notFound = new AppError('NOT_FOUND', 'No calendar feed at this address. Create a new link in Rehabit.');
  if (!FEED_TOKEN_PATTERN.test(token)) throw notFound;
  const therapist = await db().therapist.findUnique({
    where: { calendarTokenHash: hashFeedToken(token) },
    select: { id: true, timezone: true, user: { select: { name: true, active: true } } },
  });
  if (!therapist || !therapist.user.active) throw notFound;
  const rows = await db().appointment.findMany({
    where: {
      therapistId: therapist.id,
      status: { in: [...FEED_STATUSES] },
      startsAt: {
        gte: new Date(now.getTime() - FEED_DAYS_BACK * DAY_MS),
        lte: new Date(now.getTime() + FEED_DAYS_AHEAD * DAY_MS),
      },
    },
    orderBy: { startsAt: 'asc' },
    select: {
      id: true,
      status: true,
      startsAt: true,
      endsAt: true,
      updatedAt: true,
      revision: true,
      visitType: { select: { name: true } },
      patient: { select: { user: { select: { name: true } } } },
      clinic: { select: { name: true, addressLine1: true, addressLine2: true, city: true, state: true, zip: true } },
    },
  });
  const appointments: FeedAppointment[] = rows.map((r) => ({
    id: r.id,
    status: r.status as FeedAppointment['status'],
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    updatedAt: r.updatedAt,
    revision: r.revision,
    visitTypeName: r.visitType.name,
    patientName: r.patient.user.name,
    clinic: r.clinic
      ? {
          name: r.clinic.name,
          address: [r.clinic.addressLine1, r.clinic.addressLine2, `${r.clinic.city}, ${r.clinic.state} ${r.clinic.zip}`]
            .filter(Boolean)
            .join(', '),
        }
      : null,
  }));
  return therapistFeed(
    { name: therapist.user.name, timezone: therapist.timezone },
    appointments,
    env().NEXTAUTH_URL.replace(/\/$/, ''),
  );
}
