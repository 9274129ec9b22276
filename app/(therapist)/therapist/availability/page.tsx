import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/guards';
import { db } from '@/lib/db';
import { getOwnAvailability } from '@/lib/scheduling/manage-availability';
import { localDateOf } from '@/lib/scheduling/zoned-time';
import { DateOverrideForm } from './date-override-form';
import { TimeOffForm } from './time-off-form';
import { WeeklyHoursForm } from './weekly-hours-form';
import { VIRTUAL } from './hours-ranges';
import { RemoveOverrideButton, RemoveTimeOffButton } from './remove-buttons';
import './availability.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Availability' };

function minuteText(minute: number): string {
  const m = minute % 1440;
  return new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 0, 1, 0, m)),
  );
}
const dateText = (date: string) =>
  new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

export default async function AvailabilityPage() {
  const user = await requireRole('THERAPIST', '/therapist/availability');
  const therapist = await db().therapist.findUniqueOrThrow({
    where: { userId: user.id },
    select: { practiceId: true, clinicId: true, offersVirtual: true },
  });
  const [own, clinics, visitTypes] = await Promise.all([
    getOwnAvailability(user),
    // Closed clinics too, so hours still kept there show (and can be moved); they offer no times.
    db()
      .clinic.findMany({
        where: { practiceId: therapist.practiceId },
        orderBy: [{ active: 'desc' }, { name: 'asc' }],
        select: { id: true, name: true, active: true },
      })
      .then((all) => all.map((c) => ({ id: c.id, name: c.active ? c.name : `${c.name} (closed)` }))),
    db().visitType.findMany({
      where: {
        active: true,
        OR: [{ practiceId: null }, { practiceId: therapist.practiceId }],
        ...(therapist.offersVirtual ? {} : { modality: 'IN_CLINIC' }),
      },
      orderBy: [{ modality: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true, modality: true, durationMinutes: true },
    }),
  ]);
  const timeZone = own.timezone;
  const today = localDateOf(Date.now(), timeZone);
  const clinicName = new Map(clinics.map((c) => [c.id, c.name]));
  const defaultWhere = therapist.clinicId ?? clinics[0]?.id ?? VIRTUAL;
  const shared = { places: clinics, offersVirtual: therapist.offersVirtual, defaultWhere, visitTypes, timeZone };
  const place = (modality: string | null, clinicId: string | null) =>
    modality === 'VIRTUAL' ? 'video' : clinicId ? `in clinic, ${clinicName.get(clinicId) ?? 'another clinic'}` : 'any';
  const overrideDates = [...new Set(own.overrides.map((o) => o.date.toISOString().slice(0, 10)))];

  return (
    <div className="availability">
      <h1>Availability</h1>
      <p className="lead">
        Your hours are in your own time zone, {timeZone}. Preview a change to see the open times patients would get and any booked
        visit it would leave outside your hours; saving never cancels a booked visit.
      </p>

      <section className="card availability-section" aria-labelledby="weekly-heading">
        <h2 id="weekly-heading">Weekly hours</h2>
        <p className="muted">Several ranges a day are fine, e.g. a morning at one clinic and an evening of video visits.</p>
        <WeeklyHoursForm
          rules={own.rules.map((r) => ({
            weekday: r.weekday,
            startMinute: r.startMinute,
            endMinute: r.endMinute,
            modality: r.modality,
            clinicId: r.clinicId,
            validFrom: r.validFrom.toISOString().slice(0, 10),
            validUntil: r.validUntil?.toISOString().slice(0, 10) ?? null,
          }))}
          today={today}
          {...shared}
        />
      </section>

      <section className="card availability-section" aria-labelledby="override-heading">
        <h2 id="override-heading">A different day</h2>
        <p className="muted">Change the hours of one date (a late start, an extra Saturday) or close it.</p>
        {overrideDates.length > 0 && (
          <>
            <h3>Dates already changed</h3>
            <ul>
              {overrideDates.map((date) => {
                const ranges = own.overrides.filter(
                  (o) => o.date.toISOString().startsWith(date) && o.startMinute !== null && o.endMinute !== null,
                );
                return (
                  <li key={date}>
                    {dateText(date)}:{' '}
                    {ranges.length === 0
                      ? 'closed'
                      : ranges
                          .map(
                            (o) => `${minuteText(o.startMinute!)}–${minuteText(o.endMinute!)} (${place(o.modality, o.clinicId)})`,
                          )
                          .join(', ')}
                    <RemoveOverrideButton date={date} label={dateText(date)} timeZone={timeZone} />
                  </li>
                );
              })}
            </ul>
          </>
        )}
        <DateOverrideForm today={today} {...shared} />
      </section>

      <section className="card availability-section" aria-labelledby="time-off-heading">
        <h2 id="time-off-heading">Time off</h2>
        {own.timeOff.length > 0 && (
          <>
            <h3>Upcoming time off</h3>
            <ul>
              {own.timeOff.map((t) => {
                const span = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone }).formatRange(
                  t.startsAt,
                  t.endsAt,
                );
                return (
                  <li key={t.id}>
                    {span}
                    {t.reason && <> · {t.reason}</>}
                    <RemoveTimeOffButton id={t.id} label={span} />
                  </li>
                );
              })}
            </ul>
          </>
        )}
        <TimeOffForm visitTypes={visitTypes} timeZone={timeZone} />
      </section>
    </div>
  );
}
